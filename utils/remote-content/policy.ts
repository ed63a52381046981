/**
 * The Content-Security-Policy of extension pages that show saved articles without the web: pictures, media and
 * fonts only from the extension itself or from memory (`blob:` object URLs of pictures kept on the device, `data:`),
 * styles only from the extension's files or inline, no frames. It backs up the placeholders
 * (components/picture-placeholders.ts): whatever a saved article's HTML still names, the browser loads nothing from
 * the network. The manifest's policy (scripts) still applies; both are enforced.
 *
 * The library page carries it in its static HTML (entrypoints/library/index.html; tests/remote-content.test.ts keeps
 * the two the same). The reader page shows the live page too, whose pictures it loads, so it adds the policy when
 * it opens a saved copy, before the article is rendered. Chosen over a second reader entry point with a static
 * policy on evidence: a `<meta>` policy added to the head by script governs every load after it
 * (https://w3c.github.io/webappsec-csp/#meta-element), and Chromium 156 and Firefox ESR 153 both enforce it in
 * extension pages (pictures, video, fetch, fonts, CSS imports and backgrounds all stopped, counted at a local
 * server); e2e/remote-content.e2e.ts keeps checking it with a picture of its own. One page keeps one address for
 * saved copies (library links, highlights, history). A policy cannot be taken back, so "Show pictures" reloads the
 * page without it.
 */
export const NO_REMOTE_CONTENT_POLICY =
  "img-src 'self' blob: data:; media-src 'self' blob: data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self' blob: data:; frame-src 'none'";

/** Adds the policy to `doc` (see above): from now on nothing in it loads from the network. */
export function blockRemoteContent(doc: Document): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = NO_REMOTE_CONTENT_POLICY;
  doc.head.append(meta);
}
