/**
 * Least privilege and CSP, checked on the manifest wxt.config.ts declares for each production build (Chrome
 * MV3, Firefox MV2), so it runs in a clean checkout without a build. The built manifests (with what WXT adds:
 * background, popup, options) and pages are checked again by e2e/built-extension.e2e.ts after `wxt build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv } from 'wxt';
import config from '../wxt.config';
import {
  cspProblems,
  documentedPermissions,
  extensionPagesCsp,
  manifestExposureProblems,
  optionalHostPermissions,
  pageHtmlProblems,
  requestedPermissions,
  requiredHostPermissions,
  type ManifestJson,
} from './security/manifest-policy';

const ROOT = path.resolve(__dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PRIVACY = readFileSync(path.join(ROOT, 'PRIVACY.md'), 'utf8');

async function declaredManifest(browser: 'chrome' | 'firefox', mode = 'production', manifestVersion: 2 | 3 = browser === 'firefox' ? 2 : 3): Promise<ManifestJson> {
  const env: ConfigEnv = { browser, mode, command: 'build', manifestVersion };
  const manifest = typeof config.manifest === 'function' ? await config.manifest(env) : await config.manifest;
  return JSON.parse(JSON.stringify(manifest ?? {})) as ManifestJson;
}

describe.each(['chrome', 'firefox'] as const)('production manifest for %s', (browser) => {
  it('asks for exactly the permissions the README documents', async () => {
    expect(requestedPermissions(await declaredManifest(browser))).toEqual(documentedPermissions(README));
  });

  it('asks for exactly the permissions PRIVACY.md explains', async () => {
    expect(requestedPermissions(await declaredManifest(browser))).toEqual(documentedPermissions(PRIVACY));
  });

  it('asks for activeTab, scripting, storage and unlimitedStorage at least, and no host access at install', async () => {
    const manifest = await declaredManifest(browser);
    expect(requestedPermissions(manifest)).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage', 'unlimitedStorage']));
    expect(requiredHostPermissions(manifest)).toEqual([]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifestExposureProblems(manifest)).toEqual([]);
  });

  it('may ask later, one site at a time, for http and https hosts, and for nothing else', async () => {
    const manifest = await declaredManifest(browser);
    expect(optionalHostPermissions(manifest)).toEqual(['http://*/*', 'https://*/*']);
    // Firefox's MV2 reads optional hosts from optional_permissions (WXT 0.21 drops optional_host_permissions there).
    if (browser === 'firefox') {
      expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.optional_host_permissions).toBeUndefined();
    } else {
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.optional_permissions).toBeUndefined();
    }
  });

  it('declares a strict CSP for extension pages', async () => {
    const csp = extensionPagesCsp(await declaredManifest(browser));
    expect(cspProblems(csp)).toEqual([]);
    expect(csp).toContain("script-src 'self'");
  });
});

it('Firefox MV3 declares the optional hosts where MV3 reads them', async () => {
  const manifest = await declaredManifest('firefox', 'production', 3);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifestExposureProblems(manifest)).toEqual([]);
});

it('only the test build (--mode e2e) may read the local fixture server', async () => {
  expect((await declaredManifest('firefox', 'e2e')).host_permissions).toEqual(['http://127.0.0.1/*']);
  expect((await declaredManifest('chrome', 'production')).host_permissions).toBeUndefined();
});

