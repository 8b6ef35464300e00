/** Erase leaves no byte of the profile in the database files: the raw SQLite files, and PostgreSQL's table and index files when one runs here, are searched after an erase. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import { openStore, SQLITE_FILE_NAME, type Store } from '../../src/store/index.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const LATE_WALK = {
  date: '2026-03-01',
  minutes: 20,
  painBefore: 1,
  painAfter: 2,
  stoppedBecause: 'tired',
} as const;
const SQLITE_FILES = [SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`, `${SQLITE_FILE_NAME}-shm`];

/** Answers that no other profile in the test has, so finding their JSON means finding this profile. */
function answersOf(age: number): Record<string, boolean | number | string | null> {
  return { age, relief_sitting: true, leg_symptoms: 'one_leg', fever: false, weight_loss: null };
}

interface Written {
  readonly id: string;
  /** Strings that exist only in this profile's rows. */
  readonly traces: readonly string[];
}

/** A profile with a year's worth of everything: assessments, shoes, walks with a note, shares, a check-in. */
async function fillProfile(store: Store, marker: string, age: number): Promise<Written> {
  const profile = await store.profiles.create(T0);
  const answers = answersOf(age);
  for (let i = 0; i < 12; i += 1) {
    await store.assessments.add(profile.id, { answers, result: assess(answers) }, T0);
  }
  const shoeName = `Shoe ${marker}`;
  const shoe = await store.shoes.add(profile.id, { name: shoeName, startedOn: '2026-01-01' }, T0);
  const note = `Walked past the ${marker} bakery, calf tight after the hill`;
  for (let day = 0; day < 200; day += 1) {
    const date = new Date(Date.UTC(2025, 6, 1) + day * 86_400_000).toISOString().slice(0, 10);
    await store.walks.add(
      profile.id,
      {
        date,
        minutes: 30,
        painBefore: 2,
        painAfter: 4,
        stoppedBecause: 'planned',
        shoeId: shoe.id,
        note: `${note} (${day})`,
      },
      T0,
    );
  }
  for (let i = 0; i < 3; i += 1) {
    await store.shares.create(
      profile.id,
      { expiresAt: new Date(T0.getTime() + 86_400_000), timeZone: 'Europe/Lisbon' },
      T0,
    );
  }
  const advice = `Keep to the ${marker} walking plan`;
  await store.checkins.add(
    profile.id,
    {
      date: '2026-03-01',
      warningSigns: { fever: false },
      measures: {},
      triage: { level: 'self_care', reasons: [], advice, unanswered: [] },
    },
    T0,
  );
  return { id: profile.id, traces: [profile.id, JSON.stringify(answers), note, shoeName, advice] };
}

/** Which of `traces` occur in which of the files (as raw bytes, UTF-8). */
function tracesIn(files: readonly string[], traces: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      continue;
    }
    const bytes = readFileSync(file);
    for (const trace of traces) {
      if (bytes.includes(Buffer.from(trace, 'utf8'))) {
        found.push(`${file.slice(file.lastIndexOf('/') + 1)}: ${trace}`);
      }
    }
  }
  return found;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('erase on SQLite', () => {
  it('leaves no trace of the profile in stride.sqlite, -wal or -shm while the server runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-erase-'));
    dirs.push(dir);
    const store = await openStore({ kind: 'sqlite', dataDir: dir });
    const files = SQLITE_FILES.map((name) => join(dir, name));
    const erased = await fillProfile(store, 'Quixotic-Marmalade', 67);
    const kept = await fillProfile(store, 'Zephyr-Lantern', 41);
    // The traces are really in the files before the erase, or the search below proves nothing.
    expect(tracesIn(files, erased.traces)).not.toStrictEqual([]);

    // Another profile keeps writing while the erase runs.
    const [wasThere] = await Promise.all([
      store.profiles.erase(erased.id),
      store.walks.add(kept.id, { ...LATE_WALK, note: 'written during the erase' }, T0),
    ]);
    expect(wasThere).toBe(true);

    expect(tracesIn(files, erased.traces)).toStrictEqual([]);
    const survivor = await store.profiles.exportAll(kept.id);
    expect(survivor?.walks).toHaveLength(201);
    expect(survivor?.assessments).toHaveLength(12);
    expect(survivor?.shares).toHaveLength(3);
    expect(survivor?.walks.some((walk) => walk.note === 'written during the erase')).toBe(true);
    await store.close();
    expect(tracesIn(files, erased.traces)).toStrictEqual([]);
    expect(tracesIn(files, kept.traces)).toHaveLength(kept.traces.length);
  }, 60_000);

  it('scrubs, on first open, a file whose rows were deleted before secure_delete was on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-erase-'));
    dirs.push(dir);
    const file = join(dir, SQLITE_FILE_NAME);
    await (await openStore({ kind: 'sqlite', dataDir: dir })).close();
    // As an older version left it: secure_delete off, a walk deleted, the scrub mark not set.
    const old = new BetterSqlite3(file);
    old.pragma('user_version = 0');
    old.prepare(`insert into profiles (id, token_hash, created_at) values ('p', 'h', 'now')`).run();
    old
      .prepare(
        `insert into walks (id, profile_id, date, minutes, symptom_free, pain_before, pain_after, stopped_because, note, created_at)
         values ('w', 'p', '2026-01-01', 10, 0, 1, 1, 'planned', 'Old-Erased-Note-Kestrel', 'now')`,
      )
      .run();
    old.prepare(`delete from walks`).run();
    old.close();
    expect(tracesIn([file], ['Old-Erased-Note-Kestrel'])).toHaveLength(1);

    const store = await openStore({ kind: 'sqlite', dataDir: dir });
    expect(tracesIn([file, `${file}-wal`], ['Old-Erased-Note-Kestrel'])).toStrictEqual([]);
    expect(await store.profiles.get('p')).toStrictEqual({ id: 'p', createdAt: 'now' });
    await store.close();
  });
});

