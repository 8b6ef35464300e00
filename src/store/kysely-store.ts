/** The Store implemented once over Kysely, for whichever dialect the Kysely instance speaks. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import {
  readJson,
  storedResult,
  toAssessment,
  toCheckin,
  toPoint,
  toShare,
  toShoe,
  toWalk,
  type ShoeRow,
} from './rows.js';
import {
  PROFILE_LIMITS,
  QuotaExceededError,
  type LimitedCollection,
  type ProfileLimits,
} from './limits.js';
import { hashToken, newId, newToken, sameHash } from './tokens.js';
import {
  UnknownShoeError,
  type Assessment,
  type AssessmentInput,
  type AssessmentRepo,
  type Checkin,
  type CheckinInput,
  type CheckinRepo,
  type NewProfile,
  type Page,
  type PageKey,
  type PageRequest,
  type NewShare,
  type Profile,
  type ProfileExport,
  type ProfileRepo,
  type Share,
  type ShareInput,
  type ShareRepo,
  type Shoe,
  type ShoeInput,
  type ShoePatch,
  type ShoeRepo,
  type Store,
  type Walk,
  type WalkInput,
  type WalkPoint,
  type WalkRange,
  type WalkRepo,
} from './types.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What every add needs to keep a profile within its limits. */
interface Quota {
  readonly kind: Store['kind'];
  readonly limits: ProfileLimits;
}

/**
 * Inside an add's transaction, before the insert: refuses it when the profile already keeps
 * its limit of `collection`. On PostgreSQL the profile's row is locked first, so that adds to
 * one profile running at once count one after the other (SQLite writes one at a time anyway).
 */
async function ensureRoom(
  trx: Transaction<Database>,
  quota: Quota,
  collection: LimitedCollection,
  profileId: string,
): Promise<void> {
  if (quota.kind === 'postgres') {
    await trx
      .selectFrom('profiles')
      .select('id')
      .where('id', '=', profileId)
      .forNoKeyUpdate()
      .execute();
  }
  const row = await trx
    .selectFrom(collection)
    .select(sql<number | string>`count(*)`.as('count'))
    .where('profile_id', '=', profileId)
    .executeTakeFirst();
  const limit = quota.limits[collection];
  if (Number(row?.count ?? 0) >= limit) {
    throw new QuotaExceededError(collection, limit);
  }
}

/** Shoes with the totals of the walks that name them. */
function selectShoes(db: Db, profileId: string) {
  return db
    .selectFrom('shoes as s')
    .leftJoin('walks as w', 'w.shoe_id', 's.id')
    .where('s.profile_id', '=', profileId)
    .groupBy('s.id')
    .select([
      's.id',
      's.profile_id',
      's.name',
      's.started_on',
      's.start_km',
      's.replace_at_km',
      's.created_at',
      sql<number | string | null>`coalesce(sum(w.distance_km), 0)`.as('km'),
      sql<number | string>`count(w.id)`.as('walk_count'),
      sql<
        number | string | null
      >`coalesce(sum(case when w.id is not null and w.distance_km is null then 1 else 0 end), 0)`.as(
        'walks_without_distance',
      ),
      sql<number | string | null>`coalesce(sum(w.minutes), 0)`.as('minutes'),
    ]);
}

async function listShoes(db: Db, profileId: string): Promise<Shoe[]> {
  const rows: ShoeRow[] = await selectShoes(db, profileId)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  return rows.map(toShoe);
}

/** The key part at `index`, or a key that sorts before every record ('' is never stored). */
function part(key: PageKey, index: number): string {
  return key[index] ?? '';
}

/**
 * One page from rows read with `limit + 1`: the extra row only says whether there is a next
 * page, so `next` is null exactly when nothing older is left.
 */
function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  keyOf: (row: R) => PageKey,
  toItem: (row: R) => T,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    next: rows.length > limit && last !== undefined ? keyOf(last) : null,
  };
}

async function pageShoes(db: Db, profileId: string, request: PageRequest): Promise<Page<Shoe>> {
  let query = selectShoes(db, profileId);
  const after = request.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(eb.refTuple('s.created_at', 's.id'), '<', eb.tuple(part(after, 0), part(after, 1))),
    );
  }
  const rows: ShoeRow[] = await query
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return pageOf(rows, request.limit, (row) => [row.created_at, row.id], toShoe);
}

