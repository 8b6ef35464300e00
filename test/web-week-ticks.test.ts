/** The charts' date axis labels fewer weeks on narrow screens, so labels never overlap. */
import { describe, expect, test } from 'vitest';
import { LABEL_GAP_PX, weekStep, weekTicks } from '../web/src/components/progress/week-ticks.js';

const WEEK = 7 * 86_400;
const weeks = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => 1_700_000_000 + i * WEEK);
/** "Sep 22" in 16px system-ui is about 50 px wide. */
const LABEL = 52;

describe('week ticks', () => {
  test('12 weeks on a phone (about 280 px of plot) label every 3 or 4 weeks', () => {
    const step = weekStep(12, 280, LABEL);
    expect(step).toBeGreaterThanOrEqual(3);
    expect(step).toBeLessThanOrEqual(4);
  });

  test('12 weeks on a wide screen (about 640 px of plot) label every 1 or 2 weeks', () => {
    expect(weekStep(12, 640, LABEL)).toBeLessThanOrEqual(2);
  });

  test('neighbouring labels never come closer than a label plus the gap', () => {
    for (const count of [2, 5, 12, 26, 52, 156]) {
      for (const plot of [200, 280, 320, 480, 640]) {
        const xs = weeks(count);
        const ticks = weekTicks(xs, plot, LABEL);
        const pxPerSecond = plot / ((xs.at(-1) ?? 0) - (xs[0] ?? 0));
        for (let i = 1; i < ticks.length; i += 1) {
          const apart = ((ticks[i] ?? 0) - (ticks[i - 1] ?? 0)) * pxPerSecond;
          expect(apart, `${String(count)} weeks in ${String(plot)} px`).toBeGreaterThanOrEqual(
            LABEL + LABEL_GAP_PX - 1e-9,
          );
        }
      }
    }
  });

  test('the latest week is always labelled, and every label is a week of the data', () => {
    const xs = weeks(12);
    const ticks = weekTicks(xs, 280, LABEL);
    expect(ticks.at(-1)).toBe(xs.at(-1));
    expect(ticks.every((tick) => xs.includes(tick))).toBe(true);
    expect(weekTicks(xs.slice(0, 1), 280, LABEL)).toStrictEqual(xs.slice(0, 1));
    expect(weekTicks([], 280, LABEL)).toStrictEqual([]);
  });
});
