/**
 * "Needs checking now": the serious causes an answered warning sign points to, most urgent first,
 * each with the warning signs in words and why it must be checked. Never a percentage: a warning
 * sign means it cannot be ruled out without an examination, whatever its estimated chance.
 */
import type { Result } from '../../engine.js';
import { t } from '../../i18n/index.js';
import { featureLabel, medicalTerm } from '../../state/cause-info.js';
import type { NumberedSources } from '../../state/sources.js';
import { SourceRefs } from './SourceRef.js';

export function AttentionList({ attention, sources }: { readonly attention: Result['attention']; readonly sources: NumberedSources }) {
  if (attention.length === 0) {
    return null;
  }
  return (
    <section class="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 3l10 18H2zM12 10v5M12 18v.5" />
        </svg>
        {t.result.attentionTitle}
      </h2>
      <p>{t.result.attentionIntro}</p>
      <ol class="attention-list">
        {attention.map((item) => {
          const term = medicalTerm(item.id);
          return (
            <li key={item.id} class="attention-item" data-cause-id={item.id} data-attention="true" aria-labelledby={`attention-${item.id}`}>
              <h3 id={`attention-${item.id}`}>
                {item.name}
                {term === undefined ? null : <span class="medical-name"> ({term})</span>}
              </h3>
              <p class="attention-level">{t.result.levels[item.level]}</p>
              <p>
                <strong>{t.result.attentionSigns}:</strong>
              </p>
              <ul class="attention-signs">
                {item.warningSigns.map((sign) => (
                  <li key={sign}>{featureLabel(sign)}</li>
                ))}
              </ul>
              <p>{item.text}</p>
              <SourceRefs ids={item.sources} sources={sources} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
