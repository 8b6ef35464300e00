/**
 * The diary's walks a few weeks at a time, so years of daily walks never render at once: the
 * latest 8 weeks first, then 8 weeks more each time the person asks for earlier walks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiFailure } from '../api/client.js';
import type { Walk } from '../api/types.js';
import { daysBeforeIso, todayIso } from './dates.js';
import type { SavedProfile } from './profile.js';

/** One page: 8 weeks of dates. */
export const PAGE_DAYS = 56;

export type WalkPages =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly status: number }
  | {
      readonly kind: 'ok';
      /** Oldest first, as the API answers. */
      readonly walks: readonly Walk[];
      /** The first date shown: every walk from it on is in `walks`. */
      readonly since: string;
      /** Whether earlier walks may exist (false once the API has said there are none). */
      readonly more: boolean;
    };

type Page = Omit<Extract<WalkPages, { kind: 'ok' }>, 'kind'>;

/**
 * The walks from `from` (through `to`, if given). When there are none, the 8 weeks up to the latest
 * walk before `from`, so a long gap never reads as "no walks"; that one request fetches all earlier
 * walks, which happens only after 8 weeks without any.
 */
async function fetchPage(profile: SavedProfile, from: string, to?: string): Promise<Page> {
  const walks = await api.walks(profile, to === undefined ? { from } : { from, to });
  if (walks.length > 0) {
    return { walks, since: from, more: true };
  }
  const earlier = await api.walks(profile, { to: daysBeforeIso(from, 1) });
  const last = earlier.at(-1);
  if (last === undefined) {
    return { walks: [], since: from, more: false };
  }
  const since = daysBeforeIso(last.date, PAGE_DAYS - 1);
  return { walks: earlier.filter((walk) => walk.date >= since), since, more: earlier.some((walk) => walk.date < since) };
}

export function useWalkPages(profile: SavedProfile): {
  readonly state: WalkPages;
  readonly busy: boolean;
  readonly failedEarlier: boolean;
  /** Loads the shown weeks again; `include` widens them to a date (a walk just logged in the past). */
  readonly reload: (include?: string) => void;
  readonly showEarlier: () => void;
} {
  const [state, setState] = useState<WalkPages>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [failedEarlier, setFailedEarlier] = useState(false);
  // Each request takes a number; an answer to an older one than the latest is dropped.
  const round = useRef(0);
  const since = useRef(daysBeforeIso(todayIso(), PAGE_DAYS - 1));

  const run = useCallback(
    (load: () => Promise<Page>, merge: (page: Page) => WalkPages, onError: (status: number) => void) => {
      const mine = ++round.current;
      setBusy(true);
      load().then(
        (page) => {
          if (mine !== round.current) return;
          since.current = page.since;
          setState(merge(page));
          setBusy(false);
        },
        (error: unknown) => {
          if (mine !== round.current) return;
          setBusy(false);
          onError(error instanceof ApiFailure ? error.status : -1);
        },
      );
    },
    [],
  );

  const reload = useCallback(
    (include?: string) => {
      if (include !== undefined && include < since.current) {
        since.current = include;
      }
      setFailedEarlier(false);
      run(
        () => fetchPage(profile, since.current),
        (page) => ({ kind: 'ok', ...page }),
        (status) => {
          setState({ kind: 'failed', status });
        },
      );
    },
    [profile, run],
  );

  const showEarlier = useCallback(() => {
    if (state.kind !== 'ok') return;
    const shown = state.walks;
    const to = daysBeforeIso(state.since, 1);
    setFailedEarlier(false);
    run(
      () => fetchPage(profile, daysBeforeIso(to, PAGE_DAYS - 1), to),
      (page) => ({ kind: 'ok', walks: [...page.walks, ...shown], since: page.since, more: page.more }),
      () => {
        setFailedEarlier(true);
      },
    );
  }, [profile, run, state]);

  useEffect(() => {
    since.current = daysBeforeIso(todayIso(), PAGE_DAYS - 1);
    reload();
  }, [profile.id]);

  return { state, busy, failedEarlier, reload, showEarlier };
}
