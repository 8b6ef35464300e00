/**
 * Pure scoring of the outcome measures a check-in carries, and the change of each score since the
 * first and the previous check-in, judged against the instrument's published meaningful change.
 * Scores by the instrument's scoring kind (knowledge/instruments.ts), never by its id.
 */
import type { Instrument, InstrumentScore } from '../knowledge/instruments.js';
import type { StoppedBecause } from './walk.js';

export interface NamedActivity {
  readonly activity: string;
  readonly score: number;
}

export interface TimedWalkMeasure {
  readonly minutes: number;
  /** Null: no symptoms during the test. */
  readonly minutesUntilSymptoms: number | null;
  readonly distanceKm?: number | undefined;
  readonly stoppedBecause?: StoppedBecause | undefined;
}

/** One instrument's answers, in the shape its scoring kind takes. */
export type MeasureValue = number | readonly number[] | readonly NamedActivity[] | TimedWalkMeasure;

export type Measures = Readonly<Record<string, MeasureValue>>;

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface ScoreChange {
  /** The date of the check-in compared with. */
  readonly fromDate: string;
  readonly from: number;
  /** This score minus that one, in the score's unit. */
  readonly difference: number;
  readonly direction: ChangeDirection;
  /** Whether the change reaches the published meaningful change; null: none is published. */
  readonly realChange: boolean | null;
}

export interface ScoreReport {
  readonly score: number;
  readonly unit: InstrumentScore['unit'];
  readonly higherIsBetter: boolean;
  /** The threshold a change is judged by, with its sources; null when none is published. */
  readonly meaningfulChange: {
    readonly amount: number;
    readonly sources: readonly string[];
  } | null;
  readonly sinceFirst: ScoreChange | null;
  readonly sincePrevious: ScoreChange | null;
}

/** An instrument's report: its primary score, and its other scores (e.g. distance) by id. */
export interface InstrumentReport extends ScoreReport {
  readonly parts?: Readonly<Record<string, ScoreReport>> | undefined;
}

export interface DatedMeasures {
  readonly date: string;
  readonly measures: Measures;
}

/** Scores reported to two decimals: means of three items are thirds. */
function rounded(value: number): number {
  return Math.round(value * 100) / 100;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Whether an instrument's answers are a list of ratings. */
export function isNumberList(value: MeasureValue): value is readonly number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/** Whether an instrument's answers are named activities with their ratings. */
export function isActivityList(value: MeasureValue): value is readonly NamedActivity[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && 'activity' in item)
  );
}

/** Whether an instrument's answers are a timed walk's (the other shapes are arrays or a number). */
export function isTimedWalk(value: MeasureValue): value is TimedWalkMeasure {
  return typeof value === 'object' && !Array.isArray(value) && 'minutes' in value;
}

/**
 * The scores of one instrument's answers, by score id (the primary score has the instrument's
 * own id). A score the answers do not give (a walk without a distance) is absent.
 * Throws when the value does not fit the scoring kind: the edge validates before this runs.
 */
export function scoreInstrument(
  instrument: Instrument,
  value: MeasureValue,
): Record<string, number> {
  const [primary, ...others] = instrument.scores;
  if (primary === undefined) {
    throw new Error(`${instrument.id}: an instrument needs a score`);
  }
  const scoring = instrument.scoring;
  switch (scoring.kind) {
    case 'single_rating':
      if (typeof value !== 'number') {
        break;
      }
      return { [primary.id]: value };
    case 'mean_of_ratings':
      if (!isNumberList(value) || value.length !== instrument.items.length) {
        break;
      }
      return { [primary.id]: mean(value) };
    case 'mean_of_named_activities':
      if (!isActivityList(value) || value.length < scoring.minActivities) {
        break;
      }
      return { [primary.id]: mean(value.map((item) => item.score)) };
    case 'timed_walk': {
      if (!isTimedWalk(value)) {
        break;
      }
      const distance = others[0];
      return {
        [primary.id]: value.minutes,
        ...(distance === undefined || value.distanceKm === undefined
          ? {}
          : { [distance.id]: value.distanceKm * 1000 }),
      };
    }
  }
  throw new Error(`${instrument.id}: the answers do not fit its scoring`);
}

/**
 * What must match for two answers to be compared: the same named activities (a change in the
 * mean of different activities says nothing); any two answers otherwise.
 */
