import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { readsMoreOfArticle } from './readability-alone';

const para = (topic: string): string =>
  `<p>The ${topic} paragraph tells the reader what happened at the port this week, who said what about it, and what comes next for the town.</p>`;

describe('readsMoreOfArticle', () => {
  const firstHalf = ['strike', 'vote', 'talks', 'union'];
  const secondHalf = ['ferry', 'fares', 'mayor', 'court'];

  it('takes Readability\'s pick when it holds all of ours and adds the other half of the story', () => {
    const ours = bodyOf(secondHalf.map(para).join(''));
    const plain = bodyOf([...firstHalf, ...secondHalf].map(para).join(''));
    expect(readsMoreOfArticle(plain, ours, [])).toBe(true);
  });

  it('keeps ours when what Readability adds is what our rules removed, too little, or comes at the cost of our text', () => {
    const ours = bodyOf(secondHalf.map(para).join(''));
    const plain = bodyOf([...firstHalf, ...secondHalf].map(para).join(''));
    const removedText = bodyOf(firstHalf.map(para).join('')).textContent!;
    expect(readsMoreOfArticle(plain, ours, [removedText])).toBe(false);
    expect(readsMoreOfArticle(bodyOf([firstHalf[0]!, ...secondHalf].map(para).join('')), ours, [])).toBe(false);
    expect(readsMoreOfArticle(bodyOf([...firstHalf, ...secondHalf.slice(1)].map(para).join('')), ours, [])).toBe(false);
  });
});
