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
    ])
    .orderBy('s.created_at')
    .orderBy('s.id');
}

async function listShoes(db: Db, profileId: string): Promise<Shoe[]> {
  const rows: ShoeRow[] = await selectShoes(db, profileId).execute();
  return rows.map(toShoe);
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

function profileRepo(db: Kysely<Database>): ProfileRepo {
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

    erase(id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('checkins').where('profile_id', '=', id).execute();
        await trx.deleteFrom('shares').where('profile_id', '=', id).execute();
        await trx.deleteFrom('walks').where('profile_id', '=', id).execute();
        await trx.deleteFrom('shoes').where('profile_id', '=', id).execute();
        await trx.deleteFrom('assessments').where('profile_id', '=', id).execute();
        const deleted = await trx.deleteFrom('profiles').where('id', '=', id).executeTakeFirst();
        return Number(deleted.numDeletedRows) > 0;
      });
    },
  };
}

function assessmentRepo(db: Kysely<Database>): AssessmentRepo {
  return {
    async add(profileId: string, input: AssessmentInput, now: Date): Promise<Assessment> {
      const result = JSON.stringify(input.result);
      const assessment: Assessment = {
        id: newId(),
        createdAt: now.toISOString(),
        answers: input.answers,
        result: readJson(result, storedResult, 'result'),
      };
      await db
        .insertInto('assessments')
        .values({
          id: assessment.id,
          profile_id: profileId,
          created_at: assessment.createdAt,
          answers: JSON.stringify(assessment.answers),
          result,
        })
        .execute();
      return assessment;
    },
    list: (profileId) => listAssessments(db, profileId),
  };
}

function walkRepo(db: Kysely<Database>): WalkRepo {
  return {
    add(profileId: string, input: WalkInput, now: Date): Promise<Walk> {
      return db.transaction().execute(async (trx) => {
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

function shoeRepo(db: Kysely<Database>): ShoeRepo {
  return {
    async add(profileId: string, input: ShoeInput, now: Date): Promise<Shoe> {
      const id = newId();
      await db
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
      const shoe = await findShoe(db, profileId, id);
      if (shoe === undefined) {
        throw new Error('a pair of shoes vanished right after it was stored');
      }
      return shoe;
    },
    list: (profileId) => listShoes(db, profileId),
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

function shareRepo(db: Kysely<Database>): ShareRepo {
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
      await db
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
      return { ...share, token };
    },
    list: (profileId) => listShares(db, profileId),
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

function checkinRepo(db: Kysely<Database>): CheckinRepo {
  return {
    async add(profileId: string, input: CheckinInput, now: Date): Promise<Checkin> {
      const row = await db
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
      return toCheckin(row);
    },
    list: (profileId) => listCheckins(db, profileId),
  };
}

/** A Store over an open, migrated Kysely instance; `close` destroys it. */
export function createKyselyStore(db: Kysely<Database>, kind: Store['kind']): Store {
  return {
    kind,
    profiles: profileRepo(db),
    assessments: assessmentRepo(db),
    walks: walkRepo(db),
    shoes: shoeRepo(db),
    shares: shareRepo(db),
    checkins: checkinRepo(db),
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
