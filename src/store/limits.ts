/** How much one profile may keep of each kind of record, and the error the store throws past it. */

/**
 * Per-profile limits. They stop a runaway client or script from growing one profile without
 * end (the probe stored 100 assessments, 1.65 MB, in seconds), while no real person reaches
 * them in years of daily use:
 * - walks: 10,000 is a walk every day for 27 years, or three a day for 9 (about 300 bytes each).
 * - assessments: 500 is one a week for 9 years; each keeps its whole result (about 17 KB), so a
 *   full profile holds about 8.5 MB of them.
 * - shoes: 100 pairs is a new pair every three months for 25 years.
 * - shares: 500 links is one a week for 9 years; revoked and expired links count, because they
 *   are kept so that their link answers 410.
 * - checkins: 10,000 is a check-in every day for 27 years.
 * Removing walks makes room again; an erase frees everything.
 */
export const PROFILE_LIMITS = {
  walks: 10_000,
  assessments: 500,
  shoes: 100,
  shares: 500,
  checkins: 10_000,
} as const satisfies Readonly<Record<string, number>>;

export type LimitedCollection = keyof typeof PROFILE_LIMITS;
export type ProfileLimits = Readonly<Record<LimitedCollection, number>>;

/** Thrown by an add when the profile already keeps the most it may of that collection. */
export class QuotaExceededError extends Error {
  readonly collection: LimitedCollection;
  readonly limit: number;

  constructor(collection: LimitedCollection, limit: number) {
    super(`${collection}: a profile can keep at most ${limit} ${collection}`);
    this.name = 'QuotaExceededError';
    this.collection = collection;
    this.limit = limit;
  }
}
