import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removeCopyrightNotices } from './remove-copyright-notices';
import { testContext } from './test-context';

describe('removeCopyrightNotices', () => {
  it.each([
    ['© 2019 Example Media. All rights reserved.'],
    ['This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced.'],
    ['Copyright 2024 The Gazette'],
    ['Tous droits réservés.'],
    ['Alle Rechte vorbehalten.'],
  ])('removes "%s"', (line) => {
    const body = bodyOf(`<p>Story.</p><p>${line}</p>`);
    expect(removeCopyrightNotices.removeFrom(body, testContext)).toEqual([{ rule: 'copyright-notice', text: line }]);
  });
  it('keeps a paragraph about a copyright case', () => {
    const body = bodyOf('<p>The court ruled that the photographer held the copyright, and that the newspaper must pay damages of 20,000 euros for using the picture without permission on its front page.</p>');
    expect(removeCopyrightNotices.removeFrom(body, testContext)).toEqual([]);
  });
});
