/** The shapes the profile API (CONTRACT section 6) answers with, as the web app reads them. */
import type { Progress, Trend, WeekFigures } from '../../../src/engine/progress.js';
import type { Result, TriageLevel } from '../engine.js';

export type { Progress, Trend, WeekFigures };

export const STOPPED_BECAUSE = ['pain', 'leg_symptoms', 'tired', 'planned', 'other'] as const;
export const RELIEF_BY = ['sitting', 'leaning_forward', 'standing_still', 'nothing'] as const;
export const SURFACES = ['pavement', 'grass_or_trail', 'track', 'treadmill', 'mixed'] as const;
export type StoppedBecause = (typeof STOPPED_BECAUSE)[number];
export type ReliefBy = (typeof RELIEF_BY)[number];
export type Surface = (typeof SURFACES)[number];

export interface WalkInput {
  readonly date: string;
  readonly minutes: number;
  readonly distanceKm?: number;
  /** null: no symptoms; absent: not recorded. */
  readonly minutesUntilSymptoms?: number | null;
  readonly painBefore: number;
  readonly painAfter: number;
  readonly stoppedBecause: StoppedBecause;
  readonly reliefBy?: ReliefBy;
  readonly surface?: Surface;
  readonly poles?: boolean;
  readonly shoeId?: string;
  readonly note?: string;
}

export interface Walk extends WalkInput {
  readonly id: string;
  readonly createdAt: string;
}

export interface ShoeInput {
  readonly name: string;
  readonly startedOn: string;
  readonly startKm?: number;
}

export interface Shoe {
  readonly id: string;
  readonly name: string;
  readonly startedOn: string;
  readonly totalKm: number;
  readonly walks: number;
  readonly walksWithoutDistance: number;
  readonly replaceAtKm: number;
  readonly replaceAtKmIsDefault: boolean;
  readonly kmLeft: number;
  readonly dueForReplacement: boolean;
}

export interface SavedAssessment {
  readonly id: string;
  readonly createdAt: string;
  readonly answers?: Readonly<Record<string, boolean | number | string | null>>;
  readonly result: Result;
}

export interface NewShare {
  readonly id: string;
  /** The page a clinician opens: {base}/share/{token}. */
  readonly url: string;
  /** The same summary as JSON: {base}/api/v1/shares/{token}. */
  readonly apiUrl: string;
  readonly expiresAt: string;
}

export interface ShareInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly status: 'active' | 'expired' | 'revoked';
}

interface Labelled {
  readonly feature: string;
  readonly label: string;
}

interface Reason {
  readonly feature: string;
  readonly text: string;
}

/** GET /api/v1/shares/{token}: the clinician summary (src/server/routes/profiles/summary.ts). */
export interface ClinicianSummary {
  /** What needs attention now, from check-ins or the trend; absent from servers before check-ins. */
  readonly attention?: Attention | null;
  /** The outcome measures from check-ins; absent from servers before check-ins. */
  readonly measures?: MeasuresProgress;
  /** The walking tests recorded as a check-in measure, oldest first. */
  readonly checkinWalkingTests?: readonly {
    readonly date: string;
    readonly minutes: number;
    readonly minutesUntilSymptoms: number | null;
    readonly distanceMeters: number | null;
    readonly stoppedBecause: string | null;
    readonly distanceChange: { readonly difference: number; readonly realChange: boolean | null; readonly threshold: number | null } | null;
  }[];
  readonly kind: 'stride/clinician-summary/1';
  readonly disclaimer: string;
  readonly generatedAt: string;
  readonly sharedAt: string;
  readonly expiresAt: string;
  readonly knowledgeVersion: string | null;
  readonly assessmentsCount: number;
  readonly latest: {
    readonly assessedAt: string;
    readonly triage: { readonly level: TriageLevel; readonly advice: string; readonly reasons: readonly Reason[] };
    /** Absent from servers older than CONTRACT v1.1. */
    readonly attention?: readonly {
      readonly id: string;
      readonly name: string;
      readonly level: TriageLevel;
      readonly warningSigns: readonly Labelled[];
      readonly text: string;
    }[];
    readonly keyAnswers?: readonly (Labelled & { readonly value: boolean | number | string | null })[];
    readonly warningSignsScreened: readonly (Labelled & { readonly answer: 'yes' | 'no' | 'not sure' | 'not asked' })[];
    readonly walkingPattern: {
      readonly minutesUntilPain: number | null;
      readonly easedBy: readonly Labelled[];
      /** Each relief question with its answer; absent from older servers. */
      readonly relief?: readonly (Labelled & { readonly answer: 'yes' | 'no' | 'not sure' | 'not asked' })[];
      readonly neurogenicFeatures: readonly Labelled[];
      readonly vascularFeatures: readonly Labelled[];
    };
    readonly likelyCauses: readonly {
      readonly id: string;
      readonly name: string;
      readonly band: 'likely' | 'possible' | 'unlikely';
      readonly probability: number;
      readonly supporting: readonly Reason[];
      readonly opposing: readonly Reason[];
    }[];
    readonly plan: readonly { readonly id: string; readonly title: string; readonly steps: readonly string[] }[];
  } | null;
  readonly walking: {
    readonly timeZone: string;
    readonly weeks: readonly WeekFigures[];
    readonly trend: Trend;
    readonly warnings: readonly { readonly code: string; readonly message: string }[];
    readonly diary: {
      readonly walks: number;
      /** Walks per answer, keyed by the diary's values; an answer no walk gave is absent. */
      readonly easedBy: Readonly<Partial<Record<ReliefBy, number>>>;
      readonly stoppedBecause: Readonly<Partial<Record<StoppedBecause, number>>>;
    };
    /** The walking tests of these weeks, newest first; absent from servers before issue 10. */
    readonly walkingTests?: readonly {
      readonly date: string;
      readonly minutes: number;
      readonly minutesUntilSymptoms?: number | null;
      readonly distanceKm?: number;
      readonly stoppedBecause: StoppedBecause;
    }[];
  };
}

