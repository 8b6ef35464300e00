/** Opens the store: SQLite in a data directory or PostgreSQL at a URL, migrated to the latest schema before it is used. */
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { createKyselyStore, type DialectHooks } from './kysely-store.js';
import { PROFILE_LIMITS, type ProfileLimits } from './limits.js';
import { migrationProvider } from './migrations.js';
import { vacuumErased, withoutStatistics } from './postgres.js';
import { forgetErased, openSqliteDatabase } from './sqlite.js';
import type { Database } from './schema.js';
import type { Store } from './types.js';

export * from './types.js';
export { PROFILE_LIMITS, QuotaExceededError } from './limits.js';
export type { LimitedCollection, ProfileLimits } from './limits.js';
export { SQLITE_FILE_NAME } from './sqlite.js';

export type StoreOptions = (
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number }
) & {
  /** Per-profile limits; default PROFILE_LIMITS (limits.ts). Tests lower them to reach them fast. */
  readonly limits?: Partial<ProfileLimits>;
};

function sqliteDb(dataDir: string): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: openSqliteDatabase(dataDir) }),
  });
}

function postgresDb(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (a restart, an administrator) must not crash the
  // process: the pool drops it, and the next query opens a new one or fails with its own error.
  pool.on('error', () => {});
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
    if (options.kind === 'postgres') {
      await withoutStatistics(db);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const hooks: DialectHooks =
    options.kind === 'sqlite' ? { afterErase: forgetErased } : { afterErase: vacuumErased };
  return createKyselyStore(db, options.kind, hooks, { ...PROFILE_LIMITS, ...options.limits });
}
