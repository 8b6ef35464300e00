/** The triage level as a banner: an icon and a heading in words (never colour alone), what to do now, and a call button in an emergency. */
import type { Result, TriageLevel } from '../../engine.js';
import { t } from '../../i18n/index.js';
import type { NumberedSources } from '../../state/sources.js';
import { EmergencyCall } from '../EmergencyCall.js';
import { SourceRefs } from './SourceRef.js';
import type { RefObject } from 'preact';

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

export function TriageBanner({ triage, sources, headingRef }: Props) {
  const urgent = triage.level === 'emergency' || triage.level === 'urgent';
  return (
    <section class={`triage triage-${triage.level}`} data-triage-level={triage.level} aria-labelledby="triage-title">
      <p class="triage-tag">{t.result.levelTag}</p>
      <h1 id="triage-title" ref={headingRef} tabIndex={-1}>
        <svg class="triage-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d={ICONS[triage.level]} />
        </svg>
        {t.result.levels[triage.level]}
      </h1>
      <h2 class="visually-hidden">{t.result.doNowTitle}</h2>
      <p class="triage-advice">{triage.advice}</p>
      {triage.level === 'emergency' ? <EmergencyCall label={t.result.callButton} /> : null}
      {triage.reasons.length > 0 ? (
        <details class="why" open={urgent}>
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
