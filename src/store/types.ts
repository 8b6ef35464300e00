/** The store's one small interface and the records it keeps: what the routes may ask of storage, whichever database is behind it. */

export { RELIEF_BY, STOPPED_BECAUSE, SURFACES } from '../engine/walk.js';
export type { ReliefBy, StoppedBecause, Surface } from '../engine/walk.js';
import type { DiaryWalk, WalkEntry } from '../engine/walk.js';

/** JSON as stored: validated by zod when read back. */
export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface Profile {
  readonly id: string;
  readonly createdAt: string;
}

export interface NewProfile extends Profile {
  /** The bearer token: returned once, never stored. */
  readonly token: string;
}

export interface Assessment {
  readonly id: string;
  readonly createdAt: string;
  readonly answers: Readonly<Record<string, boolean | number | string | null>>;
  readonly result: { readonly [key: string]: Json };
}

export interface AssessmentInput {
  readonly answers: Assessment['answers'];
  /** Any JSON-serialisable object (the engine's Result); read back as checked JSON. */
  readonly result: object;
}

/** One walk as the person logged it (CONTRACT section 6). */
export type WalkInput = WalkEntry;

export interface Walk extends DiaryWalk {
  readonly createdAt: string;
}

export interface ShoeInput {
  readonly name: string;
  readonly startedOn: string;
  readonly startKm?: number | undefined;
  /** Absent: the person has not chosen a distance, so the labelled default applies. */
  readonly replaceAtKm?: number | undefined;
}

export interface Shoe {
  readonly id: string;
  readonly name: string;
  readonly startedOn: string;
  readonly startKm: number;
  /** Null: not chosen by the person. */
  readonly replaceAtKm: number | null;
  readonly createdAt: string;
  /** Kilometres from the walks that name this pair (walks without a distance add nothing). */
  readonly kmWalked: number;
  readonly walks: number;
  /** Walks in this pair that have no distance, so kmWalked undercounts by them. */
  readonly walksWithoutDistance: number;
  readonly minutesWalked: number;
}

/** A change to a pair of shoes; `replaceAtKm: null` goes back to the default. */
export interface ShoePatch {
  readonly name?: string | undefined;
  readonly replaceAtKm?: number | null | undefined;
}

export interface Share {
  readonly id: string;
  readonly profileId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  /** The person's IANA time zone when they shared: the summary's weeks are theirs. */
  readonly timeZone: string;
}

export interface ShareInput {
  readonly expiresAt: Date;
  readonly timeZone: string;
}

export interface NewShare extends Share {
  /** The link's token: returned once, never stored. */
  readonly token: string;
}

/** A check-in as it comes in: its answers and the triage they gave (CONTRACT v1.1 section 6). */
export interface CheckinInput {
  readonly date: string;
  readonly warningSigns: Readonly<Record<string, boolean | null>>;
  /** Instrument id to its answers; any JSON-serialisable value, read back as checked JSON. */
  readonly measures: { readonly [instrument: string]: Json };
  readonly triage: CheckinTriage;
}

export interface CheckinTriage {
  readonly level: 'emergency' | 'urgent' | 'soon' | 'self_care';
  readonly reasons: readonly {
    readonly feature: string;
    readonly text: string;
    readonly rule?: string | undefined;
  }[];
  readonly advice: string;
  readonly unanswered: readonly string[];
}

export interface Checkin extends CheckinInput {
  readonly id: string;
  readonly createdAt: string;
}

/** Everything stored for one profile (tokens and their hashes excluded). */
export interface ProfileExport {
  readonly profile: Profile;
  readonly assessments: readonly Assessment[];
  readonly walks: readonly Walk[];
  readonly shoes: readonly Shoe[];
  readonly shares: readonly Share[];
  /** Newest first. */
  readonly checkins: readonly Checkin[];
}

/** Thrown when a walk names a pair of shoes that is not the profile's. */
export class UnknownShoeError extends Error {
  constructor() {
    super('No such pair of shoes in this profile.');
    this.name = 'UnknownShoeError';
  }
}