async function pageWalks(
  db: Db,
  profileId: string,
  request: PageRequest,
  range: WalkRange = {},
): Promise<Page<Walk>> {
  let query = db.selectFrom('walks').selectAll().where('profile_id', '=', profileId);
  if (range.from !== undefined) {
    query = query.where('date', '>=', range.from);
  }
  if (range.to !== undefined) {
    query = query.where('date', '<=', range.to);
  }
  const after = request.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(
        eb.refTuple('date', 'created_at', 'id'),
        '<',
        eb.tuple(part(after, 0), part(after, 1), part(after, 2)),
      ),
    );
  }
  const rows = await query
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return pageOf(rows, request.limit, (row) => [row.date, row.created_at, row.id], toWalk);
}

async function pageAssessments(
  db: Db,
  profileId: string,
  request: PageRequest,
): Promise<Page<Assessment>> {
  let query = db.selectFrom('assessments').selectAll().where('profile_id', '=', profileId);
  const after = request.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(part(after, 0), part(after, 1))),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return pageOf(rows, request.limit, (row) => [row.created_at, row.id], toAssessment);
}

async function pageShares(db: Db, profileId: string, request: PageRequest): Promise<Page<Share>> {
  let query = db.selectFrom('shares').selectAll().where('profile_id', '=', profileId);
  const after = request.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(part(after, 0), part(after, 1))),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return pageOf(rows, request.limit, (row) => [row.created_at, row.id], toShare);
}

async function pageCheckins(
  db: Db,
  profileId: string,
  request: PageRequest,
): Promise<Page<Checkin>> {
  let query = db.selectFrom('checkins').selectAll().where('profile_id', '=', profileId);
  const after = request.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(
        eb.refTuple('date', 'created_at', 'id'),
        '<',
        eb.tuple(part(after, 0), part(after, 1), part(after, 2)),
      ),
    );
  }
  const rows = await query
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(request.limit + 1)
    .execute();
  return pageOf(rows, request.limit, (row) => [row.date, row.created_at, row.id], toCheckin);
}

async function listWalks(db: Db, profileId: string, range: WalkRange = {}): Promise<Walk[]> {
  let query = db.selectFrom('walks').selectAll().where('profile_id', '=', profileId);
  if (range.from !== undefined) {
    query = query.where('date', '>=', range.from);
  }
  if (range.to !== undefined) {
    query = query.where('date', '<=', range.to);
  }
  const rows = await query.orderBy('date').orderBy('created_at').orderBy('id').execute();
  return rows.map(toWalk);
}

async function listAssessments(db: Db, profileId: string): Promise<Assessment[]> {
  const rows = await db
    .selectFrom('assessments')
    .selectAll()
    .where('profile_id', '=', profileId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toAssessment);
}

async function listShares(db: Db, profileId: string): Promise<Share[]> {
  const rows = await db
    .selectFrom('shares')
    .selectAll()
    .where('profile_id', '=', profileId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toShare);
}

async function listCheckins(db: Db, profileId: string): Promise<Checkin[]> {
  const rows = await db
    .selectFrom('checkins')
    .selectAll()
    .where('profile_id', '=', profileId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toCheckin);
}

function profileRepo(db: Kysely<Database>, hooks: DialectHooks): ProfileRepo {
  return {
    async create(now: Date): Promise<NewProfile> {
      const token = newToken();
      const profile = { id: newId(), createdAt: now.toISOString() };
      await db
        .insertInto('profiles')
        .values({ id: profile.id, token_hash: hashToken(token), created_at: profile.createdAt })
        .execute();
      return { ...profile, token };
    },

    async authenticate(token: string): Promise<string | undefined> {
      const hash = hashToken(token);
      // The lookup is by the hash of a 256-bit secret, which an attacker cannot steer; the
      // constant-time check then confirms the match without an early-exit string compare.
      const row = await db
        .selectFrom('profiles')
        .select(['id', 'token_hash'])
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      return row !== undefined && sameHash(row.token_hash, hash) ? row.id : undefined;
    },

    async get(id: string): Promise<Profile | undefined> {
      const row = await db
        .selectFrom('profiles')
        .select(['id', 'created_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : { id: row.id, createdAt: row.created_at };
    },

    exportAll(id: string): Promise<ProfileExport | undefined> {
      // One snapshot: on PostgreSQL repeatable read; SQLite's transaction is a snapshot anyway.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const row = await trx
            .selectFrom('profiles')
            .select(['id', 'created_at'])
            .where('id', '=', id)
            .executeTakeFirst();
          if (row === undefined) {
            return undefined;
          }
          return {
            profile: { id: row.id, createdAt: row.created_at },
            assessments: await listAssessments(trx, id),
            walks: await listWalks(trx, id),
            shoes: await listShoes(trx, id),
            shares: await listShares(trx, id),
            checkins: await listCheckins(trx, id),
          };
        });
    },

    async erase(id: string): Promise<boolean> {
      const erased = await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('checkins').where('profile_id', '=', id).execute();
        await trx.deleteFrom('shares').where('profile_id', '=', id).execute();
        await trx.deleteFrom('walks').where('profile_id', '=', id).execute();
        await trx.deleteFrom('shoes').where('profile_id', '=', id).execute();
        await trx.deleteFrom('assessments').where('profile_id', '=', id).execute();
        const deleted = await trx.deleteFrom('profiles').where('id', '=', id).executeTakeFirst();
        return Number(deleted.numDeletedRows) > 0;
      });
      if (erased) {
        await hooks.afterErase?.(db);
      }
      return erased;
    },
  };
}

