/**
 * Is a page's interface in the browser's language? The English messages of the build are matched against the
 * text a page shows (text nodes and labelling attributes): an English message that has a different translation
 * and is seen on the page was shown without the messages, or under another key. Prose still written into the
 * code (./source-strings) is matched the same way, so a string that never became a message is found too.
 *
 * The article's own words are not interface: the parts that hold them carry the article's `lang` (the reader's
 * `<article>`, the popup's `.article-text`), so text whose closest `[lang]` is not `<html>` is the article's. Inside
 * those parts only a whole text equal to a message counts (a "cited once" or "Original article" placed among the
 * article's words), never a phrase within the article's sentences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ChromeMessage {
  message: string;
}
type MessagesFile = Record<string, ChromeMessage>;

/** English to look for: one plural form of a message, or a string still written into the code. */
export interface EnglishCandidate {
  /** The message's key, or `source FILE:LINE` for text in the code. */
  key: string;
  english: string;
}

interface EnglishForm extends EnglishCandidate {
  /** Anywhere in interface text. */
  within: RegExp;
  /** The whole of a text inside the article's parts. */
  whole: RegExp;
}

export interface InterfaceTextItem {
  /** Where on the page: a short element path, `[attribute]` for a label, `title` for the document's title. */
  where: string;
  text: string;
  /** `article`: inside a part carrying the article's own `lang`. */
  scope: 'interface' | 'article';
}

export interface EnglishHit {
  page: string;
  key: string;
  english: string;
  where: string;
  text: string;
  /** Other places the same form was seen on the page. */
  morePlaces: number;
}

/** Plural forms are joined with " | " in the built messages (@wxt-dev/i18n). */
const PLURAL_SEPARATOR = ' | ';
/**
 * `$1`…`$9`, Chrome's `$NAME$` placeholders, @wxt-dev/i18n's named `{name}` substitutions, and `{…}` where
 * code substitutes a value into a template literal.
 */
const PLACEHOLDER = /\$[1-9]|\$[A-Za-z0-9_@]+\$|\{[A-Za-z0-9_]+\}|\{…\}/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A message shorter than this many words ("Save", "Print", "$1 sources") is too common to call English. */
const MIN_WORDS = 2;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The built messages of one language: `<extDir>/_locales/<lang>/messages.json`. */
export function readMessages(extDir: string, lang: string): Record<string, string> {
  const file = JSON.parse(readFileSync(path.join(extDir, '_locales', lang, 'messages.json'), 'utf8')) as MessagesFile;
  return Object.fromEntries(Object.entries(file).map(([key, value]) => [key, value.message]));
}

function formPattern(form: string): { source: string; words: number } {
  const literals = form.replace(/\$\$/g, '$').split(PLACEHOLDER);
  const words = literals.reduce((count, part) => count + (part.match(WORD)?.length ?? 0), 0);
  const source = literals.map((part) => escapeRegExp(part).replace(/\s+/g, '\\s+')).join('[\\s\\S]*?');
  return { source, words };
}

/**
 * The English forms of the messages: every plural form of a message whose translation differs (a key missing
 * from the translation counts: the browser then shows the English).
 */
export function messageCandidates(english: Record<string, string>, translated: Record<string, string>): EnglishCandidate[] {
  const candidates: EnglishCandidate[] = [];
  for (const [key, message] of Object.entries(english)) {
    const translation = translated[key];
    if (translation === message) continue;
    const translatedForms = new Set((translation ?? '').split(PLURAL_SEPARATOR));
    for (const form of new Set(message.split(PLURAL_SEPARATOR))) if (!translatedForms.has(form)) candidates.push({ key, english: form });
  }
  return candidates;
}

/**
 * English still written into the code, one candidate per text (its places joined), leaving out texts already
 * looked for as messages and texts that are some message's translation.
 */
export function sourceCandidates(strings: readonly { where: string; text: string }[], known: readonly EnglishCandidate[], translated: Record<string, string>): EnglishCandidate[] {
  const skip = new Set([...known.map((c) => c.english), ...Object.values(translated).flatMap((m) => m.split(PLURAL_SEPARATOR))]);
  const places = new Map<string, string[]>();
  for (const { where, text } of strings) if (!skip.has(text)) places.set(text, [...(places.get(text) ?? []), where]);
  return [...places].map(([english, where]) => ({ key: `source ${where.join(', ')}`, english }));
}