/** What needs attention on the profile (CONTRACT v1.1): a warning sign at the latest check-in, or a worsening trend; null when nothing does. */
export interface Attention {
  readonly level: TriageLevel;
  readonly reasons: readonly Reason[];
  readonly since: string;
  readonly from: readonly ('checkin' | 'trend')[];
  readonly asks: readonly ('checkin' | 'assessment')[];
}

/** A score's change since an earlier check-in, judged by its published meaningful change. */
export interface ScoreChange {
  readonly fromDate: string;
  readonly from: number;
  readonly difference: number;
  readonly direction: 'better' | 'worse' | 'same';
  /** Reaches the published meaningful change; null: none is published. */
  readonly realChange: boolean | null;
}

export interface ScoreReport {
  readonly score: number;
  readonly unit: 'points' | 'minutes' | 'meters';
  readonly higherIsBetter: boolean;
  readonly meaningfulChange: { readonly amount: number; readonly sources: readonly string[] } | null;
  readonly sinceFirst: ScoreChange | null;
  readonly sincePrevious: ScoreChange | null;
  readonly parts?: Readonly<Record<string, ScoreReport>>;
}

/** The outcome measures over time (CONTRACT v1.1): score id to its values, and the latest of each. */
export interface MeasuresProgress {
  readonly series: Readonly<Record<string, readonly { readonly date: string; readonly score: number }[]>>;
  readonly latest: Readonly<Record<string, ScoreReport>> | null;
}

/** GET .../progress from a server with check-ins: the walking figures plus attention and measures. */
export type ProgressWithAttention = Progress & { readonly attention?: Attention | null; readonly measures?: MeasuresProgress };

export interface PsfsActivity {
  readonly activity: string;
  readonly score: number;
}

export interface CheckinMeasures {
  readonly nrs_back?: number;
  readonly nrs_leg?: number;
  readonly peg?: readonly number[];
  readonly psfs?: readonly PsfsActivity[];
}

export interface CheckinInput {
  readonly date: string;
  readonly warningSigns: Readonly<Record<string, boolean | null>>;
  readonly measures?: CheckinMeasures;
}

/** POST .../checkins: the stored check-in, its triage (by the assess rules) and the attention now. */
export interface NewCheckin {
  readonly id: string;
  readonly date: string;
  readonly triage: { readonly level: TriageLevel; readonly reasons: readonly Reason[]; readonly advice: string; readonly unanswered: readonly string[] };
  readonly escalated: boolean;
  readonly attention: Attention | null;
}

export interface CheckinSummary {
  readonly id: string;
  readonly date: string;
  readonly createdAt: string;
}
