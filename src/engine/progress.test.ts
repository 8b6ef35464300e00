/** Specifies the weekly walking figures and the trend rule, and checks they hold under other process time zones. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  computeProgress,
  dateIn,
  isCalendarDate,
  median,
  weekStartOf,
  type ProgressWalk,
} from './progress.js';

/** Wednesday 18 March 2026, noon UTC: the current week starts Monday 16 March. */
const NOW = new Date('2026-03-18T12:00:00Z');
const UTC = { now: NOW, timeZone: 'UTC' };

/** Walks on the Monday, Tuesday, ... of a week: one per entry, as [minutes until symptoms, pain after]. */
function week(
  monday: string,
  entries: ReadonlyArray<readonly [number | null | undefined, number]>,
): ProgressWalk[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return entries.map(([until, painAfter], i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    minutes: 30,
    ...(until === undefined ? {} : { minutesUntilSymptoms: until }),
    painAfter,
  }));
}

describe('weekly figures', () => {
  it('groups walks into Monday-to-Sunday weeks by the date the person gave', () => {
    expect(weekStartOf('2026-03-16')).toBe('2026-03-16');
    expect(weekStartOf('2026-03-22')).toBe('2026-03-16');
    expect(weekStartOf('2026-03-23')).toBe('2026-03-23');
    expect(weekStartOf('2024-01-01')).toBe('2024-01-01');
    expect(weekStartOf('2023-12-31')).toBe('2023-12-25');
  });

  it('gives walks, total minutes, median minutes until symptoms and median pain after per week', () => {
    const walks = [
      { date: '2026-03-09', minutes: 20, minutesUntilSymptoms: 8, painAfter: 3 },
      { date: '2026-03-11', minutes: 25.5, minutesUntilSymptoms: 12, painAfter: 5 },
      { date: '2026-03-15', minutes: 10, painAfter: 4 },
    ];
    const progress = computeProgress(walks, { ...UTC, weeks: 2 });
    expect(progress.weeks).toStrictEqual([
      {
        weekStart: '2026-03-09',
        walks: 3,
        totalMinutes: 55.5,
        medianMinutesUntilSymptoms: 10,
        symptomFreeWalks: 0,
        medianPainAfter: 4,
        counted: true,
        complete: true,
      },
      {
        weekStart: '2026-03-16',
        walks: 0,
        totalMinutes: 0,
        medianMinutesUntilSymptoms: null,
        symptomFreeWalks: 0,
        medianPainAfter: null,
        counted: false,
        complete: false,
      },
    ]);
  });

  it('counts a symptom-free walk as its full length, and leaves out walks where symptoms were not recorded', () => {
    const walks = [
      { date: '2026-03-09', minutes: 40, minutesUntilSymptoms: null, painAfter: 1 },
      { date: '2026-03-10', minutes: 30, minutesUntilSymptoms: 10, painAfter: 1 },
      { date: '2026-03-11', minutes: 30, minutesUntilSymptoms: 20, painAfter: 1 },
      { date: '2026-03-12', minutes: 30, painAfter: 1 },
    ];
    const [figures] = computeProgress(walks, { ...UTC, weeks: 2 }).weeks;
    expect(figures?.medianMinutesUntilSymptoms).toBe(20);
    expect(figures?.symptomFreeWalks).toBe(1);
  });

  it('returns as many weeks as asked, ending with the current week', () => {
    const progress = computeProgress([], { ...UTC, weeks: 156 });
    expect(progress.weeks).toHaveLength(156);
    expect(progress.weeks.at(-1)?.weekStart).toBe('2026-03-16');
    expect(progress.weeks.at(-1)?.complete).toBe(false);
  });

  it('leaves out walks dated after today', () => {
    const progress = computeProgress([{ date: '2026-03-20', minutes: 30, painAfter: 2 }], UTC);
    expect(progress.weeks.at(-1)?.walks).toBe(0);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('the trend', () => {
  it('has not enough data with fewer than 3 weeks of at least 2 walks', () => {
    const walks = [
      ...week('2026-03-02', [
        [10, 3],
        [10, 3],
      ]),
      ...week('2026-03-09', [
        [10, 3],
        [10, 3],
      ]),
    ];
    const { trend, warnings } = computeProgress(walks, UTC);
    expect(trend.status).toBe('not_enough_data');
    expect(trend.countedWeeks).toBe(2);
    expect(trend.reason).toContain('at least 3 weeks');
    expect(warnings).toStrictEqual([]);
  });

  it('ignores weeks with fewer than 2 walks', () => {
    const walks = [
      ...week('2026-02-16', [[1, 9]]),
      ...week('2026-02-23', [
        [20, 3],
        [20, 3],
      ]),
      ...week('2026-03-02', [[2, 9]]),
      ...week('2026-03-09', [
        [20, 3],
        [20, 3],
      ]),
      ...week('2026-03-16', [
        [20, 3],
        [20, 3],
      ]),
    ];
    const { trend, weeks } = computeProgress(walks, UTC);
    expect(weeks.filter((w) => w.walks === 1).every((w) => !w.counted)).toBe(true);
    expect(trend.status).toBe('stable');
    expect(trend.earlierWeeks).toStrictEqual(['2026-02-23']);
    expect(trend.recentWeeks).toStrictEqual(['2026-03-09', '2026-03-16']);
  });

  it('is improving when walking tolerance rises by 30% and 2 minutes or more', () => {
    const walks = [
      ...week('2026-02-23', [
        [10, 4],
        [10, 4],
      ]),
      ...week('2026-03-02', [
        [10, 4],
        [10, 4],
      ]),
      ...week('2026-03-09', [
        [14, 4],
        [14, 4],
      ]),
      ...week('2026-03-16', [
        [13, 4],
        [13, 4],
      ]),
    ];
    const { trend, warnings } = computeProgress(walks, UTC);
    expect(trend.status).toBe('improving');
    expect(trend.tolerance).toStrictEqual({ earlier: 10, recent: 13.5, direction: 'better' });
    expect(trend.reason).toMatch(/^Getting better: .*up from 10 minutes/);
    expect(warnings).toStrictEqual([]);
  });

  it('is improving when pain after walking falls by 2 points or more', () => {
    const walks = [
      ...week('2026-02-23', [
        [10, 6],
        [10, 6],
      ]),
      ...week('2026-03-02', [
        [10, 6],
        [10, 5],
      ]),
      ...week('2026-03-09', [
        [10, 3],
        [10, 4],
      ]),
      ...week('2026-03-16', [
        [10, 3],
        [10, 3],
      ]),
    ];
    const { trend } = computeProgress(walks, UTC);
    expect(trend.status).toBe('improving');
    expect(trend.painAfter.direction).toBe('better');
  });

  it('is stable when the changes are smaller than the thresholds', () => {
    const walks = [
      ...week('2026-02-23', [
        [20, 4],
        [20, 4],
      ]),
      ...week('2026-03-02', [
        [20, 4],
        [20, 4],
      ]),
      ...week('2026-03-09', [
        [24, 3],
        [24, 3],
      ]),
      ...week('2026-03-16', [
        [25, 3],
        [25, 3],
      ]),
    ];
    const { trend } = computeProgress(walks, UTC);
    expect(trend.status).toBe('stable');
    expect(trend.reason).toMatch(/^About the same/);
  });

  it('does not call a change of a minute on a short walk a trend', () => {
    const walks = [
      ...week('2026-02-23', [
        [2, 4],
        [2, 4],
      ]),
      ...week('2026-03-02', [
        [2, 4],
        [2, 4],
      ]),
      ...week('2026-03-09', [
        [1, 4],
        [1, 4],
      ]),
      ...week('2026-03-16', [
        [1, 4],
        [1, 4],
      ]),
    ];
    expect(computeProgress(walks, UTC).trend.tolerance.direction).toBe('same');
  });

  it('is worsening when walking tolerance falls, and flags that as a warning sign', () => {
    const walks = [
      ...week('2026-02-23', [
        [20, 3],
        [20, 3],
      ]),
      ...week('2026-03-02', [
        [20, 3],
        [20, 3],
      ]),
      ...week('2026-03-09', [
        [12, 3],
        [12, 3],
      ]),
      ...week('2026-03-16', [
        [10, 3],
        [10, 3],
      ]),
    ];
    const { trend, warnings } = computeProgress(walks, UTC);
    expect(trend.status).toBe('worsening');
    expect(trend.reason).toMatch(/^Getting worse: .*down from 20 minutes/);
    expect(warnings.map((w) => w.code)).toStrictEqual(['walking_tolerance_worsening']);
    expect(warnings[0]?.message).toContain('triage advice');
  });

  it('is worsening when pain after walking rises by 2 points, even if tolerance improves', () => {
    const walks = [
      ...week('2026-02-23', [
        [10, 2],
        [10, 2],
      ]),
      ...week('2026-03-02', [
        [10, 2],
        [10, 2],
      ]),
      ...week('2026-03-09', [
        [20, 5],
        [20, 5],
      ]),
      ...week('2026-03-16', [
        [20, 4],
        [20, 4],
      ]),
    ];
    const { trend, warnings } = computeProgress(walks, UTC);
    expect(trend.status).toBe('worsening');
    expect(trend.tolerance.direction).toBe('better');
    expect(trend.painAfter.direction).toBe('worse');
    expect(warnings).toStrictEqual([]);
  });

  it('compares the last 2 counted weeks with at most 4 counted weeks before them', () => {
    const mondays = [
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
    ];
    const walks = mondays.flatMap((monday, i) =>
      week(monday, [
        [i === 0 ? 99 : 10, 3],
        [i === 0 ? 99 : 10, 3],
      ]),
    );
    const { trend } = computeProgress(walks, UTC);
    expect(trend.earlierWeeks).toStrictEqual([
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
    ]);
    expect(trend.recentWeeks).toStrictEqual(['2026-02-09', '2026-02-16']);
    expect(trend.status).toBe('stable');
  });

  it('looks only at the last 12 weeks', () => {
    const walks = [
      ...week('2025-11-03', [
        [1, 9],
        [1, 9],
      ]),
      ...week('2026-03-02', [
        [10, 3],
        [10, 3],
      ]),
      ...week('2026-03-09', [
        [10, 3],
        [10, 3],
      ]),
    ];
    expect(computeProgress(walks, UTC).trend.status).toBe('not_enough_data');
  });
});

describe('time zones', () => {
  // Sunday 22 March 2026, 20:00 UTC: still Sunday in New York, already Monday in Auckland.
  const SUNDAY_EVENING_UTC = new Date('2026-03-22T20:00:00Z');

  it("takes today from the person's time zone, not the server's", () => {
    expect(dateIn(SUNDAY_EVENING_UTC, 'America/New_York')).toBe('2026-03-22');
    expect(dateIn(SUNDAY_EVENING_UTC, 'Pacific/Auckland')).toBe('2026-03-23');
    const ny = computeProgress([], { now: SUNDAY_EVENING_UTC, timeZone: 'America/New_York' });
    const akl = computeProgress([], { now: SUNDAY_EVENING_UTC, timeZone: 'Pacific/Auckland' });
    expect(ny.weeks.at(-1)?.weekStart).toBe('2026-03-16');
    expect(akl.weeks.at(-1)?.weekStart).toBe('2026-03-23');
  });

  it('moves the 12-week window with the week the person is in', () => {
    const walks = [
      ...week('2025-12-29', [
        [10, 3],
        [10, 3],
      ]),
      ...week('2026-01-05', [
        [10, 3],
        [10, 3],
      ]),
      ...week('2026-01-12', [
        [10, 3],
        [10, 3],
      ]),
    ];
    expect(
      computeProgress(walks, { now: SUNDAY_EVENING_UTC, timeZone: 'America/New_York' }).trend
        .status,
    ).toBe('stable');
    expect(
      computeProgress(walks, { now: SUNDAY_EVENING_UTC, timeZone: 'Pacific/Auckland' }).trend
        .status,
    ).toBe('not_enough_data');
  });

  it('counts a walk in the week of its calendar date, whatever the time zone', () => {
    const walks = [{ date: '2026-03-22', minutes: 30, painAfter: 2 }];
    for (const timeZone of ['America/New_York', 'Pacific/Auckland', 'UTC']) {
      const { weeks } = computeProgress(walks, { now: SUNDAY_EVENING_UTC, timeZone, weeks: 2 });
      expect(weeks.find((w) => w.weekStart === '2026-03-16')?.walks).toBe(1);
    }
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
  });

  const childTz = process.env['STRIDE_PROGRESS_TZ_CHILD'];
  it.runIf(childTz !== undefined)('runs in the process time zone it was started with', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(childTz);
  });

  describe.skipIf(childTz !== undefined)('the whole file under other process time zones', () => {
    const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
    const file = fileURLToPath(import.meta.url);
    for (const timeZone of ['America/New_York', 'Pacific/Auckland']) {
      it(`passes with TZ=${timeZone}`, () => {
        const run = spawnSync(process.execPath, [vitest, 'run', file], {
          env: { ...process.env, TZ: timeZone, STRIDE_PROGRESS_TZ_CHILD: timeZone },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
        expect(run.stdout).toMatch(/passed/);
      });
    }
  });
});
