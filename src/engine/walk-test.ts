/** Tells the self-paced walking test apart from the diary's other walks, and lists its results newest first: time to first symptoms, total time, distance, why they stopped. Pure. */
import type { StoppedBecause, WalkEntry } from './walk.js';

/**
 * The note the web app writes on a walk saved by the walking test, in each language it has
 * shipped (web/src/i18n, walkTest.title; test/web-catalogue.test.ts keeps the two in step).
 * A walk has no kind field in CONTRACT v1, so the note is the marker.
 */
export const WALK_TEST_NOTES: readonly string[] = ['Walking test', 'Prueba de marcha'];

export function isWalkTest(walk: Pick<WalkEntry, 'note'>): boolean {
  return walk.note !== undefined && WALK_TEST_NOTES.includes(walk.note.trim());
}

export interface WalkTestResult {
  readonly date: string;
  /** Total time walked. */
  readonly minutes: number;
  /** Minutes until the first symptoms; null: none came; absent: not recorded. */
  readonly minutesUntilSymptoms?: number | null | undefined;
  readonly distanceKm?: number | undefined;
  readonly stoppedBecause: StoppedBecause;
}

/** The walking tests among `walks`, newest first, at most `limit`. */
export function walkTestsOf(
  walks: readonly (WalkEntry & { readonly createdAt?: string })[],
  limit = 10,
): WalkTestResult[] {
  return walks
    .filter(isWalkTest)
    .sort((a, b) =>
      a.date === b.date ? (b.createdAt ?? '').localeCompare(a.createdAt ?? '') : b.date.localeCompare(a.date),
    )
    .slice(0, limit)
    .map((walk) => ({
      date: walk.date,
      minutes: walk.minutes,
      minutesUntilSymptoms: walk.minutesUntilSymptoms,
      distanceKm: walk.distanceKm,
      stoppedBecause: walk.stoppedBecause,
    }));
}
