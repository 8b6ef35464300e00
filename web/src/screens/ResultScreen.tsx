/**
 * The result, short enough for a phone and in the order a person needs it: how soon to be seen and
 * what to do now; the causes that need checking now; at most three ranked causes; the three plan
 * items that fit best; save and report. Everything else (the other causes checked, the rest of the
 * plan, the safety net's detail, the sources) is one tap away.
 */
import { useMemo } from 'preact/hooks';
import { AttentionList } from '../components/result/AttentionList.js';
import { CauseCard } from '../components/result/CauseCard.js';
import { PlanCard } from '../components/result/PlanCard.js';
import { SourceList, SourceRefs } from '../components/result/SourceRef.js';
import { adviceLead, listsUnanswered, TriageBanner } from '../components/result/TriageBanner.js';
import { ReadAloud } from '../components/ReadAloud.js';
import { featureLabel } from '../state/cause-info.js';
import { EmergencyCall } from '../components/EmergencyCall.js';
import { useFocusOnChange } from '../components/focus.js';
import type { Answers, Result } from '../engine.js';
import { format, t } from '../i18n/index.js';
import { assessmentOf } from '../state/assessment.js';
import { numberSources, sourcesOfResult } from '../state/sources.js';
import type { Interview } from '../state/use-interview.js';
import type { ProfileState } from '../state/profile.js';
import { SaveResults } from '../components/my/SaveResults.js';
import { hrefOf, navigate } from '../state/use-route.js';

/** How many ranked causes and plan items the short view shows before "show more". */
const SHOWN_CAUSES = 3;
const SHOWN_PLAN_ITEMS = 3;

export function ResultScreen({ interview, profile }: { readonly interview: Interview; readonly profile: ProfileState }) {
  const assessment = useMemo(() => assessmentOf(interview.state.answers), [interview.state.answers]);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(`result-${assessment.kind}`);

  if (assessment.kind !== 'result') {
    const failed = assessment.kind === 'failed';
    return (
      <section class="page">
        <h1 ref={headingRef} tabIndex={-1}>
          {failed ? t.result.failed : t.result.notFinished}
        </h1>
        {failed ? (
          <button type="button" class="button button-primary" onClick={interview.reset}>
            {t.result.startOver}
          </button>
        ) : (
          <a class="button button-primary" href={hrefOf('questions')}>
            {t.result.continue}
          </a>
        )}
      </section>
    );
  }
  return <ResultView result={assessment.result} interview={interview} profile={profile} headingRef={headingRef} />;
}

/** The ranked causes to show, without those already under "needs checking now": the first few, and the rest. */
export function rankedToShow(result: Result): { readonly shown: Result['causes']; readonly others: Result['causes'] } {
  const inAttention = new Set(result.attention.map((item) => item.id));
  const ranked = result.causes.filter((cause) => !inAttention.has(cause.id));
  const leading = ranked.filter((cause) => cause.band !== 'unlikely').slice(0, SHOWN_CAUSES);
  const shown = leading.length > 0 ? leading : ranked.slice(0, 1);
  return { shown, others: ranked.slice(shown.length) };
}

/** What "Read aloud" reads of the result: what the short view shows, in its order. */
function spokenResult(result: Result, causes: Result['causes'], plan: Result['plan']): string[] {
  return [
    t.result.levels[result.triage.level],
    adviceLead(result.triage),
    ...(listsUnanswered(result.triage) ? [t.result.notCheckedTitle, t.result.notCheckedIntro, ...result.triage.unanswered.map(featureLabel)] : []),
    ...(result.attention.length > 0 ? [t.result.attentionTitle] : []),
    ...result.attention.flatMap((item) => [item.name, `${t.result.attentionSigns}: ${item.warningSigns.map(featureLabel).join(', ')}`, item.text]),
    t.result.causesTitle,
    ...causes.map((cause) => `${cause.name}: ${t.result.bands[cause.band]}`),
    ...(plan.length > 0 ? [t.result.planTitle] : []),
    ...plan.flatMap((item) => [item.title, item.summary]),
  ];
}

