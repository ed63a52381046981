/**
 * What the production manifest and the extension pages may contain, as plain functions returning the
 * problems found (an empty list is a pass). Used on the manifest declared in wxt.config.ts by
 * tests/manifest.test.ts, and on the built output by e2e/built-extension.e2e.ts.
 */
import { JSDOM } from 'jsdom';

/** A manifest as JSON; only the fields the checks read are typed. */
export interface ManifestJson {
  manifest_version?: number;
  permissions?: unknown[];
  optional_permissions?: unknown[];
  host_permissions?: unknown[];
  optional_host_permissions?: unknown[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
  [key: string]: unknown;
}

/** Permission-like entries that are really host patterns (MV2 keeps them in `permissions`). */
const HOST_PATTERN = /^(<all_urls>|\*|[a-z*-]+:\/\/)/i;

/** Every permission and host pattern the manifest asks for, required or optional. */
export function requestedPermissions(manifest: ManifestJson): string[] {
  const all = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  return all.map(String).sort();
}

/** The permission names listed in the first column of README.md's "Permissions" table. */
export function documentedPermissions(readme: string): string[] {
  const section = /^## Permissions\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const names: string[] = [];
  for (const line of section.split('\n')) {
    const cells = line.trim().match(/^\|(.*)\|$/)?.[1]?.split('|').map((cell) => cell.trim());
    if (!cells || cells.length < 2 || /^-+$/.test(cells[0]!.replace(/:/g, '')) || cells[0] === 'permission') continue;
    const name = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    if (!name) throw new Error(`README permissions table: write the permission in backticks: ${line}`);
    if (!cells[1]) throw new Error(`README permissions table: say why ${name} is needed`);
    names.push(name);
  }
  return names.sort();
}

/**
 * The only host access the extension may declare, and only as optional: "Always use the reader view on <site>"
 * requests one site's host within it at the reader's click. Nothing wider (`<all_urls>` would add file:, ftp:, ws:).
 */
export const OPTIONAL_SITE_ACCESS: readonly string[] = ['http://*/*', 'https://*/*'];

const hostPatternsIn = (...lists: (unknown[] | undefined)[]): string[] =>
  lists
    .flatMap((list) => list ?? [])
    .map(String)
    .filter((entry) => HOST_PATTERN.test(entry))
    .sort();

/** Host patterns granted at install: `host_permissions`, and MV2's `permissions`. */
export function requiredHostPermissions(manifest: ManifestJson): string[] {
  return hostPatternsIn(manifest.permissions, manifest.host_permissions);
}

/** Host patterns the extension may ask for later: `optional_host_permissions` (MV3), and MV2's `optional_permissions`. */
export function optionalHostPermissions(manifest: ManifestJson): string[] {
  return hostPatternsIn(manifest.optional_permissions, manifest.optional_host_permissions);
}

/** Problems with what a production manifest exposes or asks for. */
export function manifestExposureProblems(manifest: ManifestJson): string[] {
  const problems: string[] = [];
  const hosts = requiredHostPermissions(manifest);
  if (hosts.length > 0) problems.push(`host permissions: ${hosts.join(', ')}`);
  const beyond = optionalHostPermissions(manifest).filter((pattern) => !OPTIONAL_SITE_ACCESS.includes(pattern));
  if (beyond.length > 0) problems.push(`optional host permissions beyond http and https sites: ${beyond.join(', ')}`);
  if ((manifest.host_permissions ?? []).length > 0) problems.push('host_permissions is not empty');
  if (JSON.stringify(manifest).includes('<all_urls>')) problems.push('<all_urls> appears in the manifest');
  if ((manifest.content_scripts ?? []).length > 0) problems.push('content_scripts declared: pages would run our code without a click');
  if (manifest.externally_connectable !== undefined) problems.push('externally_connectable declared: web pages could message the background');
  if ((manifest.web_accessible_resources ?? []).length > 0) problems.push('web_accessible_resources declared: web pages could load extension files');
  if (manifest.sandbox !== undefined) problems.push('sandbox pages declared');
  return problems;
}

/** The extension pages' CSP, whichever manifest version wrote it. */
export function extensionPagesCsp(manifest: ManifestJson): string | null {
  const csp = manifest.content_security_policy;
  if (typeof csp === 'string') return csp;
  return csp?.extension_pages ?? null;
}

/** Directive name → source list. */
export function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems with an extension-pages CSP: it must forbid inline and remote script, eval, plugins and `<base>`. */
export function cspProblems(csp: string | null): string[] {
  if (!csp) return ['no content_security_policy for extension pages'];
  const problems: string[] = [];
  const directives = parseCsp(csp);
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources) problems.push('neither script-src nor default-src is set');
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-inline'" || lower === "'unsafe-eval'" || lower === "'unsafe-hashes'" || lower === "'wasm-unsafe-eval'") problems.push(`${name} allows ${source}`);
      // Remote sources: any scheme or host. Only keywords ('self', 'none', nonces/hashes) are allowed.
      else if (!source.startsWith("'")) problems.push(`${name} allows a remote source: ${source}`);
    }
  }
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (directives.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri is not 'none'");
  return problems;
}

/**
 * Problems with one extension page's HTML: scripts only from the extension's own files (no inline code,
 * no remote `src`), no inline event handlers, no `javascript:` URLs.
 */
export function pageHtmlProblems(html: string, name: string): string[] {
  const problems: string[] = [];
  const doc = new JSDOM(html).window.document;
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src === null) problems.push(`${name}: inline <script>`);
    else if (/^[a-z][a-z+.-]*:|^\/\//i.test(src)) problems.push(`${name}: remote script ${src}`);
    if (script.textContent?.trim()) problems.push(`${name}: <script> with inline code`);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${name}: inline handler ${attr.name} on <${el.localName}>`);
      if (/^\s*javascript:/i.test(attr.value)) problems.push(`${name}: javascript: URL in ${attr.name}`);
    }
  }
  for (const link of doc.querySelectorAll('link[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (/^[a-z][a-z+.-]*:|^\/\//i.test(href)) problems.push(`${name}: remote ${link.getAttribute('rel') ?? 'link'} ${href}`);
  }
  if (doc.querySelector('meta[http-equiv="refresh" i]')) problems.push(`${name}: meta refresh`);
  return problems;
}
