import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

// WXT's vitest plugin skips wxt.config's Vite plugins, so Preact is added again here.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.output/**', '.output-*/**', '.wxt/**', 'scratch/**'],
    environment: 'node',
    // The browser's i18n, which WXT's fake browser lacks, answered from locales/*.yml.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/preact-frames.ts'],
    testTimeout: 20000,
  },
});
