/**
 * Every regular expression the extension's code can run: the literals, read from the TypeScript AST of each
 * source file, and the patterns built at run time with `new RegExp` (the phrase lists), recorded while the
 * modules load and while the pipeline extracts pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');
/** The code that reads page or stored text (tests excluded: they never see a page). */
export const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'cli'] as const;

export interface FoundPattern {
  source: string;
  flags: string;
  /** Where it is written or built: `utils/extract/headline.ts:29`, or the construction site and its caller. */
  site: string;
}

export function sourceFiles(): string[] {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return files.sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function siteOf(tree: ts.SourceFile, node: ts.Node): string {
  return `${path.relative(ROOT, tree.fileName)}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`;
}

/** Every regular expression literal in the source files. */
export function regexLiterals(files = sourceFiles()): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of files) {
    const tree = parse(file);
    walk(tree, (node) => {
      if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
      const text = node.getText(tree);
      const end = text.lastIndexOf('/');
      found.push({ source: text.slice(1, end), flags: text.slice(end + 1), site: siteOf(tree, node) });
    });
  }
  return found;
}

/** Every `new RegExp(...)` and `RegExp(...)` call in the source files, as `file:line`. */
export function regexConstructionSites(files = sourceFiles()): string[] {
  const sites: string[] = [];
  for (const file of files) {
    const tree = parse(file);
    walk(tree, (node) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') sites.push(siteOf(tree, node));
    });
  }
  return sites;
}

/** `file:line` of each stack frame inside the source directories, innermost first. */
function projectFrames(stack: string): string[] {
  const frames: string[] = [];
  for (const match of stack.matchAll(/\(?(\/[^\s()]+):(\d+):\d+\)?$/gm)) {
    const relative = path.relative(ROOT, match[1]!);
    if (SOURCE_DIRS.some((dir) => relative.startsWith(`${dir}/`))) frames.push(`${relative}:${match[2]}`);
  }
  return frames;
}

/**
 * Runs `load` with the global `RegExp` replaced by a proxy that records each pattern the source files build,
 * with the line that built it and the first caller in another file (`phrases.ts:92` alone would not say which list).
 * Only constructions called directly from a source file count: jsdom's and the test runner's are not ours.
 */
export async function recordConstructedPatterns(load: () => Promise<void>): Promise<FoundPattern[]> {
  const Original = globalThis.RegExp;
  const found: FoundPattern[] = [];
  const record = (re: RegExp): RegExp => {
    // Lines 0-2 of the stack are "Error", this function and the proxy's trap; line 3 is the caller.
    const frames = new Error().stack?.split('\n').slice(3) ?? [];
    if (projectFrames(frames[0] ?? '').length === 1) {
      const [built, ...callers] = projectFrames(frames.join('\n'));
      const fileOf = (frame: string): string => frame.replace(/:\d+$/, '');
      const caller = callers.find((frame) => fileOf(frame) !== fileOf(built!));
      found.push({ source: re.source, flags: re.flags, site: caller ? `${built} ← ${caller}` : built! });
    }
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args, target) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** A distinct pattern (source and flags), with every place it is written or built. */
export interface Pattern {
  source: string;
  flags: string;
  sites: string[];
}

function distinct(found: readonly FoundPattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const { source, flags, site } of found) {
    const key = `/${source}/${[...flags].sort().join('')}`;
    const entry = byKey.get(key) ?? { source, flags, sites: [] };
    if (!entry.sites.includes(site)) entry.sites.push(site);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/**
 * Every pattern the source files hold: the literals, and those built while the pipeline and library modules
 * load (with any other file that builds one) and while the pipeline extracts the fixture pages (a byline's
 * name patterns are built per page). `unrecorded`: construction sites that built nothing meanwhile.
 * Call it before anything imports the pipeline: a module loaded earlier builds its patterns unrecorded.
 */
export async function collectPatterns(): Promise<{ patterns: Pattern[]; built: FoundPattern[]; unrecorded: string[] }> {
  const files = sourceFiles();
  const sites = regexConstructionSites(files);
  // The pages' main.tsx render on load and the deflate worker installs its message handler: neither builds a pattern.
  const modules = files.filter((file) => {
    const relative = path.relative(ROOT, file);
    return (/^(?:utils|cli)\//.test(relative) && !relative.endsWith('deflate-worker.ts')) || sites.some((site) => site.startsWith(`${relative}:`));
  });
  // WXT's browser and storage modules load ast-types, which keeps a reference to RegExp and fails when that is the
  // recording proxy: loaded first, they are not ours to record anyway.
  await import('wxt/browser');
  await import('wxt/utils/storage');
  const built = await recordConstructedPatterns(async () => {
    for (const file of modules) await import(file);
    const { extractHtml, FIXTURES_DIR } = await import('../helpers');
    const pages = path.join(FIXTURES_DIR, 'pages');
    for (const name of readdirSync(pages).filter((n) => n.endsWith('.html'))) extractHtml(readFileSync(path.join(pages, name), 'utf8'));
  });
  const recorded = new Set(built.map((p) => p.site.split(' ← ')[0]));
  return { patterns: distinct([...regexLiterals(files), ...built]), built, unrecorded: sites.filter((site) => !recorded.has(site)) };
}
