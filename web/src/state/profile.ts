/** The saved profile's id and token, kept only in this device's localStorage, and the recovery code that carries both to another device. */
import { useCallback, useState } from 'preact/hooks';
import { saveRunningTest } from './running-test.js';
import { eraseDevice } from './storage.js';

const KEY = 'stride.profile.v1';
const SAVED_KEY = 'stride.saved-answers.v1';

export interface SavedProfile {
  readonly id: string;
  readonly token: string;
}

const ID = /^[A-Za-z0-9-]{1,100}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/** One copyable string: "id.token" (neither part can hold a dot). */
export function recoveryCode(profile: SavedProfile): string {
  return `${profile.id}.${profile.token}`;
}

/** Reads a pasted recovery code; spaces and line breaks from copying are ignored. */
export function parseRecoveryCode(text: string): SavedProfile | null {
  const [id, token, extra] = text.replace(/\s+/g, '').split('.');
  if (id === undefined || token === undefined || extra !== undefined || !ID.test(id) || !TOKEN.test(token)) {
    return null;
  }
  return { id, token };
}

export function loadProfile(): SavedProfile | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw === null ? null : parseRecoveryCode(raw);
  } catch {
    return null;
  }
}

function store(profile: SavedProfile | null): void {
  try {
    if (profile === null) {
      localStorage.removeItem(KEY);
      localStorage.removeItem(SAVED_KEY);
    } else {
      localStorage.setItem(KEY, recoveryCode(profile));
    }
  } catch {
    // Storage refused (private window): the profile lasts for this visit only.
  }
}

/** The answers last saved to the profile, so the same result is not saved twice. */
export function savedAnswersKey(): string | null {
  try {
    return localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

export function rememberSavedAnswers(key: string): void {
  try {
    localStorage.setItem(SAVED_KEY, key);
  } catch {
    // Not remembered: at worst the person is offered to save the same result again.
  }
}

export interface ProfileState {
  readonly profile: SavedProfile | null;
  /** True after the person erased everything in this visit, so the page can say it is done. */
  readonly erased: boolean;
  readonly set: (profile: SavedProfile | null) => void;
  readonly forget: () => void;
}

/** `onErased` forgets what the page holds in memory (the interview) once the device's copy is gone. */
export function useProfile(onErased: () => void = () => undefined): ProfileState {
  const [profile, setProfile] = useState<SavedProfile | null>(loadProfile);
  const [erased, setErased] = useState(false);
  const set = useCallback((next: SavedProfile | null) => {
    store(next);
    setProfile(next);
    setErased(false);
  }, []);
  const forget = useCallback(() => {
    store(null);
    saveRunningTest(null);
    void eraseDevice();
    onErased();
    setProfile(null);
    setErased(true);
  }, [onErased]);
  return { profile, erased, set, forget };
}
