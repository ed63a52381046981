/**
 * The English still written into the interface's code: text in JSX and string literals of prose in the pages,
 * components and the helpers they show messages from. The built messages only tell a page's English apart once
 * a string has become a message; these tell it apart before, and after, for any string left behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const UI_DIRS = ['components', 'entrypoints', 'utils'];
/**
 * Not interface: the extraction pipeline's phrase lists (four languages, matched against pages, never shown),
 * and the sample articles benches and tests generate.
 */
const NOT_INTERFACE = [/^utils\/extract\//, /\/sample-[\w-]+\.ts$/];
/** JSX attributes a reader sees or hears; any other attribute (class, rel, href…) holds code. */
const LABEL_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Calls whose string arguments are selectors. */
const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

export interface SourceString {
  /** `file:line` */
  where: string;
  /** The text, with `{…}` where a template literal substitutes a value. */
  text: string;
}

/** Prose: letters, spaces and punctuation, where a selector has `>`, `[`, `#`, `=`. */
const PROSE = /^[\p{L}\p{N}\s'’‘“”"«».,:;!?…()·—–+&%/×{}*-]+$/u;
/** A list of class names or keys: lowercase words, some joined by hyphens ("skip-link focus"). */
const CLASS_LIST = /^[a-z][a-z0-9]*(-[a-z0-9]+)*( [a-z][a-z0-9]*(-[a-z0-9]+)*)*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !NOT_INTERFACE.some((pattern) => pattern.test(file.split(path.sep).join('/'))))
    .sort();
}

/** A literal's text, template substitutions as `{…}`; null for a module name or a property name. */
function literalText(node: ts.Node): string | null {
  if (!node.parent || ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent)) return null;
  if (ts.isJsxText(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{…}${span.literal.text}`).join('');
  return null;
}

/** A literal given to an element's attribute other than a label, or to a selector call, through conditionals and templates. */
function isCode(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isJsxAttribute(parent)) {
      // A component's props may carry text (`text=`, `label=`); an element's attributes only in its labels.
      const tag = parent.parent.parent.tagName.getText();
      return /^[a-z]/.test(tag) ? !LABEL_ATTRIBUTES.has(parent.name.getText()) : ['class', 'className', 'id', 'key'].includes(parent.name.getText());
    }
    if (ts.isCallExpression(parent)) {
      const callee = parent.expression;
      return ts.isPropertyAccessExpression(callee) && SELECTOR_CALLS.has(callee.name.text);
    }
    if (ts.isJsxElement(parent) || ts.isJsxFragment(parent) || ts.isStatement(parent) || ts.isPropertyAssignment(parent)) return false;
  }
  return false;
}

function isProse(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!PROSE.test(trimmed)) return false;
  const words = trimmed.split(' ').filter((token) => /\p{L}/u.test(token));
  return words.length >= 2 && !(CLASS_LIST.test(trimmed) && trimmed.includes('-'));
}

/** Every literal of prose in the interface's code. */
export function interfaceSourceStrings(): SourceString[] {
  return UI_DIRS.flatMap(sourceFiles).flatMap((file) => proseLiteralsIn(file, readFileSync(path.join(ROOT, file), 'utf8')));
}

/** The literals of prose in one file's `source`: JSX text, strings and templates, not code (classes, selectors). */
export function proseLiteralsIn(file: string, source: string): SourceString[] {
  const found: SourceString[] = [];
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && isProse(text) && !isCode(node)) {
      found.push({ where: `${file}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`, text: text.replace(/\s+/g, ' ').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
