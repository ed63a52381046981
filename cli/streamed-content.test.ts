import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { revealStreamedContent } from './streamed-content';

const page = (body: string): Document => new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document;

describe('revealStreamedContent', () => {
  it('moves each streamed block into its boundary in place of the fallback, as the completion script does', () => {
    const doc = page(
      '<main><h1>Guide</h1><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><footer>Site</footer></main>' +
        '<script>$RC("B:0","S:0")</script><div hidden id="S:0"><p>First paragraph.</p><p>Second paragraph.</p></div>',
    );
    expect(revealStreamedContent(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe('<main><h1>Guide</h1><!--$?--><p>First paragraph.</p><p>Second paragraph.</p><!--/$--><footer>Site</footer></main><script>$RC("B:0","S:0")</script>');
  });

  it('keeps a nested boundary\'s close apart from its own, and leaves a block without a boundary hidden', () => {
    const doc = page('<!--$?--><template id="B:1"></template><!--$--><span>spinner</span><!--/$--><!--/$--><p>After</p><div hidden id="S:1"><p>Story</p></div><div hidden id="S:9"><p>Orphan</p></div>');
    expect(revealStreamedContent(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe('<!--$?--><p>Story</p><!--/$--><p>After</p><div hidden="" id="S:9"><p>Orphan</p></div>');
  });

  it('fills a placeholder a streamed block holds, and keeps the fallback when the page lost its boundary comments', () => {
    const doc = page(
      '<header>Menu</header><template id="B:1"></template><section>Skeleton</section><footer>Site</footer>' +
        '<div hidden id="S:1"><template id="P:2"></template><p>Byline</p></div><div hidden id="S:2"><main><p>Story</p></main></div>',
    );
    expect(revealStreamedContent(doc)).toBe(2);
    expect(doc.body.innerHTML).toBe('<header>Menu</header><main><p>Story</p></main><p>Byline</p><section>Skeleton</section><footer>Site</footer>');
  });
});
