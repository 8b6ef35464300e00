/** Keeps the interview in localStorage so it survives a reload; nothing leaves the device. */
import type { AnswerValue } from '../engine.js';

const KEY = 'stride.interview.v1';

export interface SavedInterview {
  /** Answers by feature id; null is "not sure". */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** The screens answered so far, each as the feature ids it asked, oldest first: what Back undoes. */
  readonly history: readonly (readonly string[])[];
  /** Answers taken back with Back, shown again as the pre-selected choice. */
  readonly previous: Readonly<Record<string, AnswerValue>>;
}

export const EMPTY_INTERVIEW: SavedInterview = { answers: {}, history: [], previous: {} };

function isAnswerValue(value: unknown): value is AnswerValue {
  return value === null || typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isRecordOfAnswers(value: unknown): value is Record<string, AnswerValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isAnswerValue);
}

function isHistory(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((screen) => Array.isArray(screen) && screen.every((id) => typeof id === 'string'));
}

/** Reads the saved interview; anything unreadable counts as a fresh start rather than an error. */
export function loadInterview(): SavedInterview {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) {
      return EMPTY_INTERVIEW;
    }
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) {
      return EMPTY_INTERVIEW;
    }
    const { answers, history, previous } = parsed as Record<string, unknown>;
    if (!isRecordOfAnswers(answers) || !isHistory(history)) {
      return EMPTY_INTERVIEW;
    }
    return { answers, history, previous: isRecordOfAnswers(previous) ? previous : {} };
  } catch {
    return EMPTY_INTERVIEW;
  }
}

/** Saves the interview; private browsing may refuse storage, and then the page simply forgets on reload. */
export function saveInterview(interview: SavedInterview): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(interview));
  } catch {
    // Storage full or disabled: the interview still works for this visit.
  }
}

export function clearInterview(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing saved to clear.
  }
}

/** Every key Stride keeps in web storage starts with this (the interview, profile, saved-answers mark, running walking test, language). */
const PREFIX = 'stride.';

function clearStorage(storage: Storage): void {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(PREFIX) === true);
  for (const key of keys) {
    storage.removeItem(key);
  }
}

/**
 * After "erase everything": removes every trace of the person from this device. Web storage
 * holds the answers, the profile token and the running walking test; Stride keeps nothing in
 * IndexedDB and its service worker caches only the app's own files, never an API answer, but
 * any such entry is removed too, so an older or future version cannot leave one behind.
 */
export async function eraseDevice(): Promise<void> {
  for (const storage of [() => localStorage, () => sessionStorage]) {
    try {
      clearStorage(storage());
    } catch {
      // Storage disabled: nothing was kept there.
    }
  }
  try {
    const databases = typeof indexedDB === 'undefined' ? [] : await indexedDB.databases();
    for (const database of databases) {
      if (database.name?.startsWith('stride') === true) {
        indexedDB.deleteDatabase(database.name);
      }
    }
  } catch {
    // No IndexedDB listing in this browser: Stride never opened one.
  }
  try {
    if (typeof caches !== 'undefined') {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (new URL(request.url).pathname.includes('/api/')) {
            await cache.delete(request);
          }
        }
      }
    }
  } catch {
    // Caches unavailable (not a secure context): nothing cached.
  }
}
