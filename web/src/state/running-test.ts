/**
 * The walking test while it runs: its start (and the taps since) kept in localStorage, so it
 * survives leaving the screen, a reload and the phone locking, and every screen can show it is
 * running. Times are instants (ms since the epoch): the elapsed time is always now minus the
 * start, never a counter that stops when the page sleeps. Nothing here leaves the device.
 */
import { useEffect, useState } from 'preact/hooks';

const KEY = 'stride.walk-test.v1';
/** Same-tab listeners; other tabs hear the browser's own `storage` event. */
const CHANGED = 'stride-walk-test-changed';

export interface RunningTest {
  /** The profile it belongs to, so another profile opened on this device never saves it. */
  readonly profileId: string;
  readonly startedAt: number;
  readonly symptomsAt: number | null;
  /** Set once they tap "I have to stop": the result waits for its last answers. */
  readonly stoppedAt: number | null;
  readonly painBefore: number | null;
  /** A measured course's length in metres, if they walk one, and the laps tapped so far. */
  readonly courseMeters: number | null;
  readonly laps: number;
}

const finiteOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Reads the saved test; anything unreadable counts as no test rather than an error. */
export function loadRunningTest(): RunningTest | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) {return null;}
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) {return null;}
    const value = parsed as Record<string, unknown>;
    const startedAt = finiteOrNull(value['startedAt']);
    if (typeof value['profileId'] !== 'string' || startedAt === null) {return null;}
    const laps = finiteOrNull(value['laps']);
    return {
      profileId: value['profileId'],
      startedAt,
      symptomsAt: finiteOrNull(value['symptomsAt']),
      stoppedAt: finiteOrNull(value['stoppedAt']),
      painBefore: finiteOrNull(value['painBefore']),
      courseMeters: finiteOrNull(value['courseMeters']),
      laps: laps === null ? 0 : Math.max(0, Math.round(laps)),
    };
  } catch {
    return null;
  }
}

function announce(): void {
  dispatchEvent(new Event(CHANGED));
}

/** Saves the test (or forgets it with null); a refused storage keeps it for this visit only. */
export function saveRunningTest(test: RunningTest | null): void {
  try {
    if (test === null) {
      localStorage.removeItem(KEY);
    } else {
      localStorage.setItem(KEY, JSON.stringify(test));
    }
  } catch {
    // Private window: the test still runs until the page closes.
  }
  memory = test;
  announce();
}

/** The last value written, for a browser that refuses storage. */
let memory: RunningTest | null = null;

function current(): RunningTest | null {
  return loadRunningTest() ?? memory;
}

/** The running test, following changes from this screen, other screens and other tabs. */
export function useRunningTest(): RunningTest | null {
  const [test, setTest] = useState<RunningTest | null>(current);
  useEffect(() => {
    const onChange = (): void => {
      setTest(current());
    };
    addEventListener(CHANGED, onChange);
    addEventListener('storage', onChange);
    onChange();
    return () => {
      removeEventListener(CHANGED, onChange);
      removeEventListener('storage', onChange);
    };
  }, []);
  return test;
}

/**
 * Now, once a second while `active`, and at once when the page comes back from the background
 * (a locked phone stops timers; the clock must show the real time on unlock).
 */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) {return undefined;}
    const tick = (): void => {
      setNow(Date.now());
    };
    const timer = setInterval(tick, 1000);
    document.addEventListener('visibilitychange', tick);
    tick();
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active]);
  return now;
}

/** Seconds as "m:ss". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(whole / 60))}:${String(whole % 60).padStart(2, '0')}`;
}
