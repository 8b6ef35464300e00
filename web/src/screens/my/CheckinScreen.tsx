/**
 * The check-in (CONTRACT v1.1): one screen "Since last time, is any of these new?" with every
 * warning sign, "None of these" as one tap, then the measures (back and leg pain now, PEG, PSFS).
 * A warning sign is sent at once and its triage shown at once, with the emergency call where it
 * applies; the measures can wait for the next check-in.
 */
import { useState } from 'preact/hooks';
import { evaluate } from '../../../../src/engine/conditions.js';
import { checkinWarningSigns } from '../../../../src/engine/checkin.js';
import { INSTRUMENTS } from '../../../../src/knowledge/instruments.js';
import { api } from '../../api/client.js';
import type { CheckinMeasures, NewCheckin } from '../../api/types.js';
import { EmergencyCall } from '../../components/EmergencyCall.js';
import { MyNav } from '../../components/my/MyNav.js';
import { PainScale } from '../../components/my/RadioGroup.js';
import { KNOWLEDGE, translated } from '../../engine.js';
import { format, t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { hrefOf } from '../../state/use-route.js';

const SIGNS = checkinWarningSigns(KNOWLEDGE);
const itemsOf = (id: string) => INSTRUMENTS.find((instrument) => instrument.id === id)?.items ?? [];

/** Every sign answered: ticked is yes, the rest no; a follow-up sign only when its first sign is ticked. */
function answersOf(ticked: ReadonlySet<string>): Record<string, boolean> {
  const answers: Record<string, boolean> = {};
  for (const sign of SIGNS) {
    if (sign.askWhen === undefined || evaluate(sign.askWhen, (id) => answers[id]) === true) {
      answers[sign.id] = ticked.has(sign.id);
    }
  }
  return answers;
}

function Signs({ onDone, busy }: { readonly onDone: (ticked: ReadonlySet<string>) => void; readonly busy: boolean }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const shown = SIGNS.filter((sign) => sign.askWhen === undefined || evaluate(sign.askWhen, (id) => ticked.has(id)) === true);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onDone(ticked);
      }}
    >
      <fieldset class="field checkin-signs" data-screen="checkin-signs">
        <legend>
          <h2>{t.checkin.signsTitle}</h2>
        </legend>
        <p class="hint">{t.checkin.signsHint}</p>
        <button type="button" class="button button-primary button-big" disabled={busy || ticked.size > 0} onClick={() => { onDone(new Set()); }}>
          {t.checkin.none}
        </button>
        <ul class="checklist">
          {shown.map((sign) => (
            <li key={sign.id} data-question-id={sign.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={ticked.has(sign.id)}
                  onChange={(event) => {
                    const next = new Set(ticked);
                    if (event.currentTarget.checked) {
                      next.add(sign.id);
                    } else {
                      next.delete(sign.id);
                    }
                    setTicked(next);
                  }}
                />
                <span>{translated(sign.label)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {ticked.size === 0 ? null : (
        <button type="submit" class="button button-primary" disabled={busy}>
          {t.checkin.sendSigns}
        </button>
      )}
    </form>
  );
}

function Triage({ checkin }: { readonly checkin: NewCheckin }) {
  const level = checkin.triage.level;
  return (
    <section class={`triage-banner triage-${level}`} role="alert" aria-labelledby="checkin-triage" data-checkin-level={level}>
      <h2 id="checkin-triage">{t.result.levels[level]}</h2>
      {level === 'emergency' ? <EmergencyCall label={t.result.callButton} /> : null}
      <p>{translated(checkin.triage.advice)}</p>
      {checkin.triage.reasons.length === 0 ? null : (
        <ul>
          {checkin.triage.reasons.map((reason) => (
            <li key={reason.feature}>{translated(reason.text)}</li>
          ))}
        </ul>
      )}
      <p>{t.checkin.keptUntil}</p>
      <div class="actions">
        <a class="button button-secondary" href={hrefOf('history')}>
          {t.progress.retake}
        </a>
      </div>
    </section>
  );
}

/** One 0-10 rating in its published English wording (the page says so in another language). */
function Rating({ name, text, value, onChange }: { readonly name: string; readonly text: string; readonly value: number | undefined; readonly onChange: (value: number) => void }) {
  return <PainScale name={name} legend={text} hint={t.checkin.scaleHint} value={value} onChange={onChange} />;
}

function Measures({ onSave, busy }: { readonly onSave: (measures: CheckinMeasures) => void; readonly busy: boolean }) {
  const [back, setBack] = useState<number | undefined>(undefined);
  const [leg, setLeg] = useState<number | undefined>(undefined);
  const [peg, setPeg] = useState<readonly (number | undefined)[]>([undefined, undefined, undefined]);
  const [activities, setActivities] = useState<readonly { activity: string; score: number | undefined }[]>([
    { activity: '', score: undefined },
    { activity: '', score: undefined },
    { activity: '', score: undefined },
  ]);
  const backItem = itemsOf('nrs_back')[0];
  const legItem = itemsOf('nrs_leg')[0];
  const pegItems = itemsOf('peg');
  const save = (): void => {
    // PEG is scored only whole: all three items, or none.
    const pegAnswers = peg.filter((value): value is number => value !== undefined);
    const psfs = activities
      .filter((row) => row.activity.trim() !== '' && row.score !== undefined)
      .map((row) => ({ activity: row.activity.trim(), score: row.score ?? 0 }));
    onSave({
      ...(back === undefined ? {} : { nrs_back: back }),
      ...(leg === undefined ? {} : { nrs_leg: leg }),
      ...(pegAnswers.length === peg.length ? { peg: pegAnswers } : {}),
      ...(psfs.length === 0 ? {} : { psfs }),
    });
  };
  return (
    <section aria-labelledby="measures-title" data-screen="checkin-measures">
      <h2 id="measures-title">{t.checkin.measuresTitle}</h2>
      <p>{t.checkin.measuresIntro}</p>
      <div lang="en">
        {backItem === undefined ? null : <Rating name="nrs-back" text={backItem.text} value={back} onChange={setBack} />}
        {legItem === undefined ? null : <Rating name="nrs-leg" text={legItem.text} value={leg} onChange={setLeg} />}
        <h3>{t.checkin.pegTitle}</h3>
        {pegItems.map((item, index) => (
          <Rating
            key={item.id}
            name={`peg-${item.id}`}
            text={item.text}
            value={peg[index]}
            onChange={(value) => {
              setPeg(peg.map((old, at) => (at === index ? value : old)));
            }}
          />
        ))}
      </div>
      <h3>{t.checkin.psfsTitle}</h3>
      <p>{t.checkin.psfsIntro}</p>
      {activities.map((row, index) => (
        <div class="field psfs-row" key={index}>
          <label for={`psfs-${String(index)}`}>{format(t.checkin.psfsActivity, { number: index + 1 })}</label>
          <input
            id={`psfs-${String(index)}`}
            type="text"
            maxLength={80}
            value={row.activity}
            onInput={(event) => {
              const activity = event.currentTarget.value;
              setActivities(activities.map((old, at) => (at === index ? { ...old, activity } : old)));
            }}
          />
          {row.activity.trim() === '' ? null : (
            <PainScale
              name={`psfs-score-${String(index)}`}
              legend={format(t.checkin.psfsScore, { activity: row.activity.trim() })}
              hint={t.checkin.psfsHint}
              value={row.score}
              onChange={(score) => {
                setActivities(activities.map((old, at) => (at === index ? { ...old, score } : old)));
              }}
            />
          )}
        </div>
      ))}
      <button type="button" class="button button-primary" disabled={busy} onClick={save}>
        {t.checkin.save}
      </button>
    </section>
  );
}

export function CheckinScreen({ profile }: { readonly profile: SavedProfile }) {
  const [signs, setSigns] = useState<Record<string, boolean> | null>(null);
  const [result, setResult] = useState<NewCheckin | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const send = async (warningSigns: Record<string, boolean>, measures?: CheckinMeasures): Promise<void> => {
    setBusy(true);
    try {
      const stored = await api.addCheckin(profile, {
        date: todayIso(),
        warningSigns,
        ...(measures === undefined || Object.keys(measures).length === 0 ? {} : { measures }),
      });
      setResult(stored);
      setSaved(true);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.checkin.title}</h1>
      <MyNav current="checkin" />
      {failed ? (
        <p class="error" role="alert">
          {t.my.failed}
        </p>
      ) : null}
      {signs === null && !saved ? (
        <Signs
          busy={busy}
          onDone={(ticked) => {
            const answers = answersOf(ticked);
            setSigns(answers);
            // A warning sign cannot wait for the measures: send it and show its triage now.
            if (ticked.size > 0) {
              void send(answers);
            }
          }}
        />
      ) : null}
      {signs !== null && !saved && Object.values(signs).every((value) => !value) ? (
        <Measures
          busy={busy}
          onSave={(measures) => {
            void send(signs, measures);
          }}
        />
      ) : null}
      {result !== null && result.escalated ? <Triage checkin={result} /> : null}
      {saved && result !== null && !result.escalated ? (
        <p role="status" data-checkin-saved>
          {t.checkin.saved}
        </p>
      ) : null}
      {saved ? (
        <a class="button button-secondary" href={hrefOf('progress')}>
          {t.checkin.toProgress}
        </a>
      ) : null}
    </section>
  );
}