function ResultView({
  result,
  interview,
  profile,
  headingRef,
}: {
  readonly result: Result;
  readonly interview: Interview;
  readonly profile: ProfileState;
  readonly headingRef: ReturnType<typeof useFocusOnChange<HTMLHeadingElement>>;
}) {
  const answers: Answers = interview.state.answers;
  const safety = result.plan.filter((item) => item.topic === 'safety');
  const plan = result.plan.filter((item) => item.topic !== 'safety');
  const sources = useMemo(() => numberSources(sourcesOfResult(result), 'result'), [result]);
  const { shown, others } = rankedToShow(result);

  return (
    <article class="page result">
      <TriageBanner triage={result.triage} sources={sources} headingRef={headingRef} />
      <ReadAloud parts={spokenResult(result, shown, plan.slice(0, SHOWN_PLAN_ITEMS))} />
      <AttentionList attention={result.attention} sources={sources} />

      <section aria-labelledby="causes-title">
        <h2 id="causes-title">{t.result.causesTitle}</h2>
        <p>{t.result.causesIntro}</p>
        <ol class="causes">
          {shown.map((cause) => (
            <CauseCard key={cause.id} cause={cause} answers={answers} sources={sources} />
          ))}
        </ol>
        {others.length > 0 ? (
          <details class="why more-causes">
            <summary>{format(t.result.otherCauses, { count: others.length })}</summary>
            <ol class="causes">
              {others.map((cause) => (
                <CauseCard key={cause.id} cause={cause} answers={answers} sources={sources} />
              ))}
            </ol>
          </details>
        ) : null}
      </section>

      {plan.length > 0 ? (
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">{t.result.planTitle}</h2>
          <p>{t.result.planIntro}</p>
          <ol class="plan">
            {plan.slice(0, SHOWN_PLAN_ITEMS).map((item) => (
              <PlanCard key={item.id} item={item} sources={sources} />
            ))}
          </ol>
          {plan.length > SHOWN_PLAN_ITEMS ? (
            <details class="why more-plan">
              <summary>{format(t.result.wholePlan, { count: plan.length - SHOWN_PLAN_ITEMS })}</summary>
              <ol class="plan" start={SHOWN_PLAN_ITEMS + 1}>
                {plan.slice(SHOWN_PLAN_ITEMS).map((item) => (
                  <PlanCard key={item.id} item={item} sources={sources} />
                ))}
              </ol>
            </details>
          ) : null}
        </section>
      ) : null}

      <SaveResults answers={answers} profile={profile} />

      <nav class="result-actions" aria-label={t.result.actionsTitle}>
        <a class="button button-primary" href={hrefOf('report')}>
          {t.result.reportLink}
        </a>
        <a class="button button-secondary" href={hrefOf('supplements')}>
          {t.result.supplementsLink}
        </a>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            interview.back();
            navigate('questions');
          }}
        >
          {t.result.changeAnswers}
        </button>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            interview.reset();
            navigate('start');
          }}
        >
          {t.result.startOver}
        </button>
      </nav>

      <section class="safety" aria-labelledby="safety-title">
        <h2 id="safety-title">{t.result.safetyTitle}</h2>
        <p>{t.result.safetyIntro}</p>
        {safety.map((item) => (
          <details key={item.id} class="why">
            <summary>{item.title}</summary>
            <div class="why-body">
              <ul class="safety-list">
                {item.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
              {item.cautions.map((caution) => (
                <p key={caution}>{caution}</p>
              ))}
              <SourceRefs ids={item.sources} sources={sources} />
            </div>
          </details>
        ))}
        <EmergencyCall label={t.result.safetyCall} />
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t.result.sourcesTitle}</h2>
        <p>{t.result.sourcesIntro}</p>
        <SourceList sources={sources} titleId="sources-title" />
      </section>
    </article>
  );
}
