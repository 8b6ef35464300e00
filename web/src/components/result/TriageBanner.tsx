/**
 * The triage level as a banner: an icon and a heading in words (never colour alone), what to do
 * now, a call button in an emergency, and, when warning signs were not answered, those signs by
 * name with a plain "we cannot say all is well", so the result never reads as reassurance.
 */
import type { RefObject } from 'preact';
import { ENGLISH_KNOWLEDGE, KNOWLEDGE, type Result, type TriageLevel } from '../../engine.js';
import { t } from '../../i18n/index.js';
import { featureLabel } from '../../state/cause-info.js';
import type { NumberedSources } from '../../state/sources.js';
import { EmergencyCall } from '../EmergencyCall.js';
import { SourceRefs } from './SourceRef.js';

const ICONS: Readonly<Record<TriageLevel, string>> = {
  emergency: 'M12 2l10 19H2zM12 9v6M12 17.5v.5',
  urgent: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3.5 2',
  soon: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  self_care: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11z',
};

interface Props {
  readonly triage: Result['triage'];
  readonly sources: NumberedSources;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Whether the banner lists signs not checked: below an emergency, whenever some are (CONTRACT v1.1). */
export function listsUnanswered(triage: Result['triage']): boolean {
  return triage.level !== 'emergency' && triage.unanswered.length > 0;
}

/**
 * The advice without its "Not checked: a; b." tail, which the banner shows as a list instead. The
 * tail is rebuilt from the knowledge's own template; if the advice does not end with it, it is shown whole.
 */
export function adviceLead(triage: Result['triage']): string {
  if (!listsUnanswered(triage)) {
    return triage.advice;
  }
  const labels = KNOWLEDGE.features.filter((feature) => triage.unanswered.includes(feature.id)).map((feature) => feature.label.toLowerCase());
  const tail = ` ${KNOWLEDGE.unansweredAdvice.notChecked.replace('{signs}', labels.join('; '))}`;
  return triage.advice.endsWith(tail) ? triage.advice.slice(0, -tail.length) : triage.advice;
}

/**
 * For an advice the server stored (in English; the clinician page has no `unanswered`): the advice
 * cut before the English knowledge's "Not checked:" tail, and whether it had one.
 */
export function splitStoredAdvice(advice: string): { readonly lead: string; readonly notChecked: boolean } {
  const prefix = ` ${ENGLISH_KNOWLEDGE.unansweredAdvice.notChecked.split('{signs}')[0] ?? ''}`;
  const at = prefix.trim() === '' ? -1 : advice.lastIndexOf(prefix);
  return at < 0 ? { lead: advice, notChecked: false } : { lead: advice.slice(0, at), notChecked: true };
}

export function TriageBanner({ triage, sources, headingRef }: Props) {
  return (
    <section class={`triage triage-${triage.level}`} data-triage-level={triage.level} aria-labelledby="triage-title">
      <p class="triage-tag">{t.result.levelTag}</p>
      <h1 id="triage-title" ref={headingRef} tabIndex={-1}>
        <svg class="triage-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d={ICONS[triage.level]} />
        </svg>
        <span>{t.result.levels[triage.level]}</span>
      </h1>
      {triage.level === 'emergency' ? <EmergencyCall label={t.result.callButton} /> : null}
      <h2 class="visually-hidden">{t.result.doNowTitle}</h2>
      <p class="triage-advice">{adviceLead(triage)}</p>
      {listsUnanswered(triage) ? (
        <div class="not-checked" data-unanswered={triage.unanswered.join(' ')}>
          <h3>{t.result.notCheckedTitle}</h3>
          <p>{t.result.notCheckedIntro}</p>
          <ul>
            {triage.unanswered.map((id) => (
              <li key={id}>{featureLabel(id)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {triage.reasons.length > 0 ? (
        <details class="why">
          <summary>{t.result.whyLevel}</summary>
          <ul class="reasons">
            {triage.reasons.map((reason) => (
              <li key={`${reason.rule}-${reason.feature}`}>
                {reason.text} <SourceRefs ids={reason.sources} sources={sources} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
