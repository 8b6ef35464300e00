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

/** The most walks one request asks for; a window with more follows the cursor. */
const MOST_PER_REQUEST = 500;

/** Every walk from `from` through `to` (inclusive), oldest first, a page of the API at a time. */
async function walksBetween(profile: SavedProfile, from: string, to?: string): Promise<Walk[]> {
  const walks: Walk[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.walkPage(profile, {
      limit: MOST_PER_REQUEST,
      from,
      ...(to === undefined ? {} : { to }),
      ...(cursor === undefined ? {} : { cursor }),
    });
    walks.push(...page.walks);
    if (page.next === null) {
      return walks.reverse();
    }
    cursor = page.next;
  }
}

/** The latest walk before `date`, if there is one: one walk, never the whole earlier diary. */
async function latestBefore(profile: SavedProfile, date: string): Promise<Walk | undefined> {
  return (await api.walkPage(profile, { limit: 1, to: daysBeforeIso(date, 1) })).walks[0];
}

/**
 * The walks from `from` (through `to`, if given). When there are none, the 8 weeks up to the latest
 * walk before `from`, so a long gap never reads as "no walks". `more` asks the API for the one
 * walk before the page, so "Show earlier walks" is offered only when there is one.
 */
async function fetchPage(profile: SavedProfile, from: string, to?: string): Promise<Page> {
  const [walks, before] = await Promise.all([walksBetween(profile, from, to), latestBefore(profile, from)]);
  if (walks.length > 0 || before === undefined) {
    return { walks, since: from, more: before !== undefined };
  }
  const since = daysBeforeIso(before.date, PAGE_DAYS - 1);
  const [earlier, beyond] = await Promise.all([
    walksBetween(profile, since, before.date),
    latestBefore(profile, since),
  ]);
  return { walks: earlier, since, more: beyond !== undefined };
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
