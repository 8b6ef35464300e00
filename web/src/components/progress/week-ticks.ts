/** Which weeks a chart labels on its date axis: few enough that no two labels touch, however narrow the screen. */

/** Steps between labelled weeks, smallest first: every week, every 2, 3 or 4 weeks, then coarser for long diaries. */
const STEPS = [1, 2, 3, 4, 6, 8, 13, 26, 52] as const;

/** Room between two labels, in CSS pixels, so they read as separate dates. */
export const LABEL_GAP_PX = 12;

/** The week step: the smallest whose spacing fits the widest label plus a gap. */
export function weekStep(weekCount: number, plotWidthPx: number, labelWidthPx: number): number {
  if (weekCount < 2) {
    return 1;
  }
  const perWeek = plotWidthPx / (weekCount - 1);
  const needed = labelWidthPx + LABEL_GAP_PX;
  return STEPS.find((step) => step * perWeek >= needed) ?? Math.ceil(needed / perWeek);
}

/**
 * The x values to label: every `step`-th week counted back from the latest, so the newest week
 * always has its date and each label sits under a week's point.
 */
export function weekTicks(xs: readonly number[], plotWidthPx: number, labelWidthPx: number): number[] {
  const step = weekStep(xs.length, plotWidthPx, labelWidthPx);
  const ticks: number[] = [];
  for (let index = xs.length - 1; index >= 0; index -= step) {
    const x = xs[index];
    if (x !== undefined) {
      ticks.push(x);
    }
  }
  return ticks.reverse();
}
