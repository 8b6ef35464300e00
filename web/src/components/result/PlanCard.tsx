/** One item of the self-care plan: a drawing, what and why, the steps (each exercise with its own drawing) folded under "How to do it", and cautions. */
import { sourceText, type PlanItem } from '../../engine.js';
import { t } from '../../i18n/index.js';
import { Illustration, illustrationOfAdvice, illustrationOfStep } from '../../illustrations/Illustration.js';
import type { NumberedSources } from '../../state/sources.js';
import { Disclosure } from '../Disclosure.js';
import { SourceRefs } from './SourceRef.js';

export function PlanCard({ item, sources }: { readonly item: PlanItem; readonly sources: NumberedSources }) {
  const picture = illustrationOfAdvice(item.id, item.topic);
  return (
    <li class="plan-item" id={`plan-${item.id}`} data-plan-id={item.id}>
      <div class="plan-head">
        {picture === undefined ? null : <Illustration name={picture} />}
        <h3>{item.title}</h3>
        <p>{item.summary}</p>
      </div>
      <Disclosure class="why" summary={t.result.howTo}>
        <div class="why-body">
          <ol class="steps">
            {item.steps.map((step) => {
              const drawing = illustrationOfStep(sourceText(step));
              return (
                <li key={step} class={drawing === undefined ? undefined : 'step-with-picture'}>
                  <StepText step={step} named={drawing !== undefined} />
                  {drawing === undefined ? null : <Illustration name={drawing} />}
                </li>
              );
            })}
          </ol>
          {item.cautions.length > 0 ? (
            <div class="cautions">
              <h4>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                  <path d="M12 3l10 18H2zM12 10v5M12 18v.5" />
                </svg>
                {t.result.cautions}
              </h4>
              <ul>
                {item.cautions.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <SourceRefs ids={item.sources} sources={sources} />
        </div>
      </Disclosure>
    </li>
  );
}

/** An exercise step starts with its name ("Bridge: ..."); show the name in bold so steps are easy to find again. */
function StepText({ step, named }: { readonly step: string; readonly named: boolean }) {
  const colon = step.indexOf(':');
  if (!named || colon < 0) {
    return <span>{step}</span>;
  }
  return (
    <span>
      <strong>{step.slice(0, colon)}</strong>
      {step.slice(colon)}
    </span>
  );
}
