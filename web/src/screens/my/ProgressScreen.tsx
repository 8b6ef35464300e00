/** Progress: warnings first (back to the triage advice), the trend in words, this week's plan, the walking tests and check-in measures, then the weekly charts. */
import { api } from '../../api/client.js';
import type { Progress, ProgressWithAttention, SavedAssessment, Walk } from '../../api/types.js';
import { walkingProgram, type ProgramResult } from '../../../../src/engine/walking-program.js';
import { walkTestsOf } from '../../../../src/engine/walk-test.js';
import { AttentionNotice, CheckinOffer } from '../../components/my/AttentionNotice.js';
import { LoadFailed } from '../../components/my/LoadFailed.js';
import { MyNav } from '../../components/my/MyNav.js';
import { WalkTestTable } from '../../components/my/WalkTestTable.js';
import { MeasuresPanel } from '../../components/progress/MeasuresPanel.js';
import { ProgramCard } from '../../components/progress/ProgramCard.js';
import { TrendCard } from '../../components/progress/TrendCard.js';
import { WeekChart, pickPain, pickTolerance, pickTotal } from '../../components/progress/WeekChart.js';
import { t } from '../../i18n/index.js';
import { daysBeforeIso, todayIso } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';
import { hrefOf } from '../../state/use-route.js';

function programInputOf(latest: SavedAssessment | undefined): ProgramResult | null {
  if (latest === undefined) {return null;}
  const until = latest.answers?.['walk_minutes_until_pain'];
  return {
    triage: { level: latest.result.triage.level },
    causes: latest.result.causes.map((cause) => ({ id: cause.id, band: cause.band })),
    minutesUntilPain: typeof until === 'number' ? until : null,
  };
}

function Warnings({ progress, latest }: { readonly progress: Progress; readonly latest: SavedAssessment | undefined }) {
  // The only warning progress gives today is worsening walking tolerance.
  const tolerance = progress.warnings.length > 0;
  const level = latest?.result.triage.level;
  const triage = level === 'emergency' || level === 'urgent';
  if (!tolerance && !triage) {return null;}
  return (
    <section class="warning-box" role="alert" aria-labelledby="warning-title">
      <h2 id="warning-title">
        <span aria-hidden="true">⚠ </span>
        {t.progress.warningTitle}
      </h2>
      {tolerance ? <p>{t.progress.warningTolerance}</p> : null}
      {triage ? <p>{t.progress.warningTriage}</p> : null}
      <div class="actions">
        <a class="button button-primary" href={hrefOf('result')}>
          {t.progress.warningAction}
        </a>
        <a class="button button-secondary" href={hrefOf('history')}>
          {t.progress.retake}
        </a>
      </div>
    </section>
  );
}

function WalkTests({ walks }: { readonly walks: readonly Walk[] }) {
  const tests = walkTestsOf(walks, 8);
  if (tests.length === 0) {return null;}
  return (
    <section aria-labelledby="walk-tests-title">
      <h2 id="walk-tests-title">{t.walkTest.resultsTitle}</h2>
      <WalkTestTable tests={tests} headings={{ caption: t.walkTest.resultsTitle, ...t.walkTest.table }} />
    </section>
  );
}

interface Data {
  readonly progress: ProgressWithAttention;
  /** The latest check-in's date; null: none yet; undefined: a server without check-ins. */
  readonly lastCheckin: string | null | undefined;
  readonly walks: readonly Walk[];
  readonly latest: SavedAssessment | undefined;
}

export function ProgressScreen({ profile }: { readonly profile: SavedProfile }) {
  const { state, reload } = useLoad<Data>(async () => {
    // All four at once: each round trip in turn delayed the page by a network latency (Lighthouse LCP).
    // A year of walks (a day more, should the device's date differ from the profile's time zone):
    // the plan reads the last 14 days, the walking tests go further back.
    const [progress, checkins, walks, assessments] = await Promise.all([
      api.progress(profile),
      api.checkins(profile).catch(() => null),
      api.walks(profile, { from: daysBeforeIso(todayIso(), 366) }),
      api.assessments(profile),
    ]);
    return { progress, walks, latest: assessments[0], lastCheckin: checkins === null ? undefined : (checkins.checkins[0]?.date ?? null) };
  }, [profile.id]);

  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.progress.title}</h1>
      <MyNav current="progress" />
      {state.kind === 'loading' ? <p>{t.my.loading}</p> : null}
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={reload} /> : null}
      {state.kind === 'ok' ? (
        <>
          {/* A warning sign at a check-in pauses the plan; a worsening trend alone steps it back (hazard H9). */}
          <AttentionNotice attention={state.data.progress.attention} />
          {state.data.progress.attention === null || state.data.progress.attention === undefined ? <Warnings progress={state.data.progress} latest={state.data.latest} /> : null}
          {state.data.lastCheckin !== undefined && (state.data.lastCheckin === null || state.data.lastCheckin < daysBeforeIso(state.data.progress.today, 6)) && (state.data.progress.attention ?? null) === null ? <CheckinOffer weekly /> : null}
          <TrendCard trend={state.data.progress.trend} />
          <ProgramCard paused={state.data.progress.attention?.from.includes('checkin') === true} program={walkingProgram({ walks: state.data.walks, latest: programInputOf(state.data.latest), today: state.data.progress.today })} />
          <WalkTests walks={state.data.walks} />
          <MeasuresPanel measures={state.data.progress.measures} voice="person" />
          <h2>{t.progress.chartsTitle}</h2>
          <WeekChart id="chart-tolerance" title={t.progress.chartTolerance} weeks={state.data.progress.weeks} pick={pickTolerance} />
          <WeekChart id="chart-pain" title={t.progress.chartPain} weeks={state.data.progress.weeks} pick={pickPain} yMax={10} />
          <WeekChart id="chart-total" title={t.progress.chartTotal} weeks={state.data.progress.weeks} pick={pickTotal} />
        </>
      ) : null}
    </section>
  );
}
