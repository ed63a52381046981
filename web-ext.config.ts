import { defineWebExtConfig } from 'wxt';

// No display here: `wxt` (dev) must not try to open a browser.
export default defineWebExtConfig({ disabled: true });
