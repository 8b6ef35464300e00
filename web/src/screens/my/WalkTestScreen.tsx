/**
 * The self-paced walking test: a timer they start, a tap when symptoms start, laps of a measured
 * course if they walk one, a tap when they must stop, then what eased it; saved as a walk. The
 * running test lives in state/running-test.ts, so leaving this screen, a reload or a locked phone
 * never loses it; only "Throw away this test" or saving ends it.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { RELIEF_BY, STOPPED_BECAUSE, type ReliefBy, type StoppedBecause } from '../../api/types.js';
import { MyNav } from '../../components/my/MyNav.js';
import { PainScale, RadioGroup } from '../../components/my/RadioGroup.js';
import { format, formatNumber, plural, t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { clock, saveRunningTest, useNow, useRunningTest, type RunningTest } from '../../state/running-test.js';

export { clock };

const minutesOf = (ms: number): number => Math.round((ms / 60_000) * 10) / 10;
/** The contract's walk allows up to 100 km; a course is at most 10 km long. */
const MAX_COURSE_METERS = 10_000;

/** Distance in km from laps of a measured course, or undefined without a course. */
export function distanceKmOf(courseMeters: number | null, laps: number): number | undefined {
  if (courseMeters === null || laps <= 0) {return undefined;}
  return Math.min(100, Math.round((courseMeters * laps) / 10) / 100);
}

function Ready({ profile }: { readonly profile: SavedProfile }) {
  const [painBefore, setPainBefore] = useState<number | undefined>(undefined);
  const [course, setCourse] = useState('');
  const meters = Number(course);
  const courseMeters = course.trim() !== '' && Number.isFinite(meters) && meters > 0 && meters <= MAX_COURSE_METERS ? meters : null;
  const courseBad = course.trim() !== '' && courseMeters === null;
  return (
    <>
      <p>{t.walkTest.intro}</p>
      <p class="notice">{t.walkTest.safety}</p>
      <PainScale name="test-pain-before" legend={t.walkTest.painBefore} hint={t.diary.painHint} value={painBefore} onChange={setPainBefore} />
      <div class="field">
        <label for="test-course">{t.walkTest.course}</label>
        <p class="hint" id="test-course-hint">
          {t.walkTest.courseHint}
        </p>
        <input
          id="test-course"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COURSE_METERS}
          value={course}
          aria-describedby="test-course-hint"
          aria-invalid={courseBad}
          onInput={(event) => {
            setCourse(event.currentTarget.value);
          }}
        />
        {courseBad ? (
          <p class="error" role="alert">
            {t.walkTest.courseBad}
          </p>
        ) : null}
      </div>
      <p class="hint">{t.walkTest.keepsRunning}</p>
      <button
        type="button"
        class="button button-primary button-big"
        disabled={courseBad}
        onClick={() => {
          saveRunningTest({ profileId: profile.id, startedAt: Date.now(), symptomsAt: null, stoppedAt: null, painBefore: painBefore ?? null, courseMeters, laps: 0 });
        }}
      >
        {t.walkTest.start}
      </button>
    </>
  );
}

function Walking({ test }: { readonly test: RunningTest }) {
  const now = useNow(true);
  return (
    <>
      <p class="timer" aria-live="off">
        <span class="visually-hidden">{t.walkTest.elapsed}: </span>
        <span data-timer>{clock((now - test.startedAt) / 1000)}</span>
      </p>
      <p role="status">{test.symptomsAt === null ? '' : format(t.walkTest.symptomsAt, { time: clock((test.symptomsAt - test.startedAt) / 1000) })}</p>
      <p class="hint">{t.walkTest.keepsRunning}</p>
      <div class="actions">
        <button type="button" class="button button-secondary button-big" disabled={test.symptomsAt !== null} onClick={() => { saveRunningTest({ ...test, symptomsAt: Date.now() }); }}>
          {t.walkTest.symptoms}
        </button>
        {test.courseMeters === null ? null : (
          <button type="button" class="button button-secondary button-big" onClick={() => { saveRunningTest({ ...test, laps: test.laps + 1 }); }}>
            {t.walkTest.lap}
          </button>
        )}
        <button type="button" class="button button-primary button-big" onClick={() => { saveRunningTest({ ...test, stoppedAt: Date.now() }); }}>
          {t.walkTest.stop}
        </button>
      </div>
      {test.courseMeters === null ? null : (
        <p aria-live="polite" data-laps={test.laps}>
          {plural(t.walkTest.lapsDone, test.laps)}
        </p>
      )}
    </>
  );
}

