/**
 * Deleting a walk with a way back: the walk disappears from the list at once, an Undo stays
 * offered for UNDO_SECONDS, and only then is it deleted on the server. Leaving the screen or the
 * page (pagehide, sent with keepalive) deletes it at once, since the Undo is no longer on offer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { Walk } from '../api/types.js';
import type { SavedProfile } from './profile.js';

/** Long enough to read the message and reach the button on a phone. */
export const UNDO_SECONDS = 10;

export interface UndoableDelete {
  /** The walk waiting to be deleted, hidden from the list; null when none. */
  readonly pending: Walk | null;
  readonly remove: (walk: Walk) => void;
  readonly undo: () => void;
}

export function useUndoableDelete(profile: SavedProfile, onDeleted: () => void, onFailed: () => void): UndoableDelete {
  const [pending, setPending] = useState<Walk | null>(null);
  const waiting = useRef<{ readonly walk: Walk; readonly timer: ReturnType<typeof setTimeout> } | null>(null);
  // The latest callbacks, so the delete that fires later (or on leaving) calls the current ones.
  const latest = useRef({ profile, onDeleted, onFailed });
  latest.current = { profile, onDeleted, onFailed };

  const commit = useRef((keepalive: boolean): void => {
    const current = waiting.current;
    if (current === null) {
      return;
    }
    clearTimeout(current.timer);
    waiting.current = null;
    setPending(null);
    const { profile: owner, onDeleted: done, onFailed: failed } = latest.current;
    api.deleteWalk(owner, current.walk.id, { keepalive }).then(done, failed);
  }).current;

  useEffect(() => {
    const onHide = (): void => {
      commit(true);
    };
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      commit(false);
    };
  }, [commit]);

  const remove = (walk: Walk): void => {
    // One undo at a time: a second delete makes the first final.
    commit(false);
    const timer = setTimeout(() => {
      commit(false);
    }, UNDO_SECONDS * 1000);
    waiting.current = { walk, timer };
    setPending(walk);
  };

  const undo = (): void => {
    const current = waiting.current;
    if (current !== null) {
      clearTimeout(current.timer);
    }
    waiting.current = null;
    setPending(null);
  };

  return { pending, remove, undo };
}
