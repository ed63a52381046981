import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeReportingCredits } from './remove-reporting-credits';
import { testContext } from './test-context';

describe('removeReportingCredits', () => {
  it('removes wire credits in English, French, German and Spanish', () => {
    const body = bodyOf(`<p>Shares closed 2% higher on Friday.</p>
      <p>(Reporting by Jane Doe in New York; additional reporting by John Roe; Editing by Ann Poe)</p>
      <p><em>Max Muster contributed reporting from Berlin.</em></p>
      <p>Avec AFP</p><p>Mitarbeit: Erika Mustermann</p><p>Con información de EFE.</p>`);
    expect(removeReportingCredits.removeFrom(body, testContext).map((r) => r.text)).toEqual([
      '(Reporting by Jane Doe in New York; additional reporting by John Roe; Editing by Ann Poe)',
      'Max Muster contributed reporting from Berlin.',
      'Avec AFP',
      'Mitarbeit: Erika Mustermann',
      'Con información de EFE.',
    ]);
    expect(blockText(body)).toBe('Shares closed 2% higher on Friday.');
  });
  it('keeps prose about reporting and credits inside quotes', () => {
    const body = bodyOf(`<p>Reporting by local papers on the case has been sparse, the union said in a statement on Friday.</p>
      <blockquote><p>Reporting by Jane Doe</p></blockquote>`);
    expect(removeReportingCredits.removeFrom(body, testContext)).toEqual([]);
  });
});
