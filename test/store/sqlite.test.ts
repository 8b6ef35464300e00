/** Runs the storage contract against SQLite in a temporary directory, plus what only SQLite has: its file and pragmas. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/index.js';
import { openSqliteDatabase } from '../../src/store/sqlite.js';
import { hashToken } from '../../src/store/tokens.js';
import { defineStoreSuite } from './store.suite.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stride-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

defineStoreSuite('SQLite', (options) =>
  openStore({ kind: 'sqlite', dataDir: tempDir(), ...options }),
);

describe('SQLite specifics', () => {
  it('keeps its data in <dataDir>/stride.sqlite, in WAL mode', async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'nested') });
    await store.close();
    const db = new BetterSqlite3(join(dir, 'nested', SQLITE_FILE_NAME), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('opens with WAL, synchronous=FULL, a 5-second busy timeout, foreign keys enforced and secure_delete on', () => {
    const db = openSqliteDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses rows that point at a profile that does not exist', async () => {
    const dir = tempDir();
    await (await openStore({ kind: 'sqlite', dataDir: dir })).close();
    const db = openSqliteDatabase(dir);
    const insert = db.prepare(
      `insert into shoes (id, profile_id, name, started_on, start_km, created_at) values ('s', 'nobody', 'x', '2026-01-01', 0, 'now')`,
    );
    expect(() => insert.run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('stores the hash of a token, never the token itself', async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', dataDir: dir });
    const profile = await store.profiles.create(new Date());
    const share = await store.shares.create(
      profile.id,
      { expiresAt: new Date(Date.now() + 60_000), timeZone: 'UTC' },
      new Date(),
    );
    await store.close();
    const bytes =
      readFileSync(join(dir, SQLITE_FILE_NAME)).toString('latin1') +
      readFileSync(join(dir, `${SQLITE_FILE_NAME}-wal`), { flag: 'a+' }).toString('latin1');
    expect(bytes).not.toContain(profile.token);
    expect(bytes).not.toContain(share.token);
    const db = new BetterSqlite3(join(dir, SQLITE_FILE_NAME), { readonly: true });
    const row = db.prepare('select token_hash from profiles where id = ?').get(profile.id);
    db.close();
    expect(row).toStrictEqual({ token_hash: hashToken(profile.token) });
  });

  it('reopens an existing database without migrating it twice, and keeps the data', async () => {
    const dir = tempDir();
    const first = await openStore({ kind: 'sqlite', dataDir: dir });
    const profile = await first.profiles.create(new Date());
    await first.close();
    const second = await openStore({ kind: 'sqlite', dataDir: dir });
    expect(await second.profiles.authenticate(profile.token)).toBe(profile.id);
    await second.close();
  });
});
