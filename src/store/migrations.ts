/** The schema's migrations, in code, written once with Kysely's schema builder so they run on SQLite and PostgreSQL alike. */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

// Portable column types only: `text`, `integer` and `double precision` (SQLite gives the last
// REAL affinity). Timestamps are ISO-8601 text, which sorts in time order on both engines.
const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('profiles')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('profile_id', 'text', (col) =>
        col.notNull().references('profiles.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('answers', 'text', (col) => col.notNull())
      .addColumn('result', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('assessments_profile_created')
      .on('assessments')
      .columns(['profile_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('shoes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('profile_id', 'text', (col) =>
        col.notNull().references('profiles.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('started_on', 'text', (col) => col.notNull())
      .addColumn('start_km', 'double precision', (col) => col.notNull())
      .addColumn('replace_at_km', 'double precision')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('shoes_profile').on('shoes').column('profile_id').execute();

    await db.schema
      .createTable('walks')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('profile_id', 'text', (col) =>
        col.notNull().references('profiles.id').onDelete('cascade'),
      )
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('minutes', 'double precision', (col) => col.notNull())
      .addColumn('distance_km', 'double precision')
      .addColumn('minutes_until_symptoms', 'double precision')
      .addColumn('symptom_free', 'integer', (col) => col.notNull())
      .addColumn('pain_before', 'integer', (col) => col.notNull())
      .addColumn('pain_after', 'integer', (col) => col.notNull())
      .addColumn('stopped_because', 'text', (col) => col.notNull())
      .addColumn('relief_by', 'text')
      .addColumn('surface', 'text')
      .addColumn('poles', 'integer')
      .addColumn('shoe_id', 'text', (col) => col.references('shoes.id').onDelete('set null'))
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('walks_profile_date')
      .on('walks')
      .columns(['profile_id', 'date'])
      .execute();
    await db.schema.createIndex('walks_shoe').on('walks').column('shoe_id').execute();

    await db.schema
      .createTable('shares')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('profile_id', 'text', (col) =>
        col.notNull().references('profiles.id').onDelete('cascade'),
      )
      .addColumn('token_hash', 'text', (col) => col.notNull().unique())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('shares_profile').on('shares').column('profile_id').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ['shares', 'walks', 'shoes', 'assessments', 'profiles']) {
      await db.schema.dropTable(table).execute();
    }
  },
};

// The person's time zone when they shared, so the summary's weeks are their weeks.
const shareTimeZone: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('shares')
      .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('UTC'))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('shares').dropColumn('time_zone').execute();
  },
};

// Check-ins (CONTRACT v1.1 section 6): every warning sign re-asked, the measures, and the triage
// the answers gave then, kept as given so a later rule change never rewrites what was advised.
const checkins: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('checkins')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('profile_id', 'text', (col) =>
        col.notNull().references('profiles.id').onDelete('cascade'),
      )
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('warning_signs', 'text', (col) => col.notNull())
      .addColumn('measures', 'text', (col) => col.notNull())
      .addColumn('triage', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('checkins_profile_date')
      .on('checkins')
      .columns(['profile_id', 'date', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('checkins').execute();
  },
};

/** Every migration by name; names sort in the order they run. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_share_time_zone': shareTimeZone,
  '0003_checkins': checkins,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
