import { describe, expect, it } from 'vitest';
import { picturesStatus } from './saved-pictures';

describe('picturesStatus', () => {
  it('says what was kept and why the rest was skipped', () => {
    expect(picturesStatus({ ok: true, kept: 1, bytes: 10, skipped: { limit: 0, access: 0, failed: 0 } })).toBe('1 picture kept with it.');
    expect(picturesStatus({ ok: true, kept: 20, bytes: 10, skipped: { limit: 3, access: 2, failed: 1 } })).toBe(
      '20 pictures kept with it. 3 more skipped: at most 20 pictures and 10 MB per article. 2 on other sites not kept (the options can allow pictures from other sites). 1 could not be fetched.',
    );
    expect(picturesStatus({ ok: true, kept: 0, bytes: 0, skipped: { limit: 0, access: 1, failed: 0 } })).toBe('1 on another site not kept (the options can allow pictures from other sites).');
    expect(picturesStatus({ ok: true, kept: 0, bytes: 0, skipped: { limit: 0, access: 0, failed: 0 } })).toBe('');
  });

  it('on a full disk, says the article was saved without its pictures, with the quota sentence', () => {
    const quota = 'Could not keep this article’s pictures: the browser has no storage left for the library. Nothing was changed. Export and delete some articles, or free disk space, then try again.';
    expect(picturesStatus({ ok: false, message: quota })).toBe(`Saved without its pictures. ${quota}`);
    expect(picturesStatus(null)).toBe('Saved without its pictures. Clearpress could not fetch them.');
  });
});
