/**
 * No interface text written into a component: every JSX text with a letter in it, and every label attribute
 * given as a string, must come from the messages (utils/i18n.ts). The rendered check (untranslated.ts) catches
 * strings built in code; this one also covers branches no test renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const UI_DIRS = ['components', 'entrypoints'];
const LABEL_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

function uiFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx') && !entry.name.includes('.test.'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

const hasWord = (text: string): boolean => /\p{L}{2,}/u.test(text);

/** Literal text in a JSX attribute's value or a JSX child expression: 'x', `x`, and the branches of a ? 'x' : 'y'. */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return [...literalTexts(node.left), ...literalTexts(node.right)];
  }
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  return [];
}

/** "file:line text" for each piece of interface text written into `file`. */
export function hardcodedTextIn(file: string, source = readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1} ${JSON.stringify(text.trim())}`);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWord(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      for (const text of literalTexts(node.expression)) if (hasWord(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText(tree)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      for (const text of value ? literalTexts(value) : []) if (hasWord(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('interface text', () => {
  it('finds text written into JSX (the check itself)', () => {
    const sample = `const A = () => <p title="Open it" aria-label={busy ? 'Saving' : label}>Saved {n} <b>{'items'}</b>{t('x')}{' · '}</p>;`;
    expect(hardcodedTextIn('sample.tsx', sample)).toEqual([
      'sample.tsx:1 "Open it"',
      'sample.tsx:1 "Saving"',
      'sample.tsx:1 "Saved"',
      'sample.tsx:1 "items"',
    ]);
  });

  it('is not written into any component or page', () => {
    const found = UI_DIRS.flatMap(uiFiles).flatMap((file) => hardcodedTextIn(file));
    expect(found).toEqual([]);
  });
});
