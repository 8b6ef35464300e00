/** A walk in the diary as CONTRACT section 6 describes it: the one shape the store keeps, the engine reads and FHIR exports. */

export const STOPPED_BECAUSE = ['pain', 'leg_symptoms', 'tired', 'planned', 'other'] as const;
export type StoppedBecause = (typeof STOPPED_BECAUSE)[number];
export const RELIEF_BY = ['sitting', 'leaning_forward', 'standing_still', 'nothing'] as const;
export type ReliefBy = (typeof RELIEF_BY)[number];
export const SURFACES = ['pavement', 'grass_or_trail', 'track', 'treadmill', 'mixed'] as const;
export type Surface = (typeof SURFACES)[number];

/** One walk as the person logged it; optional fields are absent when not given. */
export interface WalkEntry {
  readonly date: string;
  readonly minutes: number;
  readonly distanceKm?: number | undefined;
  /** A number of minutes; null: the walk had no symptoms; absent: not recorded. */
  readonly minutesUntilSymptoms?: number | null | undefined;
  readonly painBefore: number;
  readonly painAfter: number;
  readonly stoppedBecause: StoppedBecause;
  readonly reliefBy?: ReliefBy | undefined;
  readonly surface?: Surface | undefined;
  readonly poles?: boolean | undefined;
  readonly shoeId?: string | undefined;
  readonly note?: string | undefined;
}

/** A stored walk: the entry and its id. */
export interface DiaryWalk extends WalkEntry {
  readonly id: string;
}
