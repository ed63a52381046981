import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noHtmlSinks } from './build/no-html-sinks';
import { quietReadability } from './build/quiet-readability';

/** The widest access the option may ask for, one site at a time (tests/security/manifest-policy.ts holds it to this). */
const SITE_ACCESS = ['http://*/*', 'https://*/*'] as const;

// Permissions are documented in README.md ("Permissions"); tests/manifest.test.ts fails when they drift.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // CLEARPRESS_OUT_DIR gives an engineer's build its own folder (.output-NAME, ignored by git), so a benchmark
  // or browser test on one build is not disturbed by another engineer rebuilding .output.
  outDir: process.env.CLEARPRESS_OUT_DIR ?? '.output',
  // noHtmlSinks: no string-to-DOM sink in any bundle, library code included (Firefox's add-on linter flags them).
  // quietReadability: Readability's debug logging (never on) left out of the bundles.
  vite: () => ({ plugins: [preact(), quietReadability(), noHtmlSinks()] }),
  // `npm run zip`: the store zips, plus the sources zip Firefox's reviewers rebuild from (`npm ci && npx wxt build
  // -b firefox`). WXT already leaves out node_modules, dot folders, the build output and *.test.* files; the rest
  // of what is left out is development-only (tests, browser tests, benches, the Node CLI, screenshots) or scratch.
  zip: {
    excludeSources: ['tests/**', 'e2e/**', 'bench/**', 'cli/**', 'docs/**', 'scratch/**', 'web-ext-artifacts/**', '**/*.log', 'vitest.config.ts'],
  },
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    // "Always use the reader view on <site>" asks for that one host at the reader's click (utils/auto-reader/);
    // nothing at install. WXT 0.21 drops optional_host_permissions from MV2 manifests: Firefox's MV2 takes host
    // patterns in optional_permissions.
    ...(browser === 'firefox' && manifestVersion === 2 ? { optional_permissions: [...SITE_ACCESS] } : { optional_host_permissions: [...SITE_ACCESS] }),
    // Test-only build (`--mode e2e`, out to .output/*-e2e): Firefox tests cannot click the toolbar button to
    // grant activeTab, so that build may read the local fixture server. The production build never has it.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    icons: { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png', 128: '/icons/128.png' },
    },
    commands: {
      'toggle-reader': {
        // Chrome leaves Alt+Shift+R unassigned (one of its own accelerators), so it suggests Alt+Shift+D
        // ("distraction-free"); Firefox takes Alt+Shift+R. e2e/shortcut.e2e.ts checks Chrome's assignment.
        suggested_key: { default: browser === 'firefox' ? 'Alt+Shift+R' : 'Alt+Shift+D' },
        description: '__MSG_commandToggleReader__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'reader@clearpress.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
