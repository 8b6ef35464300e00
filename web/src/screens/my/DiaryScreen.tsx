/** The walking diary: log a walk at the top, the walks below with delete and a few seconds to undo it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { Walk, WalkInput } from '../../api/types.js';
import { WalkForm } from '../../components/diary/WalkForm.js';
import { WalkList } from '../../components/diary/WalkList.js';
import { LoadFailed } from '../../components/my/LoadFailed.js';
import { MyNav } from '../../components/my/MyNav.js';
import { format, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';
import { useUndoableDelete } from '../../state/use-undoable-delete.js';
import { useWalkPages } from '../../state/use-walk-pages.js';

export function DiaryScreen({ profile }: { readonly profile: SavedProfile }) {
  const shoes = useLoad(() => api.shoes(profile), [profile.id]).state;
  const pages = useWalkPages(profile);
  const { state, reload } = pages;
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const noEarlier = useRef<HTMLParagraphElement>(null);
  const asked = useRef(false);
  const allShown = state.kind === 'ok' && !state.more;
  useEffect(() => {
    // The button goes once there is nothing earlier: keep the keyboard where it was.
    if (asked.current && allShown) {
      noEarlier.current?.focus();
    }
  }, [allShown]);

  const save = async (walk: WalkInput): Promise<boolean> => {
    try {
      await api.addWalk(profile, walk);
      setFailed(false);
      setMessage(t.diary.saved);
      reload(walk.date);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };
  const deleting = useUndoableDelete(
    profile,
    () => {
      reload();
    },
    () => {
      setFailed(true);
      reload();
    },
  );
  const remove = (walk: Walk): void => {
    setMessage('');
    deleting.remove(walk);
  };
  const pending = deleting.pending;

  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.diary.title}</h1>
      <MyNav current="diary" />
      <p>{t.diary.intro}</p>
      <WalkForm shoes={shoes.kind === 'ok' ? shoes.data : []} onSave={save} />
      <p class="status" role="status">
        {message}
      </p>
      <div class="undo-toast" role="status">
        {pending === null ? null : (
          <>
            <span>{t.diary.deleted}</span>
            <button
              type="button"
              class="button button-secondary button-small"
              aria-label={format(t.diary.undoLabel, { date: formatDay(pending.date) })}
              onClick={() => {
                deleting.undo();
                setMessage(t.diary.restored);
              }}
            >
              {t.diary.undo}
            </button>
          </>
        )}
      </div>
      {failed ? (
        <p class="error" role="alert">
          {t.my.failed}
        </p>
      ) : null}
      <h2>{t.diary.listTitle}</h2>
      {state.kind === 'loading' ? <p>{t.my.loading}</p> : null}
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={() => { reload(); }} /> : null}
      {state.kind === 'ok' ? (
        <>
          {state.walks.length === 0 ? null : <p class="hint" aria-live="polite">{format(t.diary.showingSince, { date: formatDay(state.since) })}</p>}
          <WalkList walks={pending === null ? state.walks : state.walks.filter((walk) => walk.id !== pending.id)} onDelete={remove} />
          {state.more ? (
            <button
              type="button"
              class="button button-secondary"
              aria-busy={pages.busy}
              onClick={() => {
                if (pages.busy) {return;}
                asked.current = true;
                pages.showEarlier();
              }}
            >
              {pages.busy ? t.diary.loadingEarlier : t.diary.showEarlier}
            </button>
          ) : state.walks.length === 0 ? null : (
            <p ref={noEarlier} tabIndex={-1}>
              {t.diary.noEarlier}
            </p>
          )}
          {pages.failedEarlier ? (
            <p class="error" role="alert">
              {t.my.failed}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
