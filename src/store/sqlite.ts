/** Opens the SQLite file under a data directory with the settings that make commits durable, writers patient and erased data unreadable. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export const SQLITE_FILE_NAME = 'stride.sqlite';

/**
 * `PRAGMA user_version` once the file has been rebuilt by VACUUM under secure_delete: files
 * written before secure_delete was on may still hold bytes of rows deleted back then.
 */
const SCRUBBED_VERSION = 1;

/** `<dataDir>/stride.sqlite`, created with its directory if missing. */
export function openSqliteDatabase(dataDir: string): BetterSqlite3.Database {
  mkdirSync(dataDir, { recursive: true });
  const database = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers go on while one writer writes; FULL syncs the WAL on every commit so a
  // commit that returned survives a crash or power loss; a busy writer is waited for, not failed.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros instead of left in free space, so an erase leaves
  // nothing for `strings stride.sqlite` to find (the WAL is dealt with by `forgetErased`).
  database.pragma('secure_delete = ON');
  if (database.pragma('user_version', { simple: true }) !== SCRUBBED_VERSION) {
    // Once per file: rebuild it so that rows deleted before secure_delete was on are gone too.
    database.exec('VACUUM');
    database.pragma(`user_version = ${SCRUBBED_VERSION}`);
    database.pragma('wal_checkpoint(TRUNCATE)');
  }
  return database;
}

/** How often a checkpoint blocked by a reader in another process is tried again, 5 s each. */
const CHECKPOINT_ATTEMPTS = 3;

/**
 * After an erase: copies the WAL (whose older frames still hold the erased rows) into the
 * database file, where secure_delete has zeroed them, and truncates the WAL to zero bytes.
 * A reader in another process can hold the WAL for a while; the busy timeout waits for it.
 * Returns false if the WAL could not be emptied (it is emptied at the latest when the last
 * connection closes).
 */
export async function forgetErased(db: Kysely<Database>): Promise<boolean> {
  for (let attempt = 0; attempt < CHECKPOINT_ATTEMPTS; attempt += 1) {
    const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) {
      return true;
    }
  }
  return false;
}
