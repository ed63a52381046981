/**
 * The attack strings recheck (https://makenowjust-labs.github.io/recheck/) printed for the patterns it found
 * quadratic in this code, as it prints them, with the pattern each was found on. Each is run, stretched to the
 * test's input length, against every pattern of its file, so a rewrite that brings the old backtracking back fails.
 */
export const RECHECK_ATTACKS: readonly { file: string; before: string; attack: string }[] = [
  { file: 'utils/extract/headline.ts', before: String.raw`/\s+(?:\||-|–|—|:|·|•|::|»|\/)\s+|\s*(?:\||::)\s*|\s+_\s*/gu`, attack: String.raw`'\t'.repeat(54773) + '\t/|'` },
  { file: 'utils/extract/headline.ts', before: String.raw`/\s+\[[^\]]{1,40}\]$/u`, attack: String.raw`'\t'.repeat(54773)` },
  { file: 'utils/extract/image-address.ts', before: String.raw`/^\s*\S+\.(?:jpe?g|png|webp|avif|gif)(?:[?#]\S*)?\s*$/i`, attack: String.raw`'\x00' + '.GIF#'.repeat(24495) + '\t#'` },
  { file: 'utils/extract/image-address.ts', before: String.raw`/\.(?:jpe?g|png|webp|avif|gif)\S*\s+\d+(?:\.\d+)?[wx]/i`, attack: String.raw`'.GIF'.repeat(27387)` },
  { file: 'utils/extract/implications.ts', before: String.raw`/\s*:$/`, attack: String.raw`'\t'.repeat(54773) + '\x00'` },
  { file: 'utils/extract/implications.ts', before: String.raw`/\s+([.,;:!?])/g`, attack: String.raw`'\t'.repeat(54773) + '\x00\t!'` },
  { file: 'utils/extract/metadata.ts', before: String.raw`/\s+[·•|]\s+[\s\S]*$|\s*\|[\s\S]*$/u`, attack: String.raw`'\t'.repeat(54773) + '\t'` },
  { file: 'utils/extract/metadata.ts', before: String.raw`/^[\s,;:·|•–—-]+|[\s,;:·|•–—-]+$/gu`, attack: String.raw`'\x00' + '\t'.repeat(54773) + '\t\x00'` },
  { file: 'utils/extract/not-article.ts', before: String.raw`/"@type"\s*:\s*(?:"([^"]+)"|\[([^\]]*)\])/g`, attack: String.raw`'""@type":['.repeat(17321) + '""@type":"\x00"'` },
  { file: 'utils/extract/source-text.ts', before: String.raw`/^[\s[(]*(\d{1,3}|[a-z]|[*†‡§]{1,3})?[\]).:\s]*$/i`, attack: String.raw`'\t'.repeat(54773) + '\x00'` },
  { file: 'utils/extract/source-text.ts', before: String.raw`/\s*[\]).:]$/`, attack: String.raw`'\t'.repeat(54773) + '\x00'` },
  { file: 'utils/extract/source-text.ts', before: String.raw`/[.,;:)\]]+$/`, attack: String.raw`')'.repeat(54773) + '\x00)'` },
  { file: 'utils/extract/sources.ts', before: String.raw`/\s*[\]).:]$/`, attack: String.raw`'\t'.repeat(54773) + '\x00'` },
  { file: 'utils/extract/srcset.ts', before: String.raw`/,+$/`, attack: String.raw`','.repeat(54773) + '\x00,'` },
  { file: 'utils/extract/summary-sentences.ts', before: String.raw`/\s+([.,;:!?…])/g`, attack: String.raw`'\t'.repeat(54773) + '\x00\t!'` },
  { file: 'utils/extract/summary-vocabulary.ts', before: String.raw`/(?<![.!?:;"“«]\s*)(?<=\s)\p{Lu}[\p{L}\p{N}]*/gu`, attack: String.raw`'!' + '\t'.repeat(54773) + '\x00'` },
  { file: 'utils/library/markdown-highlights.ts', before: "/!\\[[^\\]]*\\]\\([^)]*\\)|\\]\\([^)]*\\)|<[^>\\s]+>|`[^`]*`|\\[\\^[^\\]]*\\]/g", attack: String.raw`'>!['.repeat(31623) + '><^>'` },
  { file: 'utils/library/markdown-zip.ts', before: String.raw`/^-+|-+$/g`, attack: String.raw`'\x00' + '-'.repeat(54773) + '-\x00'` },
  { file: 'utils/library/markdown-zip.ts', before: String.raw`/-+$/`, attack: String.raw`'-'.repeat(54773) + '\x00-'` },
  { file: 'utils/library/sample-highlights.ts', before: String.raw`/<[^>]*>/g`, attack: String.raw`'<'.repeat(54773)` },
  { file: 'utils/library/story-groups.ts', before: String.raw`/[.'’-]+$/u`, attack: String.raw`'\''.repeat(54773) + '\x00\''` },
  { file: 'utils/extract/rules/remove-byline-lines.ts', before: String.raw`/\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b)\s*/u`, attack: String.raw`'\t'.repeat(54773)` },
  { file: 'utils/extract/rules/remove-contact-lines.ts', before: String.raw`/^(?:(?:email|e-mail|mail|twitter|x|instagram|contact|follow(?: \w+)? on \w+)\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w_]{2,30}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin|threads|bsky|mastodon)\.\w+\/[\w./@-]+)\.?$/i`, attack: String.raw`'X' + '\t '.repeat(38730) + '\x00'` },
  { file: 'utils/extract/rules/remove-hidden.ts', before: String.raw`/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i`, attack: String.raw`'DISPLAY:NONE' + '\t'.repeat(54773) + 'HIDDEN'` },
  { file: 'utils/extract/rules/remove-page-address-lines.ts', before: String.raw`/\/+$/`, attack: String.raw`'/'.repeat(54773) + '\x00/'` },
  { file: 'cli/dom.ts', before: String.raw`/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi`, attack: String.raw`'<STYLE\x00'.repeat(20702) + 'a>a<STYLE></STYLE>'` },
];
