/** Plans next week's walking from the diary and the latest result: interval walking with breaks for a stenosis pattern, graded increases while pain after walking stays low, and a hold or step back when it does not. Pure: no IO, no clock. */
import type { WalkEntry } from './walk.js';

/** What the program needs of a walk (the diary's own fields). */
export type ProgramWalk = Pick<
  WalkEntry,
  'date' | 'minutes' | 'minutesUntilSymptoms' | 'painAfter' | 'reliefBy'
>;

/** What the program needs of the latest assessment result. */
export interface ProgramResult {
  readonly triage: { readonly level: 'emergency' | 'urgent' | 'soon' | 'self_care' };
  readonly causes: readonly {
    readonly id: string;
    readonly band: 'likely' | 'possible' | 'unlikely';
  }[];
  /** The answer to "minutes until pain", if given. */
  readonly minutesUntilPain?: number | null | undefined;
}

export interface ProgramInput {
  readonly walks: readonly ProgramWalk[];
  readonly latest: ProgramResult | null;
  /** Today's date where the person is (YYYY-MM-DD); the caller reads the clock. */
  readonly today: string;
}

/**
 * - `see_doctor`: the latest triage says be seen today or now; no program until then.
 * - `start`: too few recent walks to judge; begin gently at the starting dose.
 * - `increase`: pain after walking stayed low last week; add about 10%.
 * - `hold`: pain after walking was moderate; repeat last week.
 * - `step_back`: pain after walking was high; cut back by a quarter until it settles.
 */
export type ProgramStatus = 'see_doctor' | 'start' | 'increase' | 'hold' | 'step_back';
export type ProgramPattern = 'interval' | 'continuous';
export type BreakKind = 'sit_or_lean_forward' | 'stand_still';

export interface WalkingProgram {
  readonly status: ProgramStatus;
  readonly pattern: ProgramPattern;
  /** Minutes of walking in one go before a break (interval) or per walk (continuous). */
  readonly boutMinutes: number;
  /** Walks in a row with a break between (1 for continuous walking). */
  readonly bouts: number;
  readonly breakMinutes: number;
  readonly breakKind: BreakKind;
  readonly daysPerWeek: number;
  /** Total walking minutes aimed for over the week. */
  readonly weeklyMinutes: number;
  /** The figures behind the choice: the last 7 days (including today), or 14 when 7 hold too few walks. */
  readonly basis: {
    readonly walks: number;
    /** 7 or 14: the days the figures cover. */
    readonly days: number;
    readonly totalMinutes: number;
    readonly medianPainAfter: number | null;
    readonly medianMinutesUntilSymptoms: number | null;
  };
}

/** Expert estimates, not study results: the web labels them so. */
export const WEEKLY_INCREASE = 0.1;
export const STEP_BACK = 0.25;
/** Pain after walking (0-10, median of the week) at or under which the dose may go up. */
export const LOW_PAIN_MAX = 3;
/** At or over this, the dose steps back. Between: hold. */
export const HIGH_PAIN_MIN = 6;
export const MIN_WALKS_TO_JUDGE = 3;
export const DAYS_PER_WEEK = 5;
export const BREAK_MINUTES = 2;
export const START_BOUT_MINUTES = 5;
export const MIN_BOUT_MINUTES = 2;
export const MAX_BOUT_MINUTES = 30;
/** An interval bout stops a little before symptoms usually start. */
export const BOUT_SHARE_OF_TOLERANCE = 0.8;
const MAX_BOUTS = 6;

function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The date `days` before a YYYY-MM-DD date, computed in UTC so no time zone applies. */
export function daysBefore(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function patternOf(latest: ProgramResult | null): {
  pattern: ProgramPattern;
  breakKind: BreakKind;
} {
  const fits = (id: string): boolean =>
    latest?.causes.some((cause) => cause.id === id && cause.band !== 'unlikely') === true;
  if (fits('spinal_stenosis')) {
    return { pattern: 'interval', breakKind: 'sit_or_lean_forward' };
  }
  if (fits('vascular_claudication')) {
    return { pattern: 'interval', breakKind: 'stand_still' };
  }
  return { pattern: 'continuous', breakKind: 'sit_or_lean_forward' };
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));
const whole = (value: number): number => Math.max(1, Math.round(value));

