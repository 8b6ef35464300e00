/**
 * One ranked cause, short until asked: its plain name with the medical term in brackets and its
 * band in words and dots; "Why we think so" (the answers for and against) and "What it is and what
 * helps" open on request.
 */
import type { Answers, Band, CauseReason, RankedCause } from '../../engine.js';
import { format, formatNumber, t } from '../../i18n/index.js';
import { causeOf, explanationFor, medicalTerm } from '../../state/cause-info.js';
import type { NumberedSources } from '../../state/sources.js';
import { Disclosure } from '../Disclosure.js';
import { SourceRef, SourceRefs } from './SourceRef.js';

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
          <span class="reason-text">{reason.text}</span> <span class="weight">{weightText(reason.weight)}</span>{' '}
          <SourceRef id={reason.source} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  readonly cause: RankedCause;
  readonly answers: Answers;
  readonly sources: NumberedSources;
}

export function CauseCard({ cause, answers, sources }: Props) {
  const knowledge = causeOf(cause.id);
  const term = medicalTerm(cause.id);
  const titleId = `cause-${cause.id}`;
  return (
    <li class={`cause cause-${cause.band}`} data-cause-id={cause.id} aria-labelledby={titleId}>
      <h3 id={titleId} class="cause-name">
        {cause.name}
        {term === undefined ? null : <span class="medical-name"> ({term})</span>}
      </h3>
      <p class="cause-band">
        <BandBadge band={cause.band} />
      </p>
      <Disclosure class="why" summary={t.result.whyWeThink}>
        <WhyWeThink cause={cause} sources={sources} />
      </Disclosure>
      {knowledge === undefined ? null : (
        <Disclosure class="why" summary={t.result.moreAboutCause}>
          <div class="why-body">
            <p>{explanationFor(knowledge, answers)}</p>
            <h4>{t.result.pattern}</h4>
            <p>{knowledge.pattern}</p>
            <h4>{t.result.helps}</h4>
            <p>{knowledge.helps}</p>
            <h4>{t.result.seeClinician}</h4>
            <p>{knowledge.whenToSeeClinician}</p>
          </div>
        </Disclosure>
      )}
    </li>
  );
}

function WhyWeThink({ cause, sources }: { readonly cause: RankedCause; readonly sources: NumberedSources }) {
  if (cause.supporting.length === 0 && cause.opposing.length === 0) {
    return (
      <div class="why-body">
        <p>{t.result.noReasons}</p>
        <SourceRefs ids={cause.sources} sources={sources} />
      </div>
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
