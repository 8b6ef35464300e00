/** What PostgreSQL needs beyond the portable queries so that an erase leaves nothing: no planner statistics of personal columns, and the erased tables rewritten. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Every table that holds a profile's rows: `profiles` and each table with a `profile_id`
 * column, so that a table added by a later migration (check-ins) is covered without a change.
 */
async function profileTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select c.relname as "table" from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
      and c.relkind = 'r'
      and (c.relname = 'profiles' or exists (
        select 1 from pg_attribute p
        where p.attrelid = c.oid and p.attname = 'profile_id' and not p.attisdropped))
    order by 1`.execute(db);
  return rows.map((row) => row.table);
}

/**
 * After an erase: a DELETE only marks rows dead, and a plain VACUUM frees their space without
 * overwriting it (the erase test found a walk's note in the table file after one). VACUUM FULL
 * writes each table and its indexes anew and drops the old files. It cannot run in a
 * transaction (here it runs on a pooled connection outside one) and it locks each table while
 * it copies it: other requests wait, about 8 s for a 137 MB walks table (300,000 walks) on a
 * 2-core machine. Privacy is worth that wait: erasing is rare, and the contract says "for good".
 * The WAL still holds the rows until its segments are reused (src/server/README.md).
 */
export async function vacuumErased(db: Kysely<Database>): Promise<void> {
  await olderTransactionsDone(db);
  const tables = await profileTables(db);
  await sql`vacuum (full) ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}

/** How long the erase waits for transactions that could still see the erased rows. */
const OLDER_TRANSACTIONS_WAIT_MS = 10_000;
const POLL_MS = 50;

/**
 * VACUUM FULL copies a deleted row into the new file while any transaction that began before
 * the delete is still open (that transaction may still read it): the erase test caught a
 * share's profile id kept that way. So wait, a bounded time, until every transaction of this
 * database older than the erase has ended. Past the bound the VACUUM runs anyway, and the next
 * erase's VACUUM removes what this one had to keep.
 */
async function olderTransactionsDone(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ at: string }>`select now()::text as at`.execute(db);
  const erasedAt = rows[0]?.at;
  const deadline = Date.now() + OLDER_TRANSACTIONS_WAIT_MS;
  while (erasedAt !== undefined && Date.now() < deadline) {
    const older = await sql<{ count: string }>`
      select count(*)::text as count from pg_stat_activity
      where datname = current_database()
        and pid <> pg_backend_pid()
        and (backend_xmin is not null or backend_xid is not null)
        and xact_start < ${erasedAt}::timestamptz`.execute(db);
    if (older.rows[0]?.count === '0') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * ANALYZE (autovacuum runs it on its own) copies sample values of every column into
 * pg_statistic: the probe found walk notes, answers JSON and profile ids there, out of reach of
 * any erase. Statistics target 0 makes ANALYZE skip a column. Every column of every table that
 * holds a profile's rows (those with a `profile_id`, and `profiles`) gets it, tables added later
 * included; the queries all go by an index on `profile_id` or `id`, so the planner loses nothing.
 * Run at each open: only columns not yet set are altered, so it is a no-op after the first time.
 * The samples' old rows stay in pg_statistic's free space until it is vacuumed in full, which
 * only a superuser may do (src/server/README.md).
 */
export async function withoutStatistics(db: Kysely<Database>): Promise<void> {
  // Two processes starting at once on a new database both found columns to alter, and their
  // ALTERs, each also locking the tables its foreign keys name, deadlocked (two-processes test).
  // One at a time: the second then finds nothing left to do.
  await db.transaction().execute(async (transaction) => {
    await sql`select pg_advisory_xact_lock(${STATISTICS_LOCK_KEY})`.execute(transaction);
    await dropStatistics(transaction);
  });
}

/** An advisory lock key of this work alone (Kysely's migrator holds its own). */
const STATISTICS_LOCK_KEY = 5_317_702_414;

async function dropStatistics(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ table: string; column: string; type: string }>`
    select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type"
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
      and c.relname in (${sql.join(await profileTables(db))})
      and a.attnum > 0
      and not a.attisdropped
      and coalesce(a.attstattarget, -1) <> 0
    order by 1, 2`.execute(db);
  const byTable = new Map<string, { column: string; type: string }[]>();
  for (const { table, column, type } of rows) {
    byTable.set(table, [...(byTable.get(table) ?? []), { column, type }]);
  }
  for (const [table, columns] of byTable) {
    // "type" to the type it already has changes nothing but drops the samples ANALYZE had
    // taken (the only way a table's owner can); the type comes from the catalogue itself.
    const changes = columns.flatMap(({ column, type }) => [
      sql`alter column ${sql.ref(column)} set statistics 0`,
      sql`alter column ${sql.ref(column)} type ${sql.raw(type)}`,
    ]);
    await sql`alter table ${sql.table(table)} ${sql.join(changes)}`.execute(db);
  }
}
