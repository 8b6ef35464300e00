/** Shoes: add a pair, see the distance walked in each and whether it is due for replacing (the default distance labelled a rule of thumb). */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { Shoe } from '../../api/types.js';
import { LoadFailed } from '../../components/my/LoadFailed.js';
import { MyNav } from '../../components/my/MyNav.js';
import { format, formatNumber, plural, t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';

function ShoeCard({ shoe }: { readonly shoe: Shoe }) {
  return (
    <li class={shoe.dueForReplacement ? 'shoe shoe-due' : 'shoe'}>
      <h3>{shoe.name}</h3>
      <p>
        <strong>{format(t.shoes.walked, { km: formatNumber(shoe.totalKm) })}</strong>
      </p>
      <p class={shoe.dueForReplacement ? 'flag flag-warn' : 'flag'}>
        <span aria-hidden="true">{shoe.dueForReplacement ? '⚠ ' : '✓ '}</span>
        {shoe.dueForReplacement ? t.shoes.due : format(t.shoes.ok, { km: formatNumber(shoe.kmLeft) })}
      </p>
      <p>
        {format(t.shoes.replaceAt, { km: formatNumber(shoe.replaceAtKm) })} {shoe.replaceAtKmIsDefault ? t.shoes.ruleOfThumb : ''}
      </p>
      {shoe.walksWithoutDistance > 0 ? <p class="hint">{plural(t.shoes.noDistance, shoe.walksWithoutDistance)}</p> : null}
    </li>
  );
}

function AddShoe({ onAdd }: { readonly onAdd: (name: string, startedOn: string, startKm: number | undefined) => Promise<void> }) {
  const [name, setName] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso);
  const [startKm, setStartKm] = useState('');
  const [problem, setProblem] = useState(false);
  return (
    <form
      class="shoe-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setProblem(true);
          return;
        }
        setProblem(false);
        const km = startKm.trim() === '' ? undefined : Number(startKm);
        void onAdd(name.trim(), startedOn, km !== undefined && Number.isFinite(km) ? km : undefined).then(() => {
          setName('');
          setStartKm('');
        });
      }}
    >
      <h2>{t.shoes.addTitle}</h2>
      <label class="field">
        <span>{t.shoes.name}</span>
        <input type="text" maxLength={80} value={name} onInput={(e) => { setName(e.currentTarget.value); }} />
      </label>
      <div class="field-row">
        <label class="field">
          <span>{t.shoes.startedOn}</span>
          <input type="date" max={todayIso()} value={startedOn} onInput={(e) => { setStartedOn(e.currentTarget.value); }} />
        </label>
        <label class="field">
          <span>{t.shoes.startKm}</span>
          <input type="number" inputMode="decimal" min={0} max={5000} value={startKm} onInput={(e) => { setStartKm(e.currentTarget.value); }} />
        </label>
      </div>
      {problem ? <p class="error" role="alert">{t.shoes.nameMissing}</p> : null}
      <button type="submit" class="button button-primary">
        {t.shoes.add}
      </button>
    </form>
  );
}

export function ShoesScreen({ profile }: { readonly profile: SavedProfile }) {
  const { state, reload } = useLoad(() => api.shoes(profile), [profile.id]);
  const [message, setMessage] = useState('');
  const add = async (name: string, startedOn: string, startKm: number | undefined): Promise<void> => {
    try {
      await api.addShoe(profile, { name, startedOn, ...(startKm === undefined ? {} : { startKm }) });
      setMessage(t.shoes.added);
      reload();
    } catch {
      setMessage(t.my.failed);
    }
  };
  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.shoes.title}</h1>
      <MyNav current="shoes" />
      <p>{t.shoes.intro}</p>
      {state.kind === 'loading' ? <p>{t.my.loading}</p> : null}
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={reload} /> : null}
      {state.kind === 'ok' ? (
        state.data.length === 0 ? (
          <p>{t.shoes.empty}</p>
        ) : (
          <ul class="shoe-list">
            {state.data.map((shoe) => (
              <ShoeCard key={shoe.id} shoe={shoe} />
            ))}
          </ul>
        )
      ) : null}
      <AddShoe onAdd={add} />
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}
