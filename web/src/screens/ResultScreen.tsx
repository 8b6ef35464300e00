/** The result, in the order a person needs it: what to do now, likely causes and why, the plan, the safety net, sources. */
import { useMemo } from 'preact/hooks';
import { CauseCard } from '../components/result/CauseCard.js';
import { PlanCard } from '../components/result/PlanCard.js';
import { SourceList, SourceRefs } from '../components/result/SourceRef.js';
import { TriageBanner } from '../components/result/TriageBanner.js';
import { EmergencyCall } from '../components/EmergencyCall.js';
import { useFocusOnChange } from '../components/focus.js';
import type { Result } from '../engine.js';
import { t } from '../i18n/index.js';
import { assessmentOf } from '../state/assessment.js';
import { numberSources, sourcesOfResult } from '../state/sources.js';
import type { Interview } from '../state/use-interview.js';
import type { ProfileState } from '../state/profile.js';
import { SaveResults } from '../components/my/SaveResults.js';
import { hrefOf, navigate } from '../state/use-route.js';

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
  const safety = result.plan.filter((item) => item.topic === 'safety');
  const plan = result.plan.filter((item) => item.topic !== 'safety');
  const sources = useMemo(() => numberSources(sourcesOfResult(result)), [result]);

  return (
    <article class="page result">
      <TriageBanner triage={result.triage} sources={sources} headingRef={headingRef} />
      <p class="note">{t.result.intro}</p>

      <section aria-labelledby="causes-title">
        <h2 id="causes-title">{t.result.causesTitle}</h2>
        <p>{t.result.causesIntro}</p>
        <ol class="causes">
          {result.causes.map((cause) => (
            <CauseCard key={cause.id} cause={cause} sources={sources} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t.result.planTitle}</h2>
        <p>{t.result.planIntro}</p>
        <ol class="plan">
          {plan.map((item) => (
            <PlanCard key={item.id} item={item} sources={sources} />
          ))}
        </ol>
      </section>

      <section class="safety" aria-labelledby="safety-title">
        <h2 id="safety-title">{t.result.safetyTitle}</h2>
        <p>{t.result.safetyIntro}</p>
        {safety.map((item) => (
          <div key={item.id}>
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
        ))}
        <EmergencyCall label={t.result.safetyCall} />
      </section>

      <SaveResults answers={interview.state.answers} profile={profile} />

      <nav class="result-actions" aria-label={t.result.title}>
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

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t.result.sourcesTitle}</h2>
        <p>{t.result.sourcesIntro}</p>
        <SourceList sources={sources} />
      </section>
    </article>
  );
}
