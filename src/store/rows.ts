/** Turns database rows into the store's records, checking JSON columns with zod on the way out. */
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type {
  AssessmentsTable,
  CheckinsTable,
  SharesTable,
  ShoesTable,
  WalksTable,
} from './schema.js';
import {
  RELIEF_BY,
  STOPPED_BECAUSE,
  SURFACES,
  type Assessment,
  type Checkin,
  type Share,
  type Shoe,
  type Walk,
  type WalkPoint,
} from './types.js';

const storedAnswers = z.record(
  z.string(),
  z.union([z.boolean(), z.number(), z.string(), z.null()]),
);
export const storedResult = z
  .record(z.string(), z.json())
  .refine((value) => typeof value['contract'] === 'string', 'a stored result has no contract');

/** Parses a JSON column; a row that fails its schema is corrupt storage, so this throws. */
export function readJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`stored ${what} does not match its schema`);
  }
  return parsed.data;
}

export function toAssessment(row: Selectable<AssessmentsTable>): Assessment {
  return {
    id: row.id,
    createdAt: row.created_at,
    answers: readJson(row.answers, storedAnswers, 'answers'),
    result: readJson(row.result, storedResult, 'result'),
  };
}

/** A stored choice, checked against its list (a cheap Set lookup: this runs once per walk row). */
function oneOf<T extends string>(choices: readonly T[], column: string): (value: string) => T {
  const allowed = new Set<string>(choices);
  return (value) => {
    if (!allowed.has(value)) {
      throw new Error(`stored ${column} is not one of its choices`);
    }
    return value as T;
  };
}
const stoppedBecause = oneOf(STOPPED_BECAUSE, 'stopped_because');
const reliefBy = oneOf(RELIEF_BY, 'relief_by');
const surface = oneOf(SURFACES, 'surface');

/** The walk as the person gave it: fields they left out stay absent. */
export function toWalk(row: Selectable<WalksTable>): Walk {
  const symptoms =
    row.symptom_free === 1
      ? { minutesUntilSymptoms: null }
      : row.minutes_until_symptoms === null
        ? {}
        : { minutesUntilSymptoms: row.minutes_until_symptoms };
  return {
    id: row.id,
    date: row.date,
    minutes: row.minutes,
    ...(row.distance_km === null ? {} : { distanceKm: row.distance_km }),
    ...symptoms,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    stoppedBecause: stoppedBecause(row.stopped_because),
    ...(row.relief_by === null ? {} : { reliefBy: reliefBy(row.relief_by) }),
    ...(row.surface === null ? {} : { surface: surface(row.surface) }),
    ...(row.poles === null ? {} : { poles: row.poles === 1 }),
    ...(row.shoe_id === null ? {} : { shoeId: row.shoe_id }),
    ...(row.note === null ? {} : { note: row.note }),
    createdAt: row.created_at,
  };
}

export interface PointRow {
  date: string;
  minutes: number;
  minutes_until_symptoms: number | null;
  symptom_free: number;
  pain_after: number;
}

export function toPoint(row: PointRow): WalkPoint {
  const minutes = row.minutes;
  const painAfter = row.pain_after;
  if (row.symptom_free === 1) {
    return { date: row.date, minutes, minutesUntilSymptoms: null, painAfter };
  }
  if (row.minutes_until_symptoms === null) {
    return { date: row.date, minutes, painAfter };
  }
  return {
    date: row.date,
    minutes,
    minutesUntilSymptoms: row.minutes_until_symptoms,
    painAfter,
  };
}

/** Aggregates as drivers return them: pg gives bigint sums and counts as strings. */
export type Aggregate = number | string | bigint | null;

export interface ShoeRow extends Selectable<ShoesTable> {
  km: Aggregate;
  walk_count: Aggregate;
  walks_without_distance: Aggregate;
  minutes: Aggregate;
}

export function toShoe(row: ShoeRow): Shoe {
  return {
    id: row.id,
    name: row.name,
    startedOn: row.started_on,
    startKm: row.start_km,
    replaceAtKm: row.replace_at_km === null ? null : row.replace_at_km,
    createdAt: row.created_at,
    kmWalked: Math.round(Number(row.km ?? 0) * 1000) / 1000,
    walks: Number(row.walk_count ?? 0),
    walksWithoutDistance: Number(row.walks_without_distance ?? 0),
    minutesWalked: Number(row.minutes ?? 0),
  };
}

export function toShare(row: Selectable<SharesTable>): Share {
  return {
    id: row.id,
    profileId: row.profile_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    timeZone: row.time_zone,
  };
}

const storedWarningSigns = z.record(z.string(), z.boolean().nullable());
const storedMeasures = z.record(z.string(), z.json());
const storedTriage = z.object({
  level: z.enum(['emergency', 'urgent', 'soon', 'self_care']),
  reasons: z.array(
    z.object({ feature: z.string(), text: z.string(), rule: z.string().optional() }),
  ),
  advice: z.string(),
  unanswered: z.array(z.string()),
});

export function toCheckin(row: Selectable<CheckinsTable>): Checkin {
  return {
    id: row.id,
    date: row.date,
    createdAt: row.created_at,
    warningSigns: readJson(row.warning_signs, storedWarningSigns, 'warning signs'),
    measures: readJson(row.measures, storedMeasures, 'measures'),
    triage: readJson(row.triage, storedTriage, 'triage'),
  };
}
