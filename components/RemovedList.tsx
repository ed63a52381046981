import type { Removal } from '../utils/extract/types';

const MAX_TEXT = 220;

/** What the cleanup dropped, collapsed, so a reader can check nothing of the story went missing. */
export function RemovedList({ removed }: { removed: readonly Removal[] }) {
  return (
    <details class="removed">
      <summary>Removed from this page ({removed.length})</summary>
      {removed.length === 0 ? (
        <p>Nothing was removed.</p>
      ) : (
        <ul>
          {removed.map((item, i) => (
            <li key={i}>
              <span class="rule">{item.rule}</span> {item.text.length > MAX_TEXT ? `${item.text.slice(0, MAX_TEXT - 1)}…` : item.text}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