function comparisonKey(instrument: Instrument, value: MeasureValue): string {
  if (instrument.scoring.kind === 'mean_of_named_activities' && isActivityList(value)) {
    return value
      .map((item) => item.activity.trim().toLowerCase())
      .sort()
      .join('\n');
  }
  return '';
}

function changeOf(
  definition: InstrumentScore,
  current: number,
  earlier: { readonly date: string; readonly score: number } | undefined,
): ScoreChange | null {
  if (earlier === undefined) {
    return null;
  }
  const difference = current - earlier.score;
  const better = definition.higherIsBetter ? difference > 0 : difference < 0;
  const direction: ChangeDirection = difference === 0 ? 'same' : better ? 'better' : 'worse';
  const threshold = definition.meaningfulChange?.amount;
  return {
    fromDate: earlier.date,
    from: rounded(earlier.score),
    difference: rounded(difference),
    direction,
    // A tiny tolerance so that 7/3 - 1/3 reaches a threshold of 2 despite floating point.
    realChange: threshold === undefined ? null : Math.abs(difference) >= threshold - 1e-9,
  };
}

function reportOf(
  definition: InstrumentScore,
  current: number,
  history: readonly { readonly date: string; readonly score: number }[],
): ScoreReport {
  const meaningful = definition.meaningfulChange;
  return {
    score: rounded(current),
    unit: definition.unit,
    higherIsBetter: definition.higherIsBetter,
    meaningfulChange:
      meaningful === null ? null : { amount: meaningful.amount, sources: [...meaningful.sources] },
    sinceFirst: changeOf(definition, current, history[0]),
    sincePrevious: changeOf(definition, current, history[history.length - 1]),
  };
}

/**
 * Each measured instrument's scores in this check-in, with the change since the first and the
 * previous earlier check-in that measured it comparably. `earlier` is oldest first and must
 * not include the current check-in. Unknown instrument ids are ignored (the edge refuses them).
 */
export function reportScores(
  instruments: readonly Instrument[],
  earlier: readonly DatedMeasures[],
  current: Measures,
): Record<string, InstrumentReport> {
  const reports: Record<string, InstrumentReport> = {};
  for (const instrument of instruments) {
    const value = current[instrument.id];
    if (value === undefined) {
      continue;
    }
    const scores = scoreInstrument(instrument, value);
    const key = comparisonKey(instrument, value);
    const past = earlier.flatMap((point) => {
      const old = point.measures[instrument.id];
      if (old === undefined || comparisonKey(instrument, old) !== key) {
        return [];
      }
      return [{ date: point.date, scores: scoreInstrument(instrument, old) }];
    });
    const historyOf = (scoreId: string) =>
      past.flatMap((point) => {
        const score = point.scores[scoreId];
        return score === undefined ? [] : [{ date: point.date, score }];
      });
    const [primary, ...others] = instrument.scores;
    const primaryScore = primary === undefined ? undefined : scores[primary.id];
    if (primary === undefined || primaryScore === undefined) {
      continue;
    }
    const parts: Record<string, ScoreReport> = {};
    for (const definition of others) {
      const score = scores[definition.id];
      if (score !== undefined) {
        parts[definition.id] = reportOf(definition, score, historyOf(definition.id));
      }
    }
    reports[instrument.id] = {
      ...reportOf(primary, primaryScore, historyOf(primary.id)),
      ...(Object.keys(parts).length === 0 ? {} : { parts }),
    };
  }
  return reports;
}

export interface ScorePoint {
  readonly date: string;
  readonly score: number;
}

/** Every score over time, by score id, oldest first: for charts and the clinician summary. */
export function scoreSeries(
  instruments: readonly Instrument[],
  checkins: readonly DatedMeasures[],
): Record<string, ScorePoint[]> {
  const series: Record<string, ScorePoint[]> = {};
  for (const point of checkins) {
    for (const instrument of instruments) {
      const value = point.measures[instrument.id];
      if (value === undefined) {
        continue;
      }
      for (const [scoreId, score] of Object.entries(scoreInstrument(instrument, value))) {
        (series[scoreId] ??= []).push({ date: point.date, score: rounded(score) });
      }
    }
  }
  return series;
}

/**
 * The exact wording an instrument ships, as one canonical text: what the register's sha256
 * checksum (docs/instruments.md) covers, so a changed word shows up as a changed checksum.
 */
export function instrumentWording(instrument: Instrument): string {
  return JSON.stringify({ instructions: instrument.instructions ?? null, items: instrument.items });
}