/** Patterns for the candidates of at least two words. */
export function englishForms(candidates: readonly EnglishCandidate[]): EnglishForm[] {
  const forms: EnglishForm[] = [];
  for (const { key, english } of candidates) {
    const { source, words } = formPattern(english.trim());
    if (words < MIN_WORDS) continue;
    // Whole words: a form that starts or ends with a letter or digit is not a piece of a longer word.
    const before = /^[\p{L}\p{N}]/u.test(english.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(english.trim()) ? '(?![\\p{L}\\p{N}])' : '';
    forms.push({
      key,
      english,
      within: new RegExp(`${before}${source}${after}`, 'u'),
      whole: new RegExp(`^\\s*${source}\\s*$`, 'u'),
    });
  }
  return forms;
}

/**
 * Every English form seen in `items`, once per form with the number of other places it was seen; a form seen only
 * as part of a longer one in the same text ("AI key points" in "Show AI key points") is left to the longer one.
 */
export function findEnglish(page: string, items: readonly InterfaceTextItem[], forms: readonly EnglishForm[]): EnglishHit[] {
  const hits = new Map<EnglishForm, EnglishHit>();
  for (const item of items) {
    const seen = forms.filter((form) => (item.scope === 'interface' ? form.within : form.whole).test(item.text));
    const longest = seen.filter((form) => !seen.some((other) => other !== form && other.english !== form.english && containsForm(other.english, form.english)));
    for (const form of longest) {
      const hit = hits.get(form);
      if (hit) hit.morePlaces++;
      else hits.set(form, { page, key: form.key, english: form.english, where: item.where, text: item.text, morePlaces: 0 });
    }
  }
  return [...hits.values()];
}

/** Whether every literal part of `form` is in `longer`. */
function containsForm(longer: string, form: string): boolean {
  return form.split(PLACEHOLDER).every((part) => longer.includes(part.trim()));
}

export function describeHit(hit: EnglishHit): string {
  const text = hit.text.length > 120 ? `${hit.text.slice(0, 117)}…` : hit.text;
  const shown = text === hit.english ? '' : ` in “${text}”`;
  const more = hit.morePlaces === 0 ? '' : ` and ${hit.morePlaces} more place${hit.morePlaces === 1 ? '' : 's'}`;
  return `${hit.page}: “${hit.english}” (${hit.key}) at ${hit.where}${shown}${more}`;
}

/**
 * What the page shows as text: text nodes (adjacent ones joined) and labelling attributes of rendered elements,
 * options of a rendered select, and the document's title; each marked as interface or as the article's own.
 * A string, so it runs the same over CDP (Chromium's popup), Playwright and WebDriver BiDi (Firefox).
 */
export const READ_INTERFACE_TEXT = `(() => {
  const LABELS = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  const root = document.documentElement;
  const clean = (text) => text.replace(/\\s+/g, ' ').trim();
  const articleOwn = (el) => { const holder = el.closest('[lang]'); return holder !== null && holder !== root; };
  const rendered = (el) => (el.closest('select') ?? el).checkVisibility({ visibilityProperty: true });
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  const where = (el) => { const parts = []; for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
  const items = [{ where: 'title', text: clean(document.title), scope: 'interface' }];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.currentNode; el; el = walker.nextNode()) {
    if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName) || !rendered(el)) continue;
    const scope = articleOwn(el) ? 'article' : 'interface';
    let run = '';
    const flush = () => { if (clean(run)) items.push({ where: where(el), text: clean(run), scope }); run = ''; };
    for (const child of el.childNodes) { if (child.nodeType === Node.TEXT_NODE) run += child.data; else flush(); }
    flush();
    for (const label of LABELS) {
      const value = el.getAttribute(label);
      if (value && clean(value)) items.push({ where: where(el) + '[' + label + ']', text: clean(value), scope });
    }
  }
  return items;
})()`;

/** The translations of the message(s) whose English is exactly `english`; empty when no message holds it yet. */
export function translationsOf(english: string, messages: { en: Record<string, string>; ui: Record<string, string> }): string[] {
  const found = new Set<string>();
  for (const [key, message] of Object.entries(messages.en)) {
    const forms = message.split(PLURAL_SEPARATOR);
    const at = forms.indexOf(english);
    if (at < 0) continue;
    const translated = (messages.ui[key] ?? message).split(PLURAL_SEPARATOR);
    found.add(translated[Math.min(at, translated.length - 1)]!);
  }
  return [...found];
}