function Done({ profile, test, onSaved }: { readonly profile: SavedProfile; readonly test: RunningTest & { readonly stoppedAt: number }; readonly onSaved: () => void }) {
  const [painBefore, setPainBefore] = useState<number | undefined>(test.painBefore ?? undefined);
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [relief, setRelief] = useState<ReliefBy | undefined>(undefined);
  const [stopped, setStopped] = useState<StoppedBecause | undefined>(undefined);
  const [laps, setLaps] = useState(String(test.laps));
  const [problem, setProblem] = useState<string | null>(null);
  const walkedMs = test.stoppedAt - test.startedAt;
  const symptomsMs = test.symptomsAt === null ? null : test.symptomsAt - test.startedAt;
  const lapCount = Number(laps);
  const distanceKm = distanceKmOf(test.courseMeters, Number.isInteger(lapCount) && lapCount >= 0 ? lapCount : 0);

  const save = async (): Promise<void> => {
    const missing = [
      painBefore === undefined ? t.walkTest.painBefore : null,
      painAfter === undefined ? t.walkTest.painAfter : null,
      stopped === undefined ? t.diary.stopped : null,
    ].filter((name): name is string => name !== null);
    if (missing.length > 0 || painBefore === undefined || painAfter === undefined || stopped === undefined) {
      setProblem(format(t.diary.missing, { fields: missing.join(', ') }));
      return;
    }
    const minutes = Math.min(600, minutesOf(walkedMs));
    try {
      await api.addWalk(profile, {
        date: todayIso(new Date(test.startedAt)),
        minutes,
        minutesUntilSymptoms: symptomsMs === null ? null : Math.min(minutes, minutesOf(symptomsMs)),
        ...(distanceKm === undefined ? {} : { distanceKm }),
        painBefore,
        painAfter,
        stoppedBecause: stopped,
        ...(relief === undefined ? {} : { reliefBy: relief }),
        note: t.walkTest.title,
      });
      saveRunningTest(null);
      onSaved();
    } catch {
      setProblem(t.my.failed);
    }
  };

  return (
    <>
      <h2>{format(t.walkTest.doneTitle, { time: clock(walkedMs / 1000) })}</h2>
      {symptomsMs === null ? <p>{t.diary.symptomFree}</p> : <p>{format(t.walkTest.symptomsAt, { time: clock(symptomsMs / 1000) })}</p>}
      {test.courseMeters === null ? null : (
        <div class="field">
          <label for="test-laps">{format(t.walkTest.lapsLabel, { meters: formatNumber(test.courseMeters) })}</label>
          <input
            id="test-laps"
            type="number"
            inputMode="numeric"
            min={0}
            value={laps}
            onInput={(event) => {
              setLaps(event.currentTarget.value);
            }}
          />
          {distanceKm === undefined ? null : <p class="hint">{format(t.walkTest.distance, { km: formatNumber(distanceKm, { maximumFractionDigits: 2 }) })}</p>}
        </div>
      )}
      <RadioGroup name="test-relief" legend={t.walkTest.relief} options={RELIEF_BY.map((value) => ({ value, label: t.diary.reliefBy[value] }))} value={relief} onChange={setRelief} />
      <RadioGroup name="test-stopped" legend={t.diary.stopped} options={STOPPED_BECAUSE.map((value) => ({ value, label: t.diary.stoppedBecause[value] }))} value={stopped} onChange={setStopped} />
      {test.painBefore === null ? <PainScale name="test-pain-before" legend={t.walkTest.painBefore} hint={t.diary.painHint} value={painBefore} onChange={setPainBefore} /> : null}
      <PainScale name="test-pain-after" legend={t.walkTest.painAfter} hint={t.diary.painHint} value={painAfter} onChange={setPainAfter} />
      {problem === null ? null : <p class="error" role="alert">{problem}</p>}
      <button type="button" class="button button-primary" onClick={() => void save()}>
        {t.walkTest.save}
      </button>
    </>
  );
}

export function WalkTestScreen({ profile }: { readonly profile: SavedProfile }) {
  const running = useRunningTest();
  const [saved, setSaved] = useState(false);
  // A test started under another profile on this device is not this one's to show or save.
  const test = running?.profileId === profile.id ? running : null;
  const stoppedAt = test?.stoppedAt ?? null;

  return (
    <section class="page my-page walk-test">
      <h1 tabIndex={-1}>{t.walkTest.title}</h1>
      <MyNav current="walk-test" />
      {test === null && saved ? (
        <>
          <p role="status">{t.walkTest.saved}</p>
          <button type="button" class="button button-secondary" onClick={() => { setSaved(false); }}>
            {t.walkTest.again}
          </button>
        </>
      ) : null}
      {test === null && !saved ? <Ready profile={profile} /> : null}
      {test !== null && stoppedAt === null ? <Walking test={test} /> : null}
      {test !== null && stoppedAt !== null ? <Done key={test.startedAt} profile={profile} test={{ ...test, stoppedAt }} onSaved={() => { setSaved(true); }} /> : null}
      {test === null ? null : (
        <p>
          <button
            type="button"
            class="button button-secondary button-small"
            onClick={() => {
              if (confirm(t.walkTest.discardConfirm)) {saveRunningTest(null);}
            }}
          >
            {t.walkTest.discard}
          </button>
        </p>
      )}
    </section>
  );
}
