/** The self-paced walking test: a timer they start, a tap when symptoms start and when they must stop, then what eased it; saved as a walk. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { RELIEF_BY, STOPPED_BECAUSE, type ReliefBy, type StoppedBecause } from '../../api/types.js';
import { MyNav } from '../../components/my/MyNav.js';
import { PainScale, RadioGroup } from '../../components/my/RadioGroup.js';
import { format, t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';

type Phase =
  | { readonly kind: 'ready' }
  | { readonly kind: 'walking'; readonly startedAt: number; readonly symptomsAt: number | null }
  | { readonly kind: 'done'; readonly seconds: number; readonly symptomsSeconds: number | null }
  | { readonly kind: 'saved' };

/** Seconds as "m:ss". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(whole / 60))}:${String(whole % 60).padStart(2, '0')}`;
}

const minutesOf = (seconds: number): number => Math.round((seconds / 60) * 10) / 10;

function useTicker(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) {
      return undefined;
    }
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

export function WalkTestScreen({ profile }: { readonly profile: SavedProfile }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [painBefore, setPainBefore] = useState<number | undefined>(undefined);
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [relief, setRelief] = useState<ReliefBy | undefined>(undefined);
  const [stopped, setStopped] = useState<StoppedBecause | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const now = useTicker(phase.kind === 'walking');

  const save = async (): Promise<void> => {
    if (phase.kind !== 'done') return;
    const missing = [
      painBefore === undefined ? t.walkTest.painBefore : null,
      painAfter === undefined ? t.walkTest.painAfter : null,
      stopped === undefined ? t.diary.stopped : null,
    ].filter((name): name is string => name !== null);
    if (missing.length > 0 || painBefore === undefined || painAfter === undefined || stopped === undefined) {
      setProblem(format(t.diary.missing, { fields: missing.join(', ') }));
      return;
    }
    const minutes = minutesOf(phase.seconds);
    try {
      await api.addWalk(profile, {
        date: todayIso(),
        minutes,
        minutesUntilSymptoms: phase.symptomsSeconds === null ? null : Math.min(minutes, minutesOf(phase.symptomsSeconds)),
        painBefore,
        painAfter,
        stoppedBecause: stopped,
        ...(relief === undefined ? {} : { reliefBy: relief }),
        note: t.walkTest.title,
      });
      setProblem(null);
      setPhase({ kind: 'saved' });
    } catch {
      setProblem(t.my.failed);
    }
  };

  return (
    <section class="page my-page walk-test">
      <h1 tabIndex={-1}>{t.walkTest.title}</h1>
      <MyNav current="walk-test" />
      {phase.kind === 'ready' ? (
        <>
          <p>{t.walkTest.intro}</p>
          <p class="notice">{t.walkTest.safety}</p>
          <PainScale name="test-pain-before" legend={t.walkTest.painBefore} hint={t.diary.painHint} value={painBefore} onChange={setPainBefore} />
          <button type="button" class="button button-primary button-big" onClick={() => { setPhase({ kind: 'walking', startedAt: Date.now(), symptomsAt: null }); }}>
            {t.walkTest.start}
          </button>
        </>
      ) : null}
      {phase.kind === 'walking' ? (
        <>
          <p class="timer" aria-live="off">
            <span class="visually-hidden">{t.walkTest.elapsed}: </span>
            <span data-timer>{clock((now - phase.startedAt) / 1000)}</span>
          </p>
          <p role="status">{phase.symptomsAt === null ? '' : format(t.walkTest.symptomsAt, { time: clock((phase.symptomsAt - phase.startedAt) / 1000) })}</p>
          <div class="actions">
            <button type="button" class="button button-secondary button-big" disabled={phase.symptomsAt !== null} onClick={() => { setPhase({ ...phase, symptomsAt: Date.now() }); }}>
              {t.walkTest.symptoms}
            </button>
            <button
              type="button"
              class="button button-primary button-big"
              onClick={() => {
                const end = Date.now();
                setPhase({ kind: 'done', seconds: (end - phase.startedAt) / 1000, symptomsSeconds: phase.symptomsAt === null ? null : (phase.symptomsAt - phase.startedAt) / 1000 });
              }}
            >
              {t.walkTest.stop}
            </button>
          </div>
        </>
      ) : null}
      {phase.kind === 'done' ? (
        <>
          <h2>{format(t.walkTest.doneTitle, { time: clock(phase.seconds) })}</h2>
          {phase.symptomsSeconds === null ? <p>{t.diary.symptomFree}</p> : <p>{format(t.walkTest.symptomsAt, { time: clock(phase.symptomsSeconds) })}</p>}
          <RadioGroup name="test-relief" legend={t.walkTest.relief} options={RELIEF_BY.map((value) => ({ value, label: t.diary.reliefBy[value] }))} value={relief} onChange={setRelief} />
          <RadioGroup name="test-stopped" legend={t.diary.stopped} options={STOPPED_BECAUSE.map((value) => ({ value, label: t.diary.stoppedBecause[value] }))} value={stopped} onChange={setStopped} />
          {painBefore === undefined ? <PainScale name="test-pain-before" legend={t.walkTest.painBefore} hint={t.diary.painHint} value={painBefore} onChange={setPainBefore} /> : null}
          <PainScale name="test-pain-after" legend={t.walkTest.painAfter} hint={t.diary.painHint} value={painAfter} onChange={setPainAfter} />
          {problem === null ? null : <p class="error" role="alert">{problem}</p>}
          <button type="button" class="button button-primary" onClick={() => void save()}>
            {t.walkTest.save}
          </button>
        </>
      ) : null}
      {phase.kind === 'saved' ? (
        <>
          <p role="status">{t.walkTest.saved}</p>
          <button type="button" class="button button-secondary" onClick={() => { setPhase({ kind: 'ready' }); setPainAfter(undefined); setRelief(undefined); setStopped(undefined); }}>
            {t.walkTest.again}
          </button>
        </>
      ) : null}
    </section>
  );
}
