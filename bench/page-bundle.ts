/**
 * Bench code as one script for an extension page to evaluate: `entry` is module source, with paths from the
 * project root, that imports it and sets it on `globalThis`. Bundled rather than handed to `page.evaluate` as
 * functions: tsx wraps those in helpers the page lacks.
 */
export async function bundleForPage(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const path = await import('node:path');
  const root = path.resolve(import.meta.dirname, '..');
  const bundled = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    // The alias WXT gives the extension's own build for its messages.
    alias: { '#i18n': path.join(root, '.wxt/i18n/index.ts') },
    // Node-only imports of a bundled bench module (esbuild itself, node:path) are never reached in the page.
    external: ['esbuild', 'node:*'],
  });
  return bundled.outputFiles[0]?.text ?? '';
}