const url = process.env['STRIDE_TEST_DATABASE_URL'];

/** Every file of the current database under the data directory (tables, TOAST, indexes). */
async function postgresFiles(connection: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    const { rows } = await client.query<{ dir: string; oid: string }>(
      `select current_setting('data_directory') as dir, oid::text from pg_database where datname = current_database()`,
    );
    const row = rows[0];
    if (row === undefined) {
      throw new Error('no current database');
    }
    const base = join(row.dir, 'base', row.oid);
    return readdirSync(base).map((name) => join(base, name));
  } finally {
    await client.end();
  }
}

if (url === undefined || url === '') {
  describe('erase on PostgreSQL', () => {
    it.skip('SKIPPED: set STRIDE_TEST_DATABASE_URL (e.g. $(bash scripts/postgres.sh)) to run it', () => {});
  });
} else {
  describe('erase on PostgreSQL', () => {
    it('leaves no trace of the profile in the table and index files after the erase', async () => {
      const store = await openStore({ kind: 'postgres', url });
      const erased = await fillProfile(store, 'Quixotic-Marmalade', 67);
      const kept = await fillProfile(store, 'Zephyr-Lantern', 41);
      const checkpoint = new pg.Client({ connectionString: url });
      await checkpoint.connect();
      // Flush the buffers to the files, so the search sees what the disk holds.
      await checkpoint.query('checkpoint');
      const files = await postgresFiles(url);
      expect(tracesIn(files, erased.traces)).not.toStrictEqual([]);

      // Another profile keeps writing while the erase (and its VACUUM) runs.
      const [wasThere] = await Promise.all([
        store.profiles.erase(erased.id),
        ...Array.from({ length: 5 }, (_, i) =>
          store.walks.add(kept.id, { ...LATE_WALK, note: `written during the erase ${i}` }, T0),
        ),
      ]);
      expect(wasThere).toBe(true);
      await checkpoint.query('checkpoint');
      await checkpoint.end();

      expect(tracesIn(await postgresFiles(url), erased.traces)).toStrictEqual([]);
      const survivor = await store.profiles.exportAll(kept.id);
      expect(survivor?.walks).toHaveLength(205);
      expect(survivor?.assessments).toHaveLength(12);
      expect(survivor?.shoes).toHaveLength(1);
      expect(survivor?.shares).toHaveLength(3);
      await store.close();
    }, 60_000);

    it('keeps no sample of a profile column in the planner statistics, even after ANALYZE', async () => {
      // A fresh database, first as an older version left it: every column with statistics.
      const fresh = `stride_erase_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${fresh}`);
      const freshUrl = new URL(url);
      freshUrl.pathname = `/${fresh}`;
      const client = new pg.Client({ connectionString: freshUrl.href });
      try {
        const first = await openStore({ kind: 'postgres', url: freshUrl.href });
        await fillProfile(first, 'Before-Upgrade-Heron', 52);
        await first.close();
        await client.connect();
        await client.query('alter table walks alter column note set statistics -1');
        await client.query('analyze walks');
        const sampled = `select tablename as table, attname as column from pg_stats
          where schemaname = current_schema()
            and tablename in ('profiles', 'assessments', 'walks', 'shoes', 'shares', 'checkins')`;
        expect((await client.query(sampled)).rows).toStrictEqual([
          { table: 'walks', column: 'note' },
        ]);

        const store = await openStore({ kind: 'postgres', url: freshUrl.href });
        expect((await client.query(sampled)).rows).toStrictEqual([]);
        await fillProfile(store, 'Analyzed-Heron', 53);
        await client.query('analyze');
        expect((await client.query(sampled)).rows).toStrictEqual([]);
        await store.close();
      } finally {
        await client.end();
        await admin.query(`drop database if exists ${fresh}`);
        await admin.end();
      }
    }, 60_000);
  });
}
