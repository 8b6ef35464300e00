/**
 * Pure weekly walking figures and the trend rule (improving, stable, worsening, not enough data);
 * no IO and no clock: the caller passes `now` and the person's time zone.
 *
 * THE TREND RULE (also in docs/progress-trend.md; change both together):
 * 1. Walks are grouped into calendar weeks, Monday to Sunday, by the date the person gave
 *    (a calendar date, so no time zone applies to it). The person's time zone only decides
 *    what "today" is, and so which week is the current one.
 * 2. The window is the 12 weeks ending with the current week. A week counts only if it has at
 *    least 2 walks (MIN_WALKS_PER_WEEK): a single walk says too little about a week.
 * 3. With fewer than 3 counted weeks in the window the trend is `not_enough_data`.
 * 4. "Recent" is the last 2 counted weeks; "earlier" is up to 4 counted weeks before them.
 *    Each side's value is the median of its weekly medians.
 * 5. Walking tolerance (minutes walked before symptoms; a symptom-free walk counts as its full
 *    length, a lower bound) has changed when it moved by at least 30% of the earlier value and
 *    by at least 2 minutes. The 30% follows the consensus minimal important change for pain and
 *    disability scores (Ostelo 2008); applying it to walking time, and the 2-minute floor that
 *    keeps short walks from looking like big changes, are expert choices, not study results.
 * 6. Pain after walking (0-10) has changed when the median moved by at least 2 points: the
 *    consensus minimal important change of the 0-10 pain scale (Ostelo 2008).
 * 7. Any worse measure makes the trend `worsening` (safety first); otherwise any better measure
 *    makes it `improving`; otherwise `stable`.
 * 8. Worse walking tolerance is a warning sign: the result carries a warning that sends the
 *    person back to the triage advice.
 */
import type { WalkEntry } from './walk.js';

export const MIN_WALKS_PER_WEEK = 2;
export const TREND_WINDOW_WEEKS = 12;
export const MIN_COUNTED_WEEKS = 3;
export const RECENT_WEEKS = 2;
export const EARLIER_WEEKS_MAX = 4;
export const TOLERANCE_RELATIVE_CHANGE = 0.3;
export const TOLERANCE_MIN_CHANGE_MINUTES = 2;
export const PAIN_MIN_CHANGE_POINTS = 2;

/** What the figures need of a walk. */
export type ProgressWalk = Pick<
  WalkEntry,
  'date' | 'minutes' | 'minutesUntilSymptoms' | 'painAfter'
>;

export interface ProgressOptions {
  readonly now: Date;
  /** An IANA time zone name, e.g. "Europe/London": where the person is. */
  readonly timeZone: string;
  /** How many weeks of figures to return, ending with the current week. */
  readonly weeks?: number;
}

export interface WeekFigures {
  /** The Monday that starts the week, YYYY-MM-DD. */
  readonly weekStart: string;
  readonly walks: number;
  readonly totalMinutes: number;
  /** Median minutes walked before symptoms (symptom-free walks count as their length); null without data. */
  readonly medianMinutesUntilSymptoms: number | null;
  readonly symptomFreeWalks: number;
  readonly medianPainAfter: number | null;
  /** The week has at least MIN_WALKS_PER_WEEK walks, so the trend uses it. */
  readonly counted: boolean;
  /** False for the current week, which is still going on. */
  readonly complete: boolean;
}

export type TrendStatus = 'improving' | 'stable' | 'worsening' | 'not_enough_data';
export type Direction = 'better' | 'same' | 'worse' | 'unknown';

export interface MeasureChange {
  readonly earlier: number | null;
  readonly recent: number | null;
  readonly direction: Direction;
}

export interface Trend {
  readonly status: TrendStatus;
  /** Why, in plain words. */
  readonly reason: string;
  readonly countedWeeks: number;
  readonly recentWeeks: readonly string[];
  readonly earlierWeeks: readonly string[];
  readonly tolerance: MeasureChange;
  readonly painAfter: MeasureChange;
}

export interface ProgressWarning {
  readonly code: 'walking_tolerance_worsening';
  readonly message: string;
}

export interface Progress {
  /** Today's date where the person is. */
  readonly today: string;
  readonly timeZone: string;
  readonly weeks: readonly WeekFigures[];
  readonly trend: Trend;
  readonly warnings: readonly ProgressWarning[];
}

const DAY_MS = 86_400_000;

