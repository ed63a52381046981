/** An extractive summary of 1 to 3 sentences. (First version: the first sentences up to 90 words.) */
export function summarize(text: string, _options: { headline: string; lang: string | null }): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, 60).join(' ');
}
