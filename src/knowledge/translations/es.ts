/**
 * Spanish for every person-facing text of the knowledge base, keyed by the English source text
 * (gettext style), so a change to the English shows as a missing entry in the test
 * (translations.test.ts) rather than a stale translation. Data only. Not yet reviewed by a clinician.
 */
export const ES: Readonly<Record<string, string>> = {
};
