export function Summary({ summary }: { summary: string }) {
  if (!summary) return null;
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <p>{summary}</p>
    </section>
  );
}
