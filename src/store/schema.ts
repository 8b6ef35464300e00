/** The database's tables as Kysely types: one schema for SQLite and PostgreSQL (TEXT ids, ISO-8601 TEXT times, 0/1 booleans, JSON as TEXT). */

export interface ProfilesTable {
  id: string;
  /** SHA-256 of the bearer token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  profile_id: string;
  created_at: string;
  /** The answers as JSON text. */
  answers: string;
  /** The engine's Result as JSON text. */
  result: string;
}

export interface WalksTable {
  id: string;
  profile_id: string;
  /** Calendar date YYYY-MM-DD, as the person gave it (no time zone). */
  date: string;
  minutes: number;
  distance_km: number | null;
  /** Minutes until symptoms; null when not given or when the walk was symptom-free. */
  minutes_until_symptoms: number | null;
  /** 1 when the person said the walk had no symptoms (the API's `minutesUntilSymptoms: null`). */
  symptom_free: number;
  pain_before: number;
  pain_after: number;
  stopped_because: string;
  relief_by: string | null;
  surface: string | null;
  /** 0/1, or null when not given. */
  poles: number | null;
  shoe_id: string | null;
  note: string | null;
  created_at: string;
}

export interface ShoesTable {
  id: string;
  profile_id: string;
  name: string;
  started_on: string;
  start_km: number;
  /** Null: the person has not chosen one, so the labelled default applies. */
  replace_at_km: number | null;
  created_at: string;
}

export interface SharesTable {
  id: string;
  profile_id: string;
  /** SHA-256 of the link's token, hex. */
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** IANA time zone of the person when they shared (migration 0002). */
  time_zone: string;
}

export interface CheckinsTable {
  id: string;
  profile_id: string;
  /** Calendar date YYYY-MM-DD of the check-in, as the person gave it. */
  date: string;
  created_at: string;
  /** Warning-sign answers as JSON text: feature id to true, false or null. */
  warning_signs: string;
  /** The measures as JSON text: instrument id to its answers. */
  measures: string;
  /** The triage these answers gave when stored, as JSON text. */
  triage: string;
}

export interface Database {
  profiles: ProfilesTable;
  assessments: AssessmentsTable;
  walks: WalksTable;
  shoes: ShoesTable;
  shares: SharesTable;
  checkins: CheckinsTable;
}