function assessmentRepo(db: Kysely<Database>, quota: Quota): AssessmentRepo {
  return {
    async add(profileId: string, input: AssessmentInput, now: Date): Promise<Assessment> {
      const result = JSON.stringify(input.result);
      const assessment: Assessment = {
        id: newId(),
        createdAt: now.toISOString(),
        answers: input.answers,
        result: readJson(result, storedResult, 'result'),
      };
      await db.transaction().execute(async (trx) => {
        await ensureRoom(trx, quota, 'assessments', profileId);
        await trx
          .insertInto('assessments')
          .values({
            id: assessment.id,
            profile_id: profileId,
            created_at: assessment.createdAt,
            answers: JSON.stringify(assessment.answers),
            result,
          })
          .execute();
      });
      return assessment;
    },
    list: (profileId) => listAssessments(db, profileId),
    page: (profileId, request) => pageAssessments(db, profileId, request),
  };
}

function walkRepo(db: Kysely<Database>, quota: Quota): WalkRepo {
  return {
    add(profileId: string, input: WalkInput, now: Date): Promise<Walk> {
      return db.transaction().execute(async (trx) => {
        await ensureRoom(trx, quota, 'walks', profileId);
        if (input.shoeId !== undefined) {
          const shoe = await trx
            .selectFrom('shoes')
            .select('id')
            .where('id', '=', input.shoeId)
            .where('profile_id', '=', profileId)
            .executeTakeFirst();
          if (shoe === undefined) {
            throw new UnknownShoeError();
          }
        }
        const row = await trx
          .insertInto('walks')
          .values({
            id: newId(),
            profile_id: profileId,
            date: input.date,
            minutes: input.minutes,
            distance_km: input.distanceKm ?? null,
            minutes_until_symptoms: input.minutesUntilSymptoms ?? null,
            symptom_free: input.minutesUntilSymptoms === null ? 1 : 0,
            pain_before: input.painBefore,
            pain_after: input.painAfter,
            stopped_because: input.stoppedBecause,
            relief_by: input.reliefBy ?? null,
            surface: input.surface ?? null,
            poles: input.poles === undefined ? null : input.poles ? 1 : 0,
            shoe_id: input.shoeId ?? null,
            note: input.note ?? null,
            created_at: now.toISOString(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toWalk(row);
      });
    },
    list: (profileId, range) => listWalks(db, profileId, range),
    page: (profileId, request, range) => pageWalks(db, profileId, request, range),
    async points(profileId: string, from: string): Promise<WalkPoint[]> {
      const rows = await db
        .selectFrom('walks')
        .select(['date', 'minutes', 'minutes_until_symptoms', 'symptom_free', 'pain_after'])
        .where('profile_id', '=', profileId)
        .where('date', '>=', from)
        .orderBy('date')
        .execute();
      return rows.map(toPoint);
    },
    async remove(profileId: string, walkId: string): Promise<boolean> {
      const deleted = await db
        .deleteFrom('walks')
        .where('id', '=', walkId)
        .where('profile_id', '=', profileId)
        .executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    },
  };
}

async function findShoe(db: Db, profileId: string, shoeId: string): Promise<Shoe | undefined> {
  const row: ShoeRow | undefined = await selectShoes(db, profileId)
    .where('s.id', '=', shoeId)
    .executeTakeFirst();
  return row === undefined ? undefined : toShoe(row);
}

function shoeRepo(db: Kysely<Database>, quota: Quota): ShoeRepo {
  return {
    async add(profileId: string, input: ShoeInput, now: Date): Promise<Shoe> {
      const id = newId();
      const shoe = await db.transaction().execute(async (trx) => {
        await ensureRoom(trx, quota, 'shoes', profileId);
        await trx
          .insertInto('shoes')
          .values({
            id,
            profile_id: profileId,
            name: input.name,
            started_on: input.startedOn,
            start_km: input.startKm ?? 0,
            replace_at_km: input.replaceAtKm ?? null,
            created_at: now.toISOString(),
          })
          .execute();
        return findShoe(trx, profileId, id);
      });
      if (shoe === undefined) {
        throw new Error('a pair of shoes vanished right after it was stored');
      }
      return shoe;
    },
    list: (profileId) => listShoes(db, profileId),
    page: (profileId, request) => pageShoes(db, profileId, request),
    update(profileId: string, shoeId: string, patch: ShoePatch): Promise<Shoe | undefined> {
      return db.transaction().execute(async (trx) => {
        const changes = {
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.replaceAtKm === undefined ? {} : { replace_at_km: patch.replaceAtKm }),
        };
        if (Object.keys(changes).length > 0) {
          await trx
            .updateTable('shoes')
            .set(changes)
            .where('id', '=', shoeId)
            .where('profile_id', '=', profileId)
            .execute();
        }
        return findShoe(trx, profileId, shoeId);
      });
    },
  };
}

function shareRepo(db: Kysely<Database>, quota: Quota): ShareRepo {
  return {
    async create(profileId: string, input: ShareInput, now: Date): Promise<NewShare> {
      const token = newToken();
      const share: Share = {
        id: newId(),
        profileId,
        createdAt: now.toISOString(),
        expiresAt: input.expiresAt.toISOString(),
        revokedAt: null,
        timeZone: input.timeZone,
      };
      await db.transaction().execute(async (trx) => {
        await ensureRoom(trx, quota, 'shares', profileId);
        await trx
          .insertInto('shares')
          .values({
            id: share.id,
            profile_id: profileId,
            token_hash: hashToken(token),
            created_at: share.createdAt,
            expires_at: share.expiresAt,
            revoked_at: null,
            time_zone: share.timeZone,
          })
          .execute();
      });
      return { ...share, token };
    },
    list: (profileId) => listShares(db, profileId),
    page: (profileId, request) => pageShares(db, profileId, request),
    async revoke(profileId: string, shareId: string, now: Date): Promise<boolean> {
      const updated = await db
        .updateTable('shares')
        .set({ revoked_at: sql<string>`coalesce(revoked_at, ${now.toISOString()})` })
        .where('id', '=', shareId)
        .where('profile_id', '=', profileId)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },
    async open(token: string): Promise<Share | undefined> {
      const hash = hashToken(token);
      const row = await db
        .selectFrom('shares')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      return row !== undefined && sameHash(row.token_hash, hash) ? toShare(row) : undefined;
    },
  };
}

function checkinRepo(db: Kysely<Database>, quota: Quota): CheckinRepo {
  return {
    async add(profileId: string, input: CheckinInput, now: Date): Promise<Checkin> {
      const row = await db.transaction().execute(async (trx) => {
        await ensureRoom(trx, quota, 'checkins', profileId);
        return trx
          .insertInto('checkins')
          .values({
            id: newId(),
            profile_id: profileId,
            date: input.date,
            created_at: now.toISOString(),
            warning_signs: JSON.stringify(input.warningSigns),
            measures: JSON.stringify(input.measures),
            triage: JSON.stringify(input.triage),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
      return toCheckin(row);
    },
    list: (profileId) => listCheckins(db, profileId),
    page: (profileId, request) => pageCheckins(db, profileId, request),
  };
}

/** What a database adds to the portable queries; each dialect supplies its own. */
export interface DialectHooks {
  /**
   * Runs after an erase has committed, outside any transaction, to make the database forget
   * the bytes of the deleted rows (SQLite: checkpoint and truncate the WAL; PostgreSQL: VACUUM).
   */
  readonly afterErase?: (db: Kysely<Database>) => Promise<unknown>;
}

/** A Store over an open, migrated Kysely instance; `close` destroys it. */
export function createKyselyStore(
  db: Kysely<Database>,
  kind: Store['kind'],
  hooks: DialectHooks = {},
  limits: ProfileLimits = PROFILE_LIMITS,
): Store {
  const quota: Quota = { kind, limits };
  return {
    kind,
    profiles: profileRepo(db, hooks),
    assessments: assessmentRepo(db, quota),
    walks: walkRepo(db, quota),
    shoes: shoeRepo(db, quota),
    shares: shareRepo(db, quota),
    checkins: checkinRepo(db, quota),
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
