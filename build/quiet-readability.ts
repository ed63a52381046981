/**
 * A Vite plugin that drops Readability's debug logging from the bundles. Its `this.log(...)` calls print only
 * with `debug: true`, which Clearpress never sets, yet their messages cost the injected script over a kilobyte
 * it must stay within. Each call becomes `0 && this.log(...)`, which the minifier removes; every call is a
 * statement of its own (checked: the count of rewritten calls must match), so no value changes. The Node CLI
 * and vitest run Readability unchanged.
 */
import type { Plugin } from 'vite';

const READABILITY = /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
const LOG_CALL = /^(\s*)this\.log\(/gm;

export function quietReadability(): Plugin {
  return {
    name: 'clearpress-quiet-readability',
    enforce: 'pre',
    transform(code, id) {
      // The file itself, not the CommonJS wrappers the bundler makes around it (`?commonjs-module`).
      if (id.includes('?') || !READABILITY.test(id)) return null;
      const calls = code.match(/\bthis\.log\(/g)?.length ?? 0;
      const statements = code.match(LOG_CALL)?.length ?? 0;
      if (calls === 0 || calls !== statements) this.error(`Readability's log calls changed shape (${calls} calls, ${statements} statements): review build/quiet-readability.ts`);
      return { code: code.replace(LOG_CALL, '$10 && this.log('), map: null };
    },
  };
}
