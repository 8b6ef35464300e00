/** Opens the store: SQLite in a data directory or PostgreSQL at a URL, migrated to the latest schema before it is used. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createKyselyStore } from './kysely-store.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import type { Store } from './types.js';

export * from './types.js';

export type StoreOptions =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

export const SQLITE_FILE_NAME = 'stride.sqlite';

function sqliteDb(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers go on while one writer writes; FULL syncs the WAL on every commit so a
  // commit that returned survives a crash or power loss; a busy writer is waited for, not failed.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function postgresDb(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Runs every pending migration (PostgreSQL: under Kysely's advisory lock, so two processes may start at once). */
async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error('migration failed');
  }
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const db =
    options.kind === 'sqlite'
      ? sqliteDb(options.dataDir)
      : postgresDb(options.url, options.poolSize ?? 10);
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, options.kind);
}
