/** One ranked cause: its band in words and dots, a plain explanation, and "Why we think so" with the answers for and against. */
import { KNOWLEDGE, type Band, type CauseReason, type RankedCause } from '../../engine.js';
import { format, formatNumber, t } from '../../i18n/index.js';
import type { NumberedSources } from '../../state/sources.js';
import { SourceRef, SourceRefs } from './SourceRef.js';

const CAUSES = new Map(KNOWLEDGE.causes.map((cause) => [cause.id, cause]));

const DOTS: Readonly<Record<Band, number>> = { likely: 3, possible: 2, unlikely: 1 };

export function BandBadge({ band }: { readonly band: Band }) {
  return (
    <span class={`band band-${band}`}>
      <span class="band-dots" aria-hidden="true">
        {[1, 2, 3].map((dot) => (
          <span key={dot} class={dot <= DOTS[band] ? 'dot dot-on' : 'dot'} />
        ))}
      </span>
      <span class="visually-hidden">{t.result.bandTag}: </span>
      {t.result.bands[band]}
    </span>
  );
}

/** "3 times as likely" or "2 times less likely": the likelihood ratio in words. */
export function weightText(weight: number): string {
  return weight >= 1
    ? format(t.result.timesMore, { times: formatNumber(weight) })
    : format(t.result.timesLess, { times: formatNumber(1 / weight) });
}

function Reasons({ reasons, sources }: { readonly reasons: readonly CauseReason[]; readonly sources: NumberedSources }) {
  return (
    <ul class="reasons">
      {reasons.map((reason) => (
        <li key={`${reason.feature}-${reason.source}`}>
          <span class="reason-text">{reason.text}</span>{' '}
          <span class="weight">{weightText(reason.weight)}</span> <SourceRef id={reason.source} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  readonly cause: RankedCause;
  readonly sources: NumberedSources;
}

export function CauseCard({ cause, sources }: Props) {
  const knowledge = CAUSES.get(cause.id);
  const titleId = `cause-${cause.id}`;
  if (cause.band === 'unlikely') {
    return (
      <li class="cause cause-unlikely" data-cause-id={cause.id}>
        <details>
          <summary>
            <span class="cause-name">{cause.name}</span> <BandBadge band={cause.band} />
          </summary>
          {knowledge === undefined ? null : <p>{knowledge.explanation}</p>}
          <WhyWeThink cause={cause} sources={sources} />
        </details>
      </li>
    );
  }
  return (
    <li class={`cause cause-${cause.band}`} data-cause-id={cause.id} aria-labelledby={titleId}>
      <h3 id={titleId} class="cause-name">
        {cause.name}
        {knowledge === undefined ? null : <span class="medical-name">{knowledge.medicalName}</span>}
      </h3>
      <p>
        <BandBadge band={cause.band} />
      </p>
      {knowledge === undefined ? null : <p>{knowledge.explanation}</p>}
      <details class="why">
        <summary>{t.result.whyWeThink}</summary>
        <WhyWeThink cause={cause} sources={sources} />
      </details>
      {knowledge === undefined ? null : (
        <details class="why">
          <summary>{t.result.more}</summary>
          <h4>{t.result.pattern}</h4>
          <p>{knowledge.pattern}</p>
          <h4>{t.result.helps}</h4>
          <p>{knowledge.helps}</p>
          <h4>{t.result.seeClinician}</h4>
          <p>{knowledge.whenToSeeClinician}</p>
        </details>
      )}
    </li>
  );
}

function WhyWeThink({ cause, sources }: Props) {
  if (cause.supporting.length === 0 && cause.opposing.length === 0) {
    return (
      <>
        <p>{t.result.noReasons}</p>
        <SourceRefs ids={cause.sources} sources={sources} />
      </>
    );
  }
  return (
    <div class="why-body">
      {cause.supporting.length > 0 ? (
        <>
          <h4>{t.result.forTitle}</h4>
          <Reasons reasons={cause.supporting} sources={sources} />
        </>
      ) : null}
      {cause.opposing.length > 0 ? (
        <>
          <h4>{t.result.againstTitle}</h4>
          <Reasons reasons={cause.opposing} sources={sources} />
        </>
      ) : null}
    </div>
  );
}