export interface ProfileRepo {
  create(now: Date): Promise<NewProfile>;
  /** The id of the profile that this bearer token opens, or undefined for an unknown token. */
  authenticate(token: string): Promise<string | undefined>;
  get(id: string): Promise<Profile | undefined>;
  /** Everything stored for the profile, read in one transaction; undefined if there is none. */
  exportAll(id: string): Promise<ProfileExport | undefined>;
  /** Deletes the profile and everything of it in one transaction; false if there was none. */
  erase(id: string): Promise<boolean>;
}

/**
 * A place in a list read newest first: the sort key of the last record of the page before
 * (walks and check-ins: date, createdAt, id; the others: createdAt, id). Opaque to callers, who only hand back
 * what a page gave them.
 */
export type PageKey = readonly string[];

/** How many sort-key parts each paged list has; a key of another length is not one of its keys. */
export const PAGE_KEY_PARTS = {
  walks: 3,
  assessments: 2,
  shoes: 2,
  shares: 2,
  checkins: 3,
} as const;

export interface PageRequest {
  /** At most this many records (1 or more). */
  readonly limit: number;
  /** Records after this key (older); absent: from the newest. */
  readonly after?: PageKey | undefined;
}

export interface Page<T> {
  /** Newest first. */
  readonly items: readonly T[];
  /** The key to ask for the next page with; null when no older record is left. */
  readonly next: PageKey | null;
}

export interface AssessmentRepo {
  add(profileId: string, input: AssessmentInput, now: Date): Promise<Assessment>;
  /** Newest first. */
  list(profileId: string): Promise<Assessment[]>;
  /** Newest first, a page at a time. */
  page(profileId: string, request: PageRequest): Promise<Page<Assessment>>;
}

export interface WalkRange {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The few fields of a walk that the weekly figures need. */
export interface WalkPoint {
  readonly date: string;
  readonly minutes: number;
  readonly minutesUntilSymptoms?: number | null;
  readonly painAfter: number;
}

export interface WalkRepo {
  /** Throws UnknownShoeError when `shoeId` is not one of the profile's shoes. */
  add(profileId: string, input: WalkInput, now: Date): Promise<Walk>;
  /** By date, then by when they were logged; `from`/`to` are inclusive dates. */
  list(profileId: string, range?: WalkRange): Promise<Walk[]>;
  /** Newest first (by date, then by when they were logged), a page at a time, within `range`. */
  page(profileId: string, request: PageRequest, range?: WalkRange): Promise<Page<Walk>>;
  remove(profileId: string, walkId: string): Promise<boolean>;
  /** Only what the weekly figures need, by date, from `from` (inclusive): a lean read for long diaries. */
  points(profileId: string, from: string): Promise<WalkPoint[]>;
}

export interface ShoeRepo {
  add(profileId: string, input: ShoeInput, now: Date): Promise<Shoe>;
  /** In the order they were added. */
  list(profileId: string): Promise<Shoe[]>;
  /** Newest first, a page at a time. */
  page(profileId: string, request: PageRequest): Promise<Page<Shoe>>;
  /** The changed pair, or undefined if the profile has no such pair. */
  update(profileId: string, shoeId: string, patch: ShoePatch): Promise<Shoe | undefined>;
}

export interface ShareRepo {
  create(profileId: string, input: ShareInput, now: Date): Promise<NewShare>;
  list(profileId: string): Promise<Share[]>;
  /** Newest first, a page at a time. */
  page(profileId: string, request: PageRequest): Promise<Page<Share>>;
  /** Marks the share revoked (kept, so its link answers 410); false if the profile has no such share. */
  revoke(profileId: string, shareId: string, now: Date): Promise<boolean>;
  /** The share that a link token opens, expired and revoked ones included; undefined if unknown. */
  open(token: string): Promise<Share | undefined>;
}

export interface CheckinRepo {
  add(profileId: string, input: CheckinInput, now: Date): Promise<Checkin>;
  /** Newest first: by date, then by when they were stored. */
  list(profileId: string): Promise<Checkin[]>;
  /** Newest first (by date, then by when they were stored), a page at a time. */
  page(profileId: string, request: PageRequest): Promise<Page<Checkin>>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly profiles: ProfileRepo;
  readonly assessments: AssessmentRepo;
  readonly walks: WalkRepo;
  readonly shoes: ShoeRepo;
  readonly shares: ShareRepo;
  readonly checkins: CheckinRepo;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