function statusOf(input: ProgramInput, basis: WalkingProgram['basis']): ProgramStatus {
  const level = input.latest?.triage.level;
  if (level === 'emergency' || level === 'urgent') {
    return 'see_doctor';
  }
  if (basis.walks < MIN_WALKS_TO_JUDGE || basis.medianPainAfter === null) {
    return 'start';
  }
  if (basis.medianPainAfter >= HIGH_PAIN_MIN) {
    return 'step_back';
  }
  return basis.medianPainAfter <= LOW_PAIN_MAX ? 'increase' : 'hold';
}

/** Next week's program. */
export function walkingProgram(input: ProgramInput): WalkingProgram {
  // The last 7 days; when they hold too few walks to judge, the 7 before them too, so a week of
  // walks logged last week is not met with "log a few walks".
  const inWindow = (days: number): ProgramWalk[] => {
    const from = daysBefore(input.today, days - 1);
    return input.walks.filter((walk) => walk.date >= from && walk.date <= input.today);
  };
  const lastWeek = inWindow(7);
  const days = lastWeek.length >= MIN_WALKS_TO_JUDGE ? 7 : 14;
  const recent = days === 7 ? lastWeek : inWindow(14);
  const tolerances = recent
    .map((walk) => (walk.minutesUntilSymptoms === null ? walk.minutes : walk.minutesUntilSymptoms))
    .filter((value): value is number => typeof value === 'number');
  const basis = {
    walks: recent.length,
    days,
    totalMinutes: recent.reduce((sum, walk) => sum + walk.minutes, 0),
    medianPainAfter: median(recent.map((walk) => walk.painAfter)),
    medianMinutesUntilSymptoms: median(tolerances),
  };
  const status = statusOf(input, basis);
  const { pattern, breakKind } = patternOf(input.latest);
  const factor =
    status === 'increase' ? 1 + WEEKLY_INCREASE : status === 'step_back' ? 1 - STEP_BACK : 1;

  // A walking day: the week's walking spread over the plan's days, but never shorter than the
  // usual walk (a plan below what they already walk would contradict the diary), then grown or
  // cut back by the factor. With no walks, a gentle start.
  const usualWalk = median(recent.map((walk) => walk.minutes));
  const weeklyWalked = (basis.totalMinutes * 7) / days;
  const dayMinutes =
    usualWalk === null
      ? START_BOUT_MINUTES * 2
      : Math.max(usualWalk, weeklyWalked / DAYS_PER_WEEK) * factor;

  // The bout: just under the usual time to symptoms for intervals (grown or cut back likewise).
  const answered = input.latest?.minutesUntilPain;
  const tolerance =
    basis.medianMinutesUntilSymptoms ??
    (typeof answered === 'number' && answered > 0 ? answered : null);
  const intervalBout = whole(
    clamp(
      tolerance === null ? START_BOUT_MINUTES : tolerance * BOUT_SHARE_OF_TOLERANCE * factor,
      MIN_BOUT_MINUTES,
      MAX_BOUT_MINUTES,
    ),
  );
  // Intervals mean at least two bouts with a break between, and enough of them to make the day.
  const bouts =
    pattern === 'interval' ? clamp(Math.ceil(dayMinutes / intervalBout - 0.05), 2, MAX_BOUTS) : 1;
  const boutMinutes =
    pattern === 'interval' ? intervalBout : whole(clamp(dayMinutes, MIN_BOUT_MINUTES, 60));

  return {
    status,
    pattern,
    boutMinutes,
    bouts,
    breakMinutes: pattern === 'interval' ? BREAK_MINUTES : 0,
    breakKind,
    daysPerWeek: DAYS_PER_WEEK,
    weeklyMinutes: boutMinutes * bouts * DAYS_PER_WEEK,
    basis,
  };
}
