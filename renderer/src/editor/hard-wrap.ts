/**
 * Hard-wrapped manuscripts (lines broken at ~70 columns, as Project Gutenberg and many drafts are) read badly
 * when the editor wraps them again: each line that is a little wider than the text column leaves a one-word
 * orphan line. Such a manuscript is shown with its own line breaks and a column wide enough for them; its
 * bytes, line breaks included, are never changed.
 */

/**
 * The width, in characters, a manuscript is hard-wrapped at, or undefined when it is not hard-wrapped: at least
 * twenty lines that continue a paragraph, nine in ten of them no longer than the longest of the commonest width
 * (40–100 characters), and most at least half of it.
 */
export function hardWrapWidth(text: string): number | undefined {
  const lines = text.split('\n');
  const inner: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // A line followed by more of the same paragraph: the paragraph's last line is short by nature.
    if (line.trim() && lines[i + 1]!.trim()) inner.push(line.length);
  }
  if (inner.length < 20) return undefined;
  const sorted = [...inner].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 40 || width > 100) return undefined;
  const fit = inner.filter((n) => n <= width).length / inner.length;
  const full = inner.filter((n) => n >= width / 2).length / inner.length;
  return fit >= 0.9 && full >= 0.8 ? Math.max(...sorted.slice(-Math.ceil(sorted.length * 0.02))) : undefined;
}