/** Whether a string is a real calendar date YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One date formatter per time zone: building one costs far more than using it. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(value: string): boolean {
  if (formatters.has(value)) {
    return true;
  }
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function dateIn(now: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (parsed by hand: this runs once per walk). */
function dayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day number of the Monday that starts the week of a day number. */
function mondayOf(day: number): number {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
  return day - ((((day + 3) % 7) + 7) % 7);
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday starting the week of a calendar date. */
export function weekStartOf(date: string): string {
  return dateOfDay(mondayOf(dayNumber(date)));
}

/** The first day of the earliest of `weeks` weeks that end with the week of `today`. */
export function windowStart(today: string, weeks: number): string {
  return dateOfDay(dayNumber(weekStartOf(today)) - 7 * (weeks - 1));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** A walk's tolerance: minutes until symptoms, its length if it had none, undefined if not recorded. */
function toleranceOf(walk: ProgressWalk): number | undefined {
  if (walk.minutesUntilSymptoms === null) {
    return walk.minutes;
  }
  return walk.minutesUntilSymptoms;
}

interface WeekBucket {
  walks: number;
  totalMinutes: number;
  tolerances: number[];
  symptomFree: number;
  painAfter: number[];
}

function figuresOf(
  weekStart: string,
  bucket: WeekBucket | undefined,
  current: boolean,
): WeekFigures {
  const walks = bucket?.walks ?? 0;
  return {
    weekStart,
    walks,
    totalMinutes: bucket?.totalMinutes ?? 0,
    medianMinutesUntilSymptoms: median(bucket?.tolerances ?? []),
    symptomFreeWalks: bucket?.symptomFree ?? 0,
    medianPainAfter: median(bucket?.painAfter ?? []),
    counted: walks >= MIN_WALKS_PER_WEEK,
    complete: !current,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function compareTolerance(earlier: number | null, recent: number | null): MeasureChange {
  if (earlier === null || recent === null) {
    return { earlier, recent, direction: 'unknown' };
  }
  const change = recent - earlier;
  const big =
    Math.abs(change) >= TOLERANCE_MIN_CHANGE_MINUTES &&
    Math.abs(change) >= TOLERANCE_RELATIVE_CHANGE * earlier;
  const direction: Direction = !big ? 'same' : change > 0 ? 'better' : 'worse';
  return { earlier: round1(earlier), recent: round1(recent), direction };
}

function comparePain(earlier: number | null, recent: number | null): MeasureChange {
  if (earlier === null || recent === null) {
    return { earlier, recent, direction: 'unknown' };
  }
  const change = recent - earlier;
  const direction: Direction =
    Math.abs(change) < PAIN_MIN_CHANGE_POINTS ? 'same' : change < 0 ? 'better' : 'worse';
  return { earlier: round1(earlier), recent: round1(recent), direction };
}

function minutes(value: number | null): string {
  const n = round1(value ?? 0);
  return `${n} minute${n === 1 ? '' : 's'}`;
}

function describeTolerance(change: MeasureChange): string {
  switch (change.direction) {
    case 'better':
      return `you now walk about ${minutes(change.recent)} before symptoms start, up from ${minutes(change.earlier)}`;
    case 'worse':
      return `symptoms now start after about ${minutes(change.recent)} of walking, down from ${minutes(change.earlier)}`;
    case 'same':
      return `the time you walk before symptoms start stayed about the same (${minutes(change.earlier)}, now ${minutes(change.recent)})`;
    case 'unknown':
      return 'there is not enough record of when symptoms start to compare';
  }
}

function describePain(change: MeasureChange): string {
  const points = (value: number | null): string => `${round1(value ?? 0)} out of 10`;
  switch (change.direction) {
    case 'better':
      return `pain after walking went down from ${points(change.earlier)} to ${points(change.recent)}`;
    case 'worse':
      return `pain after walking went up from ${points(change.earlier)} to ${points(change.recent)}`;
    case 'same':
      return `pain after walking stayed about the same (${points(change.earlier)}, now ${points(change.recent)})`;
    case 'unknown':
      return 'there is not enough record of pain after walking to compare';
  }
}

function trendOf(window: readonly WeekFigures[]): Trend {
  const counted = window.filter((week) => week.counted);
  const none: MeasureChange = { earlier: null, recent: null, direction: 'unknown' };
  if (counted.length < MIN_COUNTED_WEEKS) {
    return {
      status: 'not_enough_data',
      reason:
        `A trend needs at least ${MIN_COUNTED_WEEKS} weeks with ${MIN_WALKS_PER_WEEK} or more walks in the last ` +
        `${TREND_WINDOW_WEEKS} weeks; so far there ${counted.length === 1 ? 'is' : 'are'} ${counted.length}. ` +
        `Weeks with fewer walks are left out.`,
      countedWeeks: counted.length,
      recentWeeks: [],
      earlierWeeks: [],
      tolerance: none,
      painAfter: none,
    };
  }
  const recent = counted.slice(-RECENT_WEEKS);
  const earlier = counted.slice(0, -RECENT_WEEKS).slice(-EARLIER_WEEKS_MAX);
  const valuesOf = (
    weeks: readonly WeekFigures[],
    pick: (w: WeekFigures) => number | null,
  ): number[] => weeks.map(pick).filter((v): v is number => v !== null);
  const tolerance = compareTolerance(
    median(valuesOf(earlier, (w) => w.medianMinutesUntilSymptoms)),
    median(valuesOf(recent, (w) => w.medianMinutesUntilSymptoms)),
  );
  const painAfter = comparePain(
    median(valuesOf(earlier, (w) => w.medianPainAfter)),
    median(valuesOf(recent, (w) => w.medianPainAfter)),
  );
  const directions = [tolerance.direction, painAfter.direction];
  const status: TrendStatus = directions.includes('worse')
    ? 'worsening'
    : directions.includes('better')
      ? 'improving'
      : 'stable';
  const lead: Record<Exclude<TrendStatus, 'not_enough_data'>, string> = {
    worsening: 'Getting worse',
    improving: 'Getting better',
    stable: 'About the same',
  };
  const reason =
    `${lead[status]}: comparing your last ${recent.length} weeks with the ${earlier.length} ` +
    `week${earlier.length === 1 ? '' : 's'} before (weeks with ${MIN_WALKS_PER_WEEK} or more walks), ` +
    `${describeTolerance(tolerance)}, and ${describePain(painAfter)}.`;
  return {
    status,
    reason,
    countedWeeks: counted.length,
    recentWeeks: recent.map((w) => w.weekStart),
    earlierWeeks: earlier.map((w) => w.weekStart),
    tolerance,
    painAfter,
  };
}

export const TOLERANCE_WARNING: ProgressWarning = {
  code: 'walking_tolerance_worsening',
  message:
    'You can walk for less time before symptoms start than you could a few weeks ago. ' +
    'That is a warning sign: read your triage advice again, take the assessment again if anything ' +
    'new has started, and see a doctor or physiotherapist soon.',
};

/** Weekly figures for the last `weeks` weeks (default 12) and the trend over the last 12. */
export function computeProgress(
  walks: readonly ProgressWalk[],
  options: ProgressOptions,
): Progress {
  const today = dateIn(options.now, options.timeZone);
  const shown = Math.max(1, Math.floor(options.weeks ?? TREND_WINDOW_WEEKS));
  const span = Math.max(shown, TREND_WINDOW_WEEKS);
  const first = windowStart(today, span);
  const currentWeek = weekStartOf(today);

  // Weeks are keyed by the day number of their Monday: no string work per walk.
  const buckets = new Map<number, WeekBucket>();
  for (const walk of walks) {
    // Future dates (a clock or time-zone slip) and walks before the span are left out.
    if (walk.date < first || walk.date > today) {
      continue;
    }
    const key = mondayOf(dayNumber(walk.date));
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { walks: 0, totalMinutes: 0, tolerances: [], symptomFree: 0, painAfter: [] };
      buckets.set(key, bucket);
    }
    bucket.walks += 1;
    bucket.totalMinutes += walk.minutes;
    bucket.painAfter.push(walk.painAfter);
    const tolerance = toleranceOf(walk);
    if (tolerance !== undefined) {
      bucket.tolerances.push(tolerance);
    }
    if (walk.minutesUntilSymptoms === null) {
      bucket.symptomFree += 1;
    }
  }

  const all: WeekFigures[] = [];
  const firstDay = dayNumber(first);
  for (let i = 0; i < span; i += 1) {
    const start = dateOfDay(firstDay + 7 * i);
    all.push(figuresOf(start, buckets.get(firstDay + 7 * i), start === currentWeek));
  }
  const trend = trendOf(all.slice(-TREND_WINDOW_WEEKS));
  return {
    today,
    timeZone: options.timeZone,
    weeks: all.slice(-shown).map((w) => ({ ...w, totalMinutes: round1(w.totalMinutes) })),
    trend,
    warnings: trend.tolerance.direction === 'worse' ? [TOLERANCE_WARNING] : [],
  };
}
