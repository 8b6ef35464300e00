/** The supplements page: each ingredient of the advertised kind of back pill, what it is, what studies say, and who should avoid it. No products. */
import { SourceList, SourceRefs } from '../components/result/SourceRef.js';
import { useFocusOnChange } from '../components/focus.js';
import { KNOWLEDGE, SUPPLEMENT_NOTE } from '../engine.js';
import { t } from '../i18n/index.js';
import { numberSources } from '../state/sources.js';
import { hrefOf } from '../state/use-route.js';

const SOURCES = numberSources(KNOWLEDGE.supplements.flatMap((supplement) => supplement.sources), 'supplements');

export function SupplementsScreen({ hasResult }: { readonly hasResult: boolean }) {
  const headingRef = useFocusOnChange<HTMLHeadingElement>('supplements');
  return (
    <article class="page supplements">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.supplements.title}
      </h1>
      <p class="lead">{t.supplements.intro}</p>
      <p class="note">{SUPPLEMENT_NOTE}</p>
      <ul class="supplement-list">
        {KNOWLEDGE.supplements.map((supplement) => (
          <li key={supplement.id} class="supplement" aria-labelledby={`supplement-${supplement.id}`}>
            <h2 id={`supplement-${supplement.id}`}>{supplement.name}</h2>
            <dl>
              <dt>{t.supplements.whatItIs}</dt>
              <dd>{supplement.whatItIs}</dd>
              <dt>{t.supplements.evidence}</dt>
              <dd>{supplement.evidenceForBackPain}</dd>
              <dt>{t.supplements.certainty}</dt>
              <dd>{t.supplements.certaintyLevels[supplement.certainty]}</dd>
            </dl>
            <h3>{t.supplements.avoidIf}</h3>
            <ul>
              {supplement.avoidIf.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <SourceRefs ids={supplement.sources} sources={SOURCES} />
          </li>
        ))}
      </ul>
      <p>
        <a class="button button-secondary" href={hrefOf(hasResult ? 'result' : 'start')}>
          {hasResult ? t.supplements.backToResult : t.supplements.back}
        </a>
      </p>
      <section aria-labelledby="supplement-sources">
        <h2 id="supplement-sources">{t.supplements.sources}</h2>
        <SourceList sources={SOURCES} titleId="supplement-sources" />
      </section>
    </article>
  );
}
