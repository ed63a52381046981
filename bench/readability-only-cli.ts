/**
 * Readability alone over saved pages, the baseline for the CLI speed target: same file reading, same
 * DOM library and parse (cli/dom.ts), one JSON line per file like `extract --format jsonl`.
 *   tsx bench/readability-only-cli.ts FILE... [--url URL]
 */
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { readHtml } from './corpus';

function main(argv: string[]): number {
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i] ?? null;
    else files.push(argv[i]!);
  }
  if (files.length === 0) {
    process.stderr.write('usage: readability-only-cli FILE... [--url URL]\n');
    return 1;
  }
  for (const file of files) {
    let line: object;
    try {
      const document = parsePage(readHtml(file), url);
      const article = new Readability(document).parse();
      // As the CLI does: a jsdom window is kept alive until closed.
      document.defaultView?.close();
      line = article ? { input: file, article } : { input: file, error: 'no article found on this page' };
    } catch (error) {
      line = { input: file, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
