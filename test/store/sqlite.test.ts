/** Runs the storage contract against SQLite in a temporary directory, plus what only SQLite has: its file and pragmas. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/index.js';
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

defineStoreSuite('SQLite', () => openStore({ kind: 'sqlite', dataDir: tempDir() }));

describe('SQLite specifics', () => {
  it('keeps its data in <dataDir>/stride.sqlite, in WAL mode', async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'nested') });
    await store.close();
    const db = new BetterSqlite3(join(dir, 'nested', SQLITE_FILE_NAME), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('stores the hash of a token, never the token itself', async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', dataDir: dir });
    const profile = await store.profiles.create(new Date());
    const share = await store.shares.create(profile.id, { expiresAt: new Date(Date.now() + 60_000), timeZone: 'UTC' }, new Date());
    await store.close();
    const bytes = readFileSync(join(dir, SQLITE_FILE_NAME)).toString('latin1') +
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
