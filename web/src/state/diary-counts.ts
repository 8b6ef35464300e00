/** The diary's counts (what eased a walk, why it ended) in the catalogue's words, never the API's keys. */

/**
 * "Sitting down (3), Leaning forward (1)": each answer some walk gave, in `order` (the diary
 * form's order), by its catalogue label; "" when no walk gave one.
 */
export function countsLine<K extends string>(
  counts: Readonly<Partial<Record<K, number>>>,
  order: readonly K[],
  labels: Readonly<Record<K, string>>,
  formatCount: (count: number) => string = String,
): string {
  return order
    .flatMap((key) => {
      const count = counts[key] ?? 0;
      return count > 0 ? [`${labels[key]} (${formatCount(count)})`] : [];
    })
    .join(', ');
}
