/** Opens the SQLite file under a data directory with the settings that make commits durable and writers patient. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export const SQLITE_FILE_NAME = 'stride.sqlite';

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
  return database;
}
