/** Ratings as stars for the book and film pickers: `★★★★☆` for 4, `★★★½☆` for 3.5. */
/** Quarter stars (StoryGraph) round down to the half; out of 0–5 is no rating. */
export function stars(value: unknown): string | undefined {
  const rating =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(rating) || rating <= 0 || rating > 5) return undefined;
  const halves = Math.floor(rating * 2);
  const full = Math.floor(halves / 2);
  const half = halves % 2 === 1;
  const text = `${'★'.repeat(full)}${half ? '½' : ''}${'☆'.repeat(5 - full - (half ? 1 : 0))}`;
  return `${text} (${rating} of 5)`;
}

/** A front-matter value as text (index.ts's textOf, here so pickers need not import index.ts). */
export const valueText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() || undefined
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;
