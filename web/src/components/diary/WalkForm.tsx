/** Logs one walk in a few taps: date (today), minutes, minutes until symptoms or none, pain before and after, why they stopped; the rest folded away as optional. */
import { useState } from 'preact/hooks';
import type { ReliefBy, Shoe, StoppedBecause, Surface, WalkInput } from '../../api/types.js';
import { RELIEF_BY, STOPPED_BECAUSE, SURFACES } from '../../api/types.js';
import { format, t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import { PainScale, RadioGroup } from '../my/RadioGroup.js';

interface Draft {
  date: string;
  minutes: string;
  until: string;
  noSymptoms: boolean;
  painBefore: number | undefined;
  painAfter: number | undefined;
  stopped: StoppedBecause | undefined;
  distance: string;
  relief: ReliefBy | undefined;
  surface: Surface | undefined;
  poles: boolean;
  shoeId: string;
  note: string;
}

const fresh = (): Draft => ({
  date: todayIso(),
  minutes: '',
  until: '',
  noSymptoms: false,
  painBefore: undefined,
  painAfter: undefined,
  stopped: undefined,
  distance: '',
  relief: undefined,
  surface: undefined,
  poles: false,
  shoeId: '',
  note: '',
});

const number = (text: string): number | undefined => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));

/** The walk to send, or the names of what is missing. */
export function walkOf(draft: Draft): WalkInput | string[] {
  const minutes = number(draft.minutes);
  const until = number(draft.until);
  const missing: string[] = [];
  if (minutes === undefined || minutes < 0 || minutes > 600) missing.push(t.diary.minutes);
  if (!draft.noSymptoms && draft.until.trim() !== '' && (until === undefined || until < 0)) missing.push(t.diary.untilSymptoms);
  if (draft.painBefore === undefined) missing.push(t.diary.painBefore);
  if (draft.painAfter === undefined) missing.push(t.diary.painAfter);
  if (draft.stopped === undefined) missing.push(t.diary.stopped);
  const distance = number(draft.distance);
  if (missing.length > 0 || minutes === undefined || draft.painBefore === undefined || draft.painAfter === undefined || draft.stopped === undefined) {
    return missing;
  }
  const note = draft.note.trim();
  return {
    date: draft.date,
    minutes,
    ...(draft.noSymptoms ? { minutesUntilSymptoms: null } : until === undefined ? {} : { minutesUntilSymptoms: until }),
    painBefore: draft.painBefore,
    painAfter: draft.painAfter,
    stoppedBecause: draft.stopped,
    ...(distance === undefined ? {} : { distanceKm: distance }),
    ...(draft.relief === undefined ? {} : { reliefBy: draft.relief }),
    ...(draft.surface === undefined ? {} : { surface: draft.surface }),
    ...(draft.poles ? { poles: true } : {}),
    ...(draft.shoeId === '' ? {} : { shoeId: draft.shoeId }),
    ...(note === '' ? {} : { note }),
  };
}

interface Props {
  readonly shoes: readonly Shoe[];
  readonly onSave: (walk: WalkInput) => Promise<boolean>;
}

export function WalkForm({ shoes, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>(fresh);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => {
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const walk = walkOf(draft);
    if (Array.isArray(walk)) {
      setProblem(format(t.diary.missing, { fields: walk.join(', ') }));
      return;
    }
    if (typeof walk.minutesUntilSymptoms === 'number' && walk.minutesUntilSymptoms > walk.minutes) {
      setProblem(t.diary.tooLong);
      return;
    }
    setProblem(null);
    setBusy(true);
    if (await onSave(walk)) {
      setDraft(fresh());
    }
    setBusy(false);
  };

  return (
    <form class="walk-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="walk-form-title">{t.diary.formTitle}</h2>
      <div class="field-row">
        <label class="field">
          <span>{t.diary.date}</span>
          <input type="date" value={draft.date} max={todayIso()} required onInput={(e) => { set('date', e.currentTarget.value); }} />
        </label>
        <label class="field">
          <span>{t.diary.minutes}</span>
          <input type="number" inputMode="decimal" min={0} max={600} value={draft.minutes} name="minutes" onInput={(e) => { set('minutes', e.currentTarget.value); }} />
        </label>
      </div>
      <div class="field">
        <label>
          <span>{t.diary.untilSymptoms}</span>
          <input type="number" inputMode="decimal" min={0} max={600} name="until" value={draft.until} disabled={draft.noSymptoms} onInput={(e) => { set('until', e.currentTarget.value); }} />
        </label>
        <label class="check">
          <input type="checkbox" checked={draft.noSymptoms} onChange={(e) => { set('noSymptoms', e.currentTarget.checked); }} />
          <span>{t.diary.noSymptoms}</span>
        </label>
      </div>
      <PainScale name="pain-before" legend={t.diary.painBefore} hint={t.diary.painHint} value={draft.painBefore} onChange={(v) => { set('painBefore', v); }} />
      <PainScale name="pain-after" legend={t.diary.painAfter} hint={t.diary.painHint} value={draft.painAfter} onChange={(v) => { set('painAfter', v); }} />
      <RadioGroup name="stopped" legend={t.diary.stopped} options={STOPPED_BECAUSE.map((value) => ({ value, label: t.diary.stoppedBecause[value] }))} value={draft.stopped} onChange={(v) => { set('stopped', v); }} />
      <details class="more">
        <summary>{t.diary.more}</summary>
        <RadioGroup name="relief" legend={t.diary.relief} options={RELIEF_BY.map((value) => ({ value, label: t.diary.reliefBy[value] }))} value={draft.relief} onChange={(v) => { set('relief', v); }} />
        <label class="field">
          <span>{t.diary.distance}</span>
          <input type="number" inputMode="decimal" min={0} max={100} step="0.1" value={draft.distance} onInput={(e) => { set('distance', e.currentTarget.value); }} />
        </label>
        <RadioGroup name="surface" legend={t.diary.surface} options={SURFACES.map((value) => ({ value, label: t.diary.surfaces[value] }))} value={draft.surface} onChange={(v) => { set('surface', v); }} />
        <label class="check">
          <input type="checkbox" checked={draft.poles} onChange={(e) => { set('poles', e.currentTarget.checked); }} />
          <span>{t.diary.poles}</span>
        </label>
        {shoes.length === 0 ? null : (
          <label class="field">
            <span>{t.diary.shoe}</span>
            <select value={draft.shoeId} onChange={(e) => { set('shoeId', e.currentTarget.value); }}>
              <option value="">{t.diary.noShoe}</option>
              {shoes.map((shoe) => (
                <option key={shoe.id} value={shoe.id}>
                  {shoe.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="field">
          <span>{t.diary.note}</span>
          <textarea maxLength={500} rows={2} value={draft.note} onInput={(e) => { set('note', e.currentTarget.value); }} />
        </label>
      </details>
      {problem === null ? null : (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        {t.diary.save}
      </button>
    </form>
  );
}
