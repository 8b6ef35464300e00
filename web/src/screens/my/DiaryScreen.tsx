/** The walking diary: log a walk at the top, the walks below with delete. */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { Walk, WalkInput } from '../../api/types.js';
import { WalkForm } from '../../components/diary/WalkForm.js';
import { WalkList } from '../../components/diary/WalkList.js';
import { LoadFailed } from '../../components/my/LoadFailed.js';
import { MyNav } from '../../components/my/MyNav.js';
import { t } from '../../i18n/index.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';

export function DiaryScreen({ profile }: { readonly profile: SavedProfile }) {
  const { state, reload } = useLoad(async () => {
    const [walks, shoes] = await Promise.all([api.walks(profile), api.shoes(profile)]);
    return { walks, shoes };
  }, [profile.id]);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);

  const save = async (walk: WalkInput): Promise<boolean> => {
    try {
      await api.addWalk(profile, walk);
      setFailed(false);
      setMessage(t.diary.saved);
      reload();
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };
  const remove = (walk: Walk): void => {
    api.deleteWalk(profile, walk.id).then(
      () => {
        setMessage(t.diary.deleted);
        reload();
      },
      () => {
        setFailed(true);
      },
    );
  };

  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.diary.title}</h1>
      <MyNav current="diary" />
      <p>{t.diary.intro}</p>
      <WalkForm shoes={state.kind === 'ok' ? state.data.shoes : []} onSave={save} />
      <p class="status" role="status">
        {message}
      </p>
      {failed ? (
        <p class="error" role="alert">
          {t.my.failed}
        </p>
      ) : null}
      <h2>{t.diary.listTitle}</h2>
      {state.kind === 'loading' ? <p>{t.my.loading}</p> : null}
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={reload} /> : null}
      {state.kind === 'ok' ? <WalkList walks={state.data.walks} onDelete={remove} /> : null}
    </section>
  );
}
