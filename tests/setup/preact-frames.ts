/**
 * Preact runs effects after the next animation frame, or after 100 ms when no frame comes (preact/hooks'
 * afterNextFrame). In jsdom that fallback timer can outlive a file's last test: it then calls
 * cancelAnimationFrame after the environment is gone, and vitest fails the whole run on the uncaught error
 * (seen once on a loaded machine, after the options page's storage test). Each jsdom file waits it out.
 */
import { afterAll } from 'vitest';

const PREACT_FRAME_FALLBACK_MS = 100;

afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS + 50));
});
