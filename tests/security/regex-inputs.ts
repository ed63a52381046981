/**
 * Inputs that make a backtracking pattern slow, built from what the pattern itself mentions, and the time one
 * call of the pattern takes on them. A pattern that backtracks does so on long runs of the characters it can
 * match (`\s+X` on 200,000 spaces tries every start and every split of the run), usually followed by a
 * character that makes the match fail; see https://github.com/makenowjust-labs/recheck for the theory.
 */

/** Candidates for the characters a class matches, most ordinary first: one or two of these stand for the class. */
const POOL = [
  ' ', '\t', 'a', '7', '.', ',', ':', ';', '-', '|', '/', '(', ')', '[', ']', '{', '}', '"', "'", '<', '>', '@', '#', '_',
  '!', '?', '&', '*', '+', '=', '%', '^', '~', '`', '\\', 'Z', '\n', '\u00a0', 'é', 'É', '·', '•', '–', '—', '»', '«',
  '“', '”', '’', '…', '†', 'あ', '\u{1F600}', '\u200b', '\x00',
];

type Kind = 'space' | 'letter' | 'digit' | 'punctuation' | 'other';
function kindOf(char: string): Kind {
  if (/\s/u.test(char)) return 'space';
  if (/\p{L}/u.test(char)) return 'letter';
  if (/\p{N}/u.test(char)) return 'digit';
  if (/\p{P}|\p{S}/u.test(char)) return 'punctuation';
  return 'other';
}

/** Two characters a class matches, of different kinds where it has them: `[^x]` gives ' ' and 'a', `\s` ' ' and '\t', `\d` '7' alone. */
function representatives(classSource: string, flags: string): string[] {
  const re = new RegExp(`^(?:${classSource})$`, flags.replace(/[gy]/g, ''));
  const matching = POOL.filter((char) => re.test(char));
  const picked: string[] = [];
  for (const char of matching) if (picked.length < 2 && !picked.some((p) => kindOf(p) === kindOf(char))) picked.push(char);
  for (const char of matching) if (picked.length < 2 && !picked.includes(char)) picked.push(char);
  // A class of one script (`\p{Script=Thai}`) matches nothing in the pool: its first character will do.
  for (let code = 0x80; picked.length === 0 && code <= 0x10ffff; code++) {
    if ((code < 0xd800 || code > 0xdfff) && re.test(String.fromCodePoint(code))) picked.push(String.fromCodePoint(code));
  }
  return picked;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** What a pattern mentions. */
export interface PatternAlphabet {
  /** Each literal character outside a class, and one or two characters standing for each class: `\s` gives ' ' and '\t'. */
  chars: string[];
  /** The characters a class lists (`>` of `[^>]`, each of `[.,;:]`): they stop or extend runs next to others. */
  members: string[];
  /** Runs of two or more literal characters: "@type", "display", "read also". */
  fragments: string[];
}

export function patternAlphabet(source: string, flags: string): PatternAlphabet {
  const unicode = flags.includes('u');
  const chars = new Set<string>();
  const members = new Set<string>();
  const fragments = new Set<string>();
  let fragment = '';
  const endFragment = (): void => {
    if ([...fragment].length >= 2) fragments.add(fragment);
    fragment = '';
  };
  const addClass = (classSource: string): void => {
    for (const char of representatives(classSource, flags)) chars.add(char);
  };
  /** Reads the escape at `i` (just after the backslash): a character, a class or an assertion, and where it ends. */
  const readEscape = (i: number): { end: number; char?: string; classSource?: string } => {
    const c = source[i]!;
    if ('dDsSwW'.includes(c)) return { end: i + 1, classSource: `\\${c}` };
    if ((c === 'p' || c === 'P') && unicode && source[i + 1] === '{') {
      const close = source.indexOf('}', i);
      return { end: close + 1, classSource: source.slice(i - 1, close + 1) };
    }
    if (c === 'b' || c === 'B') return { end: i + 1 };
    if (c === 'k' && source[i + 1] === '<') return { end: source.indexOf('>', i) + 1 };
    if (/[1-9]/.test(c)) return { end: i + 1 };
    if (c === 'u' && source[i + 1] === '{') {
      const close = source.indexOf('}', i);
      return { end: close + 1, char: String.fromCodePoint(parseInt(source.slice(i + 2, close), 16)) };
    }
    if (c === 'u' && /^[0-9a-f]{4}$/i.test(source.slice(i + 1, i + 5))) return { end: i + 5, char: String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)) };
    if (c === 'x' && /^[0-9a-f]{2}$/i.test(source.slice(i + 1, i + 3))) return { end: i + 3, char: String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)) };
    if (c === 'c' && /[a-z]/i.test(source[i + 1] ?? '')) return { end: i + 2, char: String.fromCharCode(source.charCodeAt(i + 1) % 32) };
    return { end: i + 1, char: SIMPLE_ESCAPES[c] ?? c };
  };
  const charAt = (i: number): string => (unicode ? String.fromCodePoint(source.codePointAt(i)!) : source[i]!);

  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = readEscape(i + 1);
      if (escape.char !== undefined) {
        chars.add(escape.char);
        fragment += escape.char;
      } else {
        endFragment();
        if (escape.classSource) addClass(escape.classSource);
      }
      i = escape.end;
    } else if (c === '[') {
      endFragment();
      let j = i + 1;
      if (source[j] === '^') j++;
      // A `]` right after `[` or `[^` closes an empty class in JavaScript.
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          const escape = readEscape(j + 1);
          if (escape.char !== undefined) members.add(escape.char);
          else if (escape.classSource) addClass(escape.classSource);
          j = escape.end;
        } else {
          const member = charAt(j);
          members.add(member);
          j += member.length;
        }
      }
      addClass(source.slice(i, j + 1));
      i = j + 1;
    } else if (c === '(') {
      endFragment();
      const group = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      i += group ? group[0].length : 1;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)))) {
      // A quantifier repeats the last atom only: "articles?" has the word "article" and the letter "s".
      fragment = [...fragment].slice(0, -1).join('');
      endFragment();
      i = c === '{' ? source.indexOf('}', i) + 1 : i + 1;
      if (source[i] === '?') i++;
    } else if (c === '.') {
      endFragment();
      addClass('.');
      i++;
    } else if (c === '|' || c === ')' || c === '^' || c === '$') {
      endFragment();
      i++;
    } else {
      const char = charAt(i);
      chars.add(char);
      fragment += char;
      i += char.length;
    }
  }
  endFragment();
  return { chars: [...chars], members: [...members].filter((member) => !chars.has(member)), fragments: [...fragments] };
}

