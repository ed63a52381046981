/**
 * The extraction pipeline from the command line, on saved HTML files:
 *   npm run --silent extract -- FILE... [--url URL] [--format json|jsonl|markdown]
 * Exit codes: 0 ok (always in jsonl mode), 1 unreadable file or bad arguments, 2 no article on the page.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parsePage } from './dom';
import { extractArticle, type Article } from '../utils/extract';
import { articleToMarkdown } from '../utils/markdown';

type Format = 'json' | 'jsonl' | 'markdown';

interface CliArgs {
  files: string[];
  url: string | null;
  format: Format;
}

const USAGE = 'usage: extract FILE... [--url URL] [--format json|jsonl|markdown]';

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], url: null, format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg === '--format') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--url') args.url = value;
      else if (value === 'json' || value === 'jsonl' || value === 'markdown') args.format = value;
      else throw new UsageError(`unknown format "${value}"`);
    } else if (arg.startsWith('--url=')) args.url = arg.slice(6);
    else if (arg.startsWith('--format=')) return parseArgs([...argv.slice(0, i), '--format', arg.slice(9), ...argv.slice(i + 1)]);
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no input file');
  return args;
}

class UsageError extends Error {}

/** Reads a page; `.gz` files (as in the benchmark corpus) are unpacked. */
export function readPage(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function extractFile(file: string, url: string | null): Article | null {
  const html = readPage(file);
  const document = parsePage(html, url);
  try {
    return extractArticle(document, { url });
  } finally {
    // jsdom keeps every window alive until it is closed: a run over hundreds of files ran out of memory.
    document.defaultView?.close();
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EISDIR') return 'is a directory, not an HTML file';
    if (code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export function runCli(argv: string[], out: CliOutput = processOutput): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    out.stderr(`${error instanceof Error && error.message ? `extract: ${error.message}\n` : ''}${USAGE}\n`);
    return 1;
  }
  if (args.format === 'jsonl') {
    for (const file of args.files) {
      let line: object;
      try {
        const article = extractFile(file, args.url);
        line = article ? { input: file, article } : { input: file, error: 'no article found on this page' };
      } catch (error) {
        line = { input: file, error: describe(error) };
      }
      out.stdout(`${JSON.stringify(line)}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const file of args.files) {
    let article: Article | null;
    try {
      article = extractFile(file, args.url);
    } catch (error) {
      out.stderr(`extract: ${file}: ${describe(error)}\n`);
      status = 1;
      continue;
    }
    if (!article) {
      out.stderr(`extract: ${file}: no article found on this page\n`);
      status = status || 2;
      continue;
    }
    out.stdout(args.format === 'markdown' ? articleToMarkdown(article) : `${JSON.stringify(article, null, 2)}\n`);
  }
  return status;
}

// Run only as a program, not when a test imports runCli.
if (process.argv[1] && /extract\.[cm]?[jt]s$/.test(process.argv[1])) process.exitCode = runCli(process.argv.slice(2));