it('the extension pages load only their own module scripts', () => {
  const pages = readdirSync(path.join(ROOT, 'entrypoints'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join('entrypoints', entry.name, 'index.html'));
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(pages.flatMap((page) => pageHtmlProblems(readFileSync(path.join(ROOT, page), 'utf8'), page))).toEqual([]);
});

// The checks themselves must be able to fail.
describe('the policy checks', () => {
  it('read the README table', () => {
    const readme = '# X\n## Permissions\n| permission | why |\n| --- | --- |\n| `storage` | settings |\n| `tabs` | titles |\n\nNo hosts.\n## Next\n| `other` | x |\n';
    expect(documentedPermissions(readme)).toEqual(['storage', 'tabs']);
    expect(() => documentedPermissions('# X\n')).toThrow(/Permissions/);
    expect(() => documentedPermissions('## Permissions\n| `tabs` |  |\n')).toThrow(/why/);
  });

  it('catch an undocumented permission or host', () => {
    expect(requestedPermissions({ permissions: ['storage'], host_permissions: ['https://*/*'], optional_permissions: ['tabs'] })).toEqual(['https://*/*', 'storage', 'tabs']);
  });

  it('tell hosts granted at install from hosts asked for later', () => {
    const manifest = { permissions: ['storage', 'http://a.example/*'], host_permissions: ['https://*/*'], optional_permissions: ['tabs', 'http://*/*'], optional_host_permissions: ['https://*/*'] };
    expect(requiredHostPermissions(manifest)).toEqual(['http://a.example/*', 'https://*/*']);
    expect(optionalHostPermissions(manifest)).toEqual(['http://*/*', 'https://*/*']);
  });

  it('catch host access at install, even the optional patterns', () => {
    expect(manifestExposureProblems({ permissions: ['storage', 'https://*/*'] })).toEqual(['host permissions: https://*/*']);
    expect(manifestExposureProblems({ host_permissions: ['http://*/*'] })).toEqual(['host permissions: http://*/*', 'host_permissions is not empty']);
  });

  it('catch optional host access wider than http and https sites', () => {
    expect(manifestExposureProblems({ optional_host_permissions: ['http://*/*', 'https://*/*'] })).toEqual([]);
    expect(manifestExposureProblems({ optional_permissions: ['*://*/*', 'file:///*', 'https://*/*'] })).toEqual(['optional host permissions beyond http and https sites: *://*/*, file:///*']);
    expect(manifestExposureProblems({ optional_host_permissions: ['<all_urls>'] })).toEqual([
      'optional host permissions beyond http and https sites: <all_urls>',
      '<all_urls> appears in the manifest',
    ]);
  });

  it('catch exposure to web pages', () => {
    expect(
      manifestExposureProblems({
        permissions: ['storage', '<all_urls>'],
        content_scripts: [{ matches: ['https://*/*'], js: ['c.js'] }],
        externally_connectable: { matches: ['https://*.example/*'] },
        web_accessible_resources: [{ resources: ['reader.html'], matches: ['<all_urls>'] }],
      }),
    ).toEqual([
      'host permissions: <all_urls>',
      '<all_urls> appears in the manifest',
      'content_scripts declared: pages would run our code without a click',
      'externally_connectable declared: web pages could message the background',
      'web_accessible_resources declared: web pages could load extension files',
    ]);
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'", ["script-src allows 'unsafe-inline'"]],
    ["script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'", ["script-src allows 'unsafe-eval'"]],
    ["script-src 'self' https://cdn.example; object-src 'none'; base-uri 'none'", ['script-src allows a remote source: https://cdn.example']],
    ["script-src 'self'; object-src 'self'; base-uri 'none'", ["object-src is not 'none'"]],
    ["script-src 'self'; base-uri 'none'", ["object-src is not 'none'"]],
    ["object-src 'none'; base-uri 'none'", ['neither script-src nor default-src is set']],
  ])('catch a weak CSP: %s', (csp, problems) => {
    expect(cspProblems(csp)).toEqual(problems);
  });

  it('catch inline script in a page', () => {
    const html = '<!doctype html><html><head><script>alert(1)</script><script src="https://cdn.example/x.js"></script></head><body onload="go()"><a href="javascript:x()">x</a></body></html>';
    expect(pageHtmlProblems(html, 'p.html')).toEqual([
      'p.html: inline <script>',
      'p.html: <script> with inline code',
      'p.html: remote script https://cdn.example/x.js',
      'p.html: inline handler onload on <body>',
      'p.html: javascript: URL in href',
    ]);
  });
});
