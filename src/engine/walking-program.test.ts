/** The adaptive walking program: intervals for a stenosis pattern, +10% while pain stays low, hold or step back when it does not. */
import { describe, expect, test } from 'vitest';
import {
  daysBefore,
  walkingProgram,
  type ProgramResult,
  type ProgramWalk,
} from './walking-program.js';

const TODAY = '2026-03-15';

const stenosis: ProgramResult = {
  triage: { level: 'soon' },
  causes: [
    { id: 'spinal_stenosis', band: 'likely' },
    { id: 'facet_joint', band: 'possible' },
  ],
  minutesUntilPain: 10,
};
const strain: ProgramResult = {
  triage: { level: 'self_care' },
  causes: [{ id: 'muscle_strain', band: 'likely' }],
};

/** `count` walks over the last week, each `minutes` long with symptoms after `until` and `pain` after. */
function week(count: number, minutes: number, until: number | null, pain: number): ProgramWalk[] {
  return Array.from({ length: count }, (_, i) => ({
    date: daysBefore(TODAY, i),
    minutes,
    minutesUntilSymptoms: until,
    painAfter: pain,
  }));
}

describe('walkingProgram', () => {
  test('a stenosis pattern gets interval walking with sitting or leaning-forward breaks', () => {
    const program = walkingProgram({ walks: week(5, 25, 10, 2), latest: stenosis, today: TODAY });
    expect(program.pattern).toBe('interval');
    expect(program.breakKind).toBe('sit_or_lean_forward');
    expect(program.breakMinutes).toBeGreaterThan(0);
    expect(program.bouts).toBeGreaterThan(1);
    // Each bout stops a little before symptoms usually start (10 minutes), grown by 10%.
    expect(program.boutMinutes).toBe(9);
  });

  test('a vascular pattern rests by standing still', () => {
    const latest: ProgramResult = {
      ...stenosis,
      causes: [{ id: 'vascular_claudication', band: 'possible' }],
    };
    expect(walkingProgram({ walks: [], latest, today: TODAY }).breakKind).toBe('stand_still');
  });

  test('other patterns walk continuously', () => {
    const program = walkingProgram({ walks: week(4, 20, null, 1), latest: strain, today: TODAY });
    expect(program.pattern).toBe('continuous');
    expect(program.bouts).toBe(1);
    expect(program.breakMinutes).toBe(0);
  });

  test('low pain after walking: the week grows by about 10%', () => {
    const program = walkingProgram({ walks: week(5, 20, null, 2), latest: strain, today: TODAY });
    expect(program.status).toBe('increase');
    expect(program.weeklyMinutes).toBe(110);
    expect(program.boutMinutes).toBe(22);
  });

  test('moderate pain after walking: hold at the same amount', () => {
    const program = walkingProgram({ walks: week(5, 20, 15, 4), latest: stenosis, today: TODAY });
    expect(program.status).toBe('hold');
    // 12-minute bouts (80% of 15), twice a day, 5 days: the nearest whole bouts to last week's 100 minutes.
    expect(program).toMatchObject({ boutMinutes: 12, bouts: 2, weeklyMinutes: 120 });
  });

  test('high pain after walking: step back by a quarter', () => {
    const program = walkingProgram({ walks: week(4, 20, 8, 7), latest: stenosis, today: TODAY });
    expect(program.status).toBe('step_back');
    // Bouts a quarter shorter than 80% of 8 minutes; a day a quarter shorter than the usual 20-minute walk.
    expect(program).toMatchObject({ boutMinutes: 5, bouts: 3, weeklyMinutes: 75 });
  });

  test('too few walks this week: start gently, from the answered walking time', () => {
    const program = walkingProgram({ walks: week(1, 30, 20, 1), latest: stenosis, today: TODAY });
    expect(program.status).toBe('start');
    expect(program.boutMinutes).toBe(16);
  });

  test('no assessment and no walks still gives a gentle start', () => {
    const program = walkingProgram({ walks: [], latest: null, today: TODAY });
    expect(program).toMatchObject({
      status: 'start',
      pattern: 'continuous',
      boutMinutes: 10,
      weeklyMinutes: 50,
    });
  });

  test('an urgent or emergency triage stops the program', () => {
    for (const level of ['urgent', 'emergency'] as const) {
      const latest: ProgramResult = { ...stenosis, triage: { level } };
      expect(walkingProgram({ walks: week(5, 20, 15, 1), latest, today: TODAY }).status).toBe(
        'see_doctor',
      );
    }
  });

  test('walks older than 14 days or in the future do not count', () => {
    const walks: ProgramWalk[] = [
      { date: daysBefore(TODAY, 14), minutes: 60, painAfter: 9 },
      { date: '2026-03-16', minutes: 60, painAfter: 9 },
    ];
    expect(walkingProgram({ walks, latest: strain, today: TODAY }).basis.walks).toBe(0);
  });

  test('the week before counts only when the last 7 days hold too few walks', () => {
    const older = week(4, 40, null, 8).map((walk) => ({ ...walk, date: daysBefore(walk.date, 7) }));
    const program = walkingProgram({ walks: [...older, ...week(3, 20, null, 1)], latest: strain, today: TODAY });
    expect(program.basis).toMatchObject({ walks: 3, days: 7 });
    expect(program.status).toBe('increase');
  });

  test('six walks logged last week and none this week are judged, not met with "log a few walks"', () => {
    const lastWeek = week(6, 11, 5, 4).map((walk) => ({ ...walk, date: daysBefore(walk.date, 7) }));
    const program = walkingProgram({ walks: lastWeek, latest: stenosis, today: TODAY });
    expect(program.basis).toMatchObject({ walks: 6, days: 14 });
    expect(program.status).toBe('hold');
  });

  test('a walking day is never shorter than the usual walk, unless the plan steps back', () => {
    // Walks of 11 minutes with symptoms after 5: 4-minute bouts, but enough of them for 11 minutes a day.
    const program = walkingProgram({ walks: week(6, 11, 5, 4), latest: stenosis, today: TODAY });
    expect(program.boutMinutes).toBe(4);
    expect(program.boutMinutes * program.bouts).toBeGreaterThanOrEqual(11);
    for (const [minutes, until, pain] of [
      [11, 5, 1],
      [11, 5, 4],
      [30, 10, 2],
      [45, null, 3],
      [8, 2, 5],
      [25, 20, 0],
    ] as const) {
      for (const latest of [stenosis, strain]) {
        const plan = walkingProgram({ walks: week(5, minutes, until, pain), latest, today: TODAY });
        const factor = plan.status === 'increase' ? 1.1 : 1;
        expect(plan.boutMinutes * plan.bouts, `${String(minutes)} min, pain ${String(pain)}`).toBeGreaterThanOrEqual(
          Math.floor(minutes * factor),
        );
      }
    }
  });

  test('bouts stay between 2 and 30 minutes', () => {
    const long = walkingProgram({ walks: week(5, 120, 100, 0), latest: stenosis, today: TODAY });
    expect(long.boutMinutes).toBe(30);
    const short = walkingProgram({ walks: week(5, 1, 1, 0), latest: stenosis, today: TODAY });
    expect(short.boutMinutes).toBe(2);
  });

  test('daysBefore crosses months and years in UTC', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-01-03', 6)).toBe('2025-12-28');
  });
});
