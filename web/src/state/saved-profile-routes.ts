/** The routes of a saved profile's screens, which come as one chunk on demand; no DOM, so the build can read it too (web/build/route-preload.ts). */
export const SAVED_PROFILE_ROUTES = ['diary', 'walk-test', 'shoes', 'progress', 'history', 'share', 'checkin'] as const;

export type SavedProfileRoute = (typeof SAVED_PROFILE_ROUTES)[number];
