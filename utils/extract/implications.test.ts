import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { findImplications } from './implications';

const cite = (id: string): string => `<sup><a href="#source-${id}" data-source-id="${id}">[${id}]</a></sup>`;

describe('findImplications', () => {
  it('reads items with bold lead-ins under an "Implications" heading, without labels and markers', () => {
    const content = bodyOf(`
      <p>Wagner is leaving Mali.</p>
      <h3>Implications for Mali and the Region</h3>
      <ul>
        <li><strong>Enduring Russian Influence:</strong> The Africa Corps is poised to carry on operations ${cite('3')}.</li>
        <li><strong>Human Rights Woes</strong>: Abuses may persist under the new group ${cite('1')}${cite('3')}${cite('1')}.</li>
      </ul>`);
    expect(findImplications(content)).toEqual([
      { label: 'Enduring Russian Influence', text: 'The Africa Corps is poised to carry on operations.', sourceIds: ['3'] },
      { label: 'Human Rights Woes', text: 'Abuses may persist under the new group.', sourceIds: ['1', '3'] },
    ]);
  });

  it('reads a "Key takeaways" list without labels', () => {
    const content = bodyOf(`
      <div><h2>Key takeaways</h2><ul>
        <li>About 1,200 dock jobs could go by 2030.${cite('1')}</li>
        <li>Unions ask for a retraining fund.</li>
      </ul></div>
      <p>Automated cranes could remove jobs.</p>`);
    expect(findImplications(content)).toEqual([
      { label: null, text: 'About 1,200 dock jobs could go by 2030.', sourceIds: ['1'] },
      { label: null, text: 'Unions ask for a retraining fund.', sourceIds: [] },
    ]);
  });

  it('reads a German "Was das bedeutet" list after a bold line', () => {
    const content = bodyOf(`
      <p>Die Bahn streicht Verbindungen.</p>
      <p><strong>Was das bedeutet:</strong></p>
      <ul><li>Pendler brauchen mehr Zeit.</li><li>Der Fernverkehr wird teurer.</li></ul>`);
    expect(findImplications(content)).toEqual([
      { label: null, text: 'Pendler brauchen mehr Zeit.', sourceIds: [] },
      { label: null, text: 'Der Fernverkehr wird teurer.', sourceIds: [] },
    ]);
  });

  it('finds a list of bold "Label:" statements without a heading', () => {
    const content = bodyOf(`
      <p>The vote changes three things.</p>
      <ul>
        <li><b>Budget:</b> The council must find four million euros before the summer recess.</li>
        <li><b>Schools:</b> Two primary schools will merge into one campus next autumn.</li>
      </ul>`);
    expect(findImplications(content).map((i) => i.label)).toEqual(['Budget', 'Schools']);
  });

  it('returns [] for an ordinary list of facts, or short labelled hours', () => {
    const content = bodyOf(`
      <h2>More seats, longer hours</h2>
      <ul><li>The building has 640 seats.</li><li>A rooftop room seats 80 readers.</li></ul>
      <ul><li><strong>Saturday:</strong> 9am to 6pm</li><li><strong>Sunday:</strong> 11am to 5pm</li></ul>`);
    expect(findImplications(content)).toEqual([]);
  });

  it('reads a label with white space before its colon, and closes up white space before punctuation', () => {
    const content = bodyOf(`
      <h3>Key takeaways</h3>
      <ul>
        <li><strong>Costs \t:</strong> Fares rise ${cite('2')} , then fall ; riders wait  ! Why ?</li>
        <li><b>Jobs</b> : Some 300 posts go .</li>
        <li><strong>Timeline  </strong>: Work starts in May&nbsp;.</li>
      </ul>`);
    expect(findImplications(content)).toEqual([
      { label: 'Costs', text: 'Fares rise, then fall; riders wait! Why?', sourceIds: ['2'] },
      { label: 'Jobs', text: 'Some 300 posts go.', sourceIds: [] },
      { label: 'Timeline', text: 'Work starts in May.', sourceIds: [] },
    ]);
  });
});