/** `unit` repeated up to `length` characters, then `tail`. */
export function repeatTo(unit: string, length: number, tail = ''): string {
  return unit.repeat(Math.max(1, Math.ceil((length - tail.length) / unit.length))) + tail;
}

/** A character that stops a run of `unit` from matching: NUL (no pattern of ours names it), else the first ordinary character the pattern refuses after the run. */
export function failingTail(re: RegExp, unit: string): string {
  const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const run = repeatTo(unit, 40);
  return ['\x00', ...POOL].find((char) => !probe.test(run + char)) ?? '\x00';
}

/**
 * An attack string as recheck prints it, `'\t'.repeat(54773) + '\t/|'`, with its repeated parts stretched so
 * the whole is about `length` characters.
 */
export function pumped(attack: string, length: number): string {
  const parts = [...attack.matchAll(/'((?:[^'\\]|\\.)*)'(?:\.repeat\((\d+)\))?/g)].map((m) => ({ text: unquote(m[1]!), repeated: m[2] !== undefined }));
  const fixed = parts.filter((p) => !p.repeated).reduce((n, p) => n + p.text.length, 0);
  const perUnit = parts.filter((p) => p.repeated).reduce((n, p) => n + p.text.length, 0);
  const times = Math.max(1, Math.ceil((length - fixed) / Math.max(1, perUnit)));
  return parts.map((p) => (p.repeated ? p.text.repeat(times) : p.text)).join('');
}

/** The text of a single-quoted JavaScript string's body: `\\t`, `\\x00`, `\\u2013`, `\\'`. */
function unquote(body: string): string {
  return body.replace(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|(.))/gi, (_, hex?: string, code?: string, char?: string) =>
    hex ?? code ? String.fromCharCode(parseInt((hex ?? code)!, 16)) : (SIMPLE_ESCAPES[char!] ?? char!),
  );
}

function elapsedMs(call: () => unknown): number {
  const start = performance.now();
  call();
  return performance.now() - start;
}

/** What a call may spend building its result, per match: `split` on 200,000 one-character matches allocates 200,001 strings. */
const MS_PER_MATCH = 0.002;

/**
 * `source` with its groups made non-capturing, when it has no backreference: `split` puts each group's capture
 * in its result, and a phrase pattern with 56 groups turns 50,000 matches into 2,850,000 slots, an output cost.
 */
function withoutCaptures(source: string): string {
  if (/\\(?:[1-9]|k<)/.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source[i + 1] !== '?') out += '(?:';
    else if (c === '(' && /^\(\?<[A-Za-z_$]/.test(source.slice(i))) {
      out += '(?:';
      i = source.indexOf('>', i);
    } else out += c;
  }
  return out;
}

/**
 * Whether every call of `re` on `input` stays within `limitMs`: `exec` from the start (`test` runs the same
 * search), `replace` of every match and `split` (of the pattern without its captures, see `withoutCaptures`).
 * When `exec` finds no match, the other two would run that same failing search once more each, and are skipped.
 * They may add MS_PER_MATCH for each match, an allocation cost linear in the output; backtracking costs per
 * character tried, and a quadratic
 * pattern overshoots by seconds. A call over its limit is timed again, up to `repeats` runs in all, and counts
 * by its fastest: a garbage collection, the first run's compilation or another process taking the core
 * lengthens one run, not all of them. A call within its limit, or ten times over it, is not repeated, and the
 * first call over its limit ends the check. Returns the slowest call's milliseconds and its limit.
 */
export function slowestCall(re: RegExp, input: string, limitMs: number, repeats = 3): { ms: number; limitMs: number } {
  const everyMatch = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const splitter = new RegExp(withoutCaptures(re.source), re.flags);
  const groups = new RegExp(`${splitter.source}|`, splitter.flags.replace(/[gy]/g, '')).exec('')!.length - 1;
  let pieces = 1;
  let matched = false;
  const calls: [() => unknown, () => number][] = [
    [
      () => {
        re.lastIndex = 0;
        matched = re.exec(input) !== null;
      },
      () => limitMs,
    ],
    [() => (pieces = input.split(splitter).length), () => limitMs + ((pieces - 1) / (groups + 1)) * MS_PER_MATCH],
    [() => input.replace(everyMatch, ''), () => limitMs + ((pieces - 1) / (groups + 1)) * MS_PER_MATCH],
  ];
  let slowest = { ms: 0, limitMs };
  for (const [call, limitOf] of calls) {
    let fastest = elapsedMs(call);
    const limit = limitOf();
    for (let run = 1; run < repeats && fastest > limit && fastest < limit * 10; run++) fastest = Math.min(fastest, elapsedMs(call));
    if (fastest - limit > slowest.ms - slowest.limitMs) slowest = { ms: fastest, limitMs: limit };
    if (fastest > limit || !matched) break;
  }
  re.lastIndex = 0;
  return slowest;
}
