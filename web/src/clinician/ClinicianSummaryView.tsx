/** The clinician summary on one page: what needs checking now, latest triage and the key answers behind it, warning signs, walking pattern, likely causes with reasons, 12-week trend, plan, knowledge version. */
import { RELIEF_BY, STOPPED_BECAUSE, type Attention, type ClinicianSummary } from '../api/types.js';
import type { WalkTestResult } from '../../../src/engine/walk-test.js';
import { WalkTestTable } from '../components/my/WalkTestTable.js';
import { MeasuresPanel } from '../components/progress/MeasuresPanel.js';
import { TrendCard } from '../components/progress/TrendCard.js';
import { WeekChart, pickTolerance } from '../components/progress/WeekChart.js';
import { format, formatNumber, formatPercent, plural, t } from '../i18n/index.js';
import { KNOWLEDGE, isTranslated, translated } from '../engine.js';
import { answerText } from '../state/answer-text.js';
import { formatDay, formatInstant } from '../state/dates.js';
import { countsLine } from '../state/diary-counts.js';
import { splitStoredAdvice } from '../components/result/TriageBanner.js';

type Latest = NonNullable<ClinicianSummary['latest']>;

const names = (items: readonly { readonly label: string }[]): string => (items.length === 0 ? t.clinician.none : items.map((item) => translated(item.label)).join('; '));

/** A knowledge text stored in English: in the page's language when the catalogue has it, else in English, marked so. */
function Stored({ text }: { readonly text: string }) {
  return isTranslated(text) ? <>{translated(text)}</> : <span lang="en">{text}</span>;
}

const ANSWER_WORDS = (): Readonly<Record<string, string>> => ({
  yes: t.report.answerYes,
  no: t.report.answerNo,
  'not sure': t.report.answerNotSure,
  'not asked': t.report.answerNotAsked,
});

/** The level and its reasons in the clinician's terms (the answers behind it); what the person was told, quoted as such. */
function Triage({ latest }: { readonly latest: Latest }) {
  const advice = splitStoredAdvice(latest.triage.advice);
  const reasons = [...new Set(latest.triage.reasons.map((reason) => reason.feature))];
  return (
    <section class={`cs-block cs-latest triage-${latest.triage.level}`} aria-labelledby="cs-triage">
      <h2 id="cs-triage">{t.clinician.triageTitle}</h2>
      <p data-triage-level={latest.triage.level}>
        <strong>{t.clinician.levels[latest.triage.level]}</strong> ({format(t.clinician.assessedOn, { date: formatInstant(latest.assessedAt) })}).
        {advice.notChecked ? <strong> {t.clinician.notChecked}</strong> : null}
      </p>
      {reasons.length === 0 ? null : (
        <p>
          {t.clinician.reasonsTitle}: {reasons.map(featureLabel).join('; ')}.
        </p>
      )}
      <details class="cs-told" data-told-person>
        <summary>{t.clinician.toldPerson}</summary>
        <blockquote>
          <Stored text={advice.lead} />
        </blockquote>
      </details>
    </section>
  );
}

function Attention({ latest }: { readonly latest: Latest }) {
  const attention = latest.attention ?? [];
  if (attention.length === 0) {
    return null;
  }
  return (
    <section class="cs-block cs-wide cs-attention" aria-labelledby="cs-attention">
      <h2 id="cs-attention">{t.clinician.attentionTitle}</h2>
      <ul>
        {attention.map((item) => (
          <li key={item.id} data-cause-id={item.id} data-attention="true">
            <strong>
              <Stored text={item.name} />
            </strong>{' '}
            ({t.clinician.levels[item.level]}). {t.clinician.attentionSigns}: {names(item.warningSigns)}. {t.clinician.attentionWhy}
          </li>
        ))}
      </ul>
    </section>
  );
}

const featureOf = (id: string) => KNOWLEDGE.features.find((feature) => feature.id === id);
/** A feature's short label in the page's language; the id when this knowledge does not know it. */
const featureLabel = (id: string): string => {
  const label = featureOf(id)?.label;
  return label === undefined ? id : translated(label);
};

/** An answer in words, as the report words it (with the unit or the choice's label); as sent for a feature this knowledge does not know. */
function valueText(feature: string, value: boolean | number | string | null): string {
  const known = featureOf(feature);
  if (known !== undefined) {
    return answerText(known, value);
  }
  if (value === null) {
    return t.report.answerNotSure;
  }
  return typeof value === 'boolean' ? (value ? t.report.answerYes : t.report.answerNo) : String(value);
}

/** A follow-up or re-ask whose first question did not call for it says nothing; a main sign not asked does. */
function applies(sign: { readonly feature: string; readonly answer: string }): boolean {
  return !(sign.answer === 'not asked' && featureOf(sign.feature)?.askWhen !== undefined);
}

function KeyAnswers({ latest }: { readonly latest: Latest }) {
  const keys = latest.keyAnswers ?? [];
  return (
    <section class="cs-block" aria-labelledby="cs-key-answers">
      <h2 id="cs-key-answers">{t.clinician.answersTitle}</h2>
      {keys.length === 0 ? (
        <p class="cs-small">{t.clinician.answersNone}</p>
      ) : (
        <table class="answer-table">
          <thead>
            <tr>
              <th scope="col">{t.report.question}</th>
              <th scope="col">{t.report.answer}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.feature} class={key.value === true ? 'positive' : undefined}>
                <th scope="row">
                  <Stored text={key.label} />
                </th>
                <td>{valueText(key.feature, key.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function WarningSigns({ latest }: { readonly latest: Latest }) {
  const keys = new Set((latest.keyAnswers ?? []).map((key) => key.feature));
  const signs = latest.warningSignsScreened.filter((sign) => applies(sign) && !keys.has(sign.feature));
  const no = signs.filter((sign) => sign.answer === 'no');
  const other = signs.filter((sign) => sign.answer !== 'no');
  return (
    <section class="cs-block" aria-labelledby="cs-warning">
      <h2 id="cs-warning">{t.clinician.warningTitle}</h2>
      {other.length === 0 ? null : (
        <ul>
          {other.map((sign) => (
            <li key={sign.feature} class={sign.answer === 'yes' ? 'positive' : undefined}>
              <strong>{ANSWER_WORDS()[sign.answer] ?? sign.answer}</strong>: <Stored text={sign.label} />
            </li>
          ))}
        </ul>
      )}
      {no.length === 0 ? null : <p class="cs-small">{format(t.clinician.noneYes, { signs: names(no) })}</p>}
    </section>
  );
}

/**
 * What eased the walking, in words: the reliefs answered yes, "none" only when every relief was
 * asked, and "not asked" for what never was, so an unasked question never reads as a no.
 */
function easedText(pattern: Latest['walkingPattern']): string {
  const relief = pattern.relief;
  if (relief === undefined) {
    return names(pattern.easedBy);
  }
  const notAsked = relief.filter((item) => item.answer === 'not asked');
  if (notAsked.length === relief.length) {
    return t.clinician.notAsked;
  }
  const yes = relief.filter((item) => item.answer === 'yes');
  const notSure = relief.filter((item) => item.answer === 'not sure');
  return [
    names(yes),
    ...(notSure.length === 0 ? [] : [format(t.clinician.notSureSome, { items: names(notSure) })]),
    ...(notAsked.length === 0 ? [] : [format(t.clinician.notAskedSome, { items: names(notAsked) })]),
  ].join('; ');
}

function Pattern({ latest, diary }: { readonly latest: Latest; readonly diary: ClinicianSummary['walking']['diary'] }) {
  const pattern = latest.walkingPattern;
  const eased = countsLine(diary.easedBy, RELIEF_BY, t.diary.reliefBy, formatNumber);
  const stopped = countsLine(diary.stoppedBecause, STOPPED_BECAUSE, t.diary.stoppedBecause, formatNumber);
  return (
    <section class="cs-block" aria-labelledby="cs-pattern">
      <h2 id="cs-pattern">{t.clinician.patternTitle}</h2>
      <ul>
        {pattern.minutesUntilPain === null ? null : <li>{format(t.clinician.tolerance, { minutes: pattern.minutesUntilPain })}</li>}
        <li>
          {t.clinician.easedBy}: {easedText(pattern)}
        </li>
        {eased === '' ? null : (
          <li>
            {t.clinician.diaryEased}: {eased}
          </li>
        )}
        {stopped === '' ? null : (
          <li>
            {t.clinician.diaryStopped}: {stopped}
          </li>
        )}
        <li>
          {t.clinician.neurogenic}: {names(pattern.neurogenicFeatures)}
        </li>
        <li>
          {t.clinician.vascular}: {names(pattern.vascularFeatures)}
        </li>
      </ul>
    </section>
  );
}

function Causes({ latest }: { readonly latest: Latest }) {
  return (
    <section class="cs-block cs-wide" aria-labelledby="cs-causes">
      <h2 id="cs-causes">{t.clinician.causesTitle}</h2>
      <ul class="cs-causes">
        {latest.likelyCauses
          .filter((cause) => !(latest.attention ?? []).some((item) => item.id === cause.id))
          .map((cause) => (
          <li key={cause.id}>
            <strong>
              <Stored text={cause.name} /> ({t.result.bands[cause.band]}, {formatPercent(cause.probability)})
            </strong>
            {cause.supporting.length === 0 ? null : (
              <span>
                {' '}
                {t.clinician.for}: {cause.supporting.map((reason) => translated(reason.text)).join('; ')}.
              </span>
            )}
            {cause.opposing.length === 0 ? null : (
              <span>
                {' '}
                {t.clinician.against}: {cause.opposing.map((reason) => translated(reason.text)).join('; ')}.
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WalkTests({ tests }: { readonly tests: readonly WalkTestResult[] }) {
  return (
    // With no test in the shared weeks the block says so on screen and is left off paper.
    <section class={`cs-block cs-wide${tests.length === 0 ? ' cs-screen-only' : ''}`} aria-labelledby="cs-walk-tests">
      <h2 id="cs-walk-tests">{t.clinician.walkTestsTitle}</h2>
      {tests.length === 0 ? (
        <p class="cs-small">{t.clinician.walkTestsNone}</p>
      ) : (
        <WalkTestTable tests={tests} headings={{ caption: t.clinician.walkTestsTitle, ...t.clinician.walkTests }} />
      )}
    </section>
  );
}

/** The walking tests recorded at check-ins, with the distance change judged by its published threshold. */
function CheckinWalkTests({ tests }: { readonly tests: NonNullable<ClinicianSummary['checkinWalkingTests']> }) {
  if (tests.length === 0) {
    return null;
  }
  const headings = t.measures.walkTests;
  const minutes = (value: number): string => format(t.measures.units.minutes, { value: formatNumber(value, { maximumFractionDigits: 1 }) });
  const meters = (value: number): string => format(t.measures.units.meters, { value: formatNumber(value, { maximumFractionDigits: 0 }) });
  const verdict = (realChange: boolean | null): string =>
    realChange === null ? t.measures.clinicianNoThreshold : realChange ? t.measures.clinicianReal : t.measures.clinicianNotYet;
  return (
    <section class="cs-block cs-wide" aria-labelledby="cs-checkin-walk-tests" data-checkin-walk-tests>
      <h2 id="cs-checkin-walk-tests">{t.measures.walkTestsTitle}</h2>
      <table class="answer-table">
        <caption class="visually-hidden">{t.measures.walkTestsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{headings.date}</th>
            <th scope="col">{headings.minutes}</th>
            <th scope="col">{headings.symptoms}</th>
            <th scope="col">{headings.distance}</th>
            <th scope="col">{headings.change}</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((test, index) => (
            <tr key={`${test.date}-${String(index)}`}>
              <th scope="row">{formatDay(test.date)}</th>
              <td>{minutes(test.minutes)}</td>
              <td>{test.minutesUntilSymptoms === null ? t.measures.none : minutes(test.minutesUntilSymptoms)}</td>
              <td>{test.distanceMeters === null ? '–' : meters(test.distanceMeters)}</td>
              <td>
                {test.distanceChange === null ? '–' : `${test.distanceChange.difference > 0 ? '+' : ''}${meters(test.distanceChange.difference)}. ${verdict(test.distanceChange.realChange)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A warning sign at a check-in (or a worsening trend): first on the page, in the clinician's terms. */
function CheckinAttention({ attention }: { readonly attention: Attention | null | undefined }) {
  if (attention === null || attention === undefined) {
    return null;
  }
  // Only a check-in reports warning signs; a worsening trend alone is named as the trend, not as a sign reported.
  const fromCheckin = attention.from.includes('checkin');
  const signs = fromCheckin ? [...new Set(attention.reasons.map((reason) => reason.feature))] : [];
  return (
    <section class={`cs-block cs-wide cs-attention triage-${attention.level}`} aria-labelledby="cs-checkin-attention" data-attention-level={attention.level}>
      <h2 id="cs-checkin-attention">{fromCheckin ? t.clinician.checkinTitle : t.clinician.trendAttentionTitle}</h2>
      <p>
        <strong>{t.clinician.levels[attention.level]}</strong> {format(t.clinician.checkinSince, { date: formatDay(attention.since) })}
      </p>
      {signs.length === 0 ? null : (
        <p>
          {t.clinician.checkinSigns}: {signs.map(featureLabel).join('; ')}.
        </p>
      )}
      {attention.from.includes('trend') ? <p>{t.clinician.checkinTrend}</p> : null}
    </section>
  );
}

export function ClinicianSummaryView({ summary }: { readonly summary: ClinicianSummary }) {
  const latest = summary.latest;
  return (
    <article class="clinician-summary">
      <div class="cs-head">
        <h1 tabIndex={-1}>{t.clinician.title}</h1>
        <button type="button" class="button button-secondary no-print" onClick={() => { print(); }}>
          {t.clinician.print}
        </button>
      </div>
      <p class="cs-small">
        {format(t.clinician.shared, { date: formatInstant(summary.sharedAt), expires: formatInstant(summary.expiresAt) })}{' '}
        {summary.knowledgeVersion === null ? null : format(t.clinician.version, { version: summary.knowledgeVersion })}
      </p>
      <p class="cs-small cs-disclaimer">{t.clinician.disclaimer}</p>
      <CheckinAttention attention={summary.attention} />
      {latest === null ? (
        <p>{t.clinician.noAssessment}</p>
      ) : (
        <>
          <Attention latest={latest} />
          <div class="cs-grid">
            <Triage latest={latest} />
            <KeyAnswers latest={latest} />
            <WarningSigns latest={latest} />
            <Pattern latest={latest} diary={summary.walking.diary} />
          </div>
          <Causes latest={latest} />
        </>
      )}
      <section class="cs-block cs-trend" aria-labelledby="cs-trend">
        <h2 id="cs-trend">{t.clinician.trendTitle}</h2>
        <p class="cs-small">{plural(t.clinician.walksCount, summary.walking.diary.walks)}</p>
        <TrendCard trend={summary.walking.trend} voice={{ title: t.clinician.trendHeading, notEnough: t.clinician.notEnough, ruleLink: t.clinician.ruleLink }} />
        <WeekChart id="cs-chart" title={t.progress.chartTolerance} weeks={summary.walking.weeks} pick={pickTolerance} />
      </section>
      <WalkTests tests={summary.walking.walkingTests ?? []} />
      <MeasuresPanel measures={summary.measures} voice="clinician" />
      <CheckinWalkTests tests={summary.checkinWalkingTests ?? []} />
      {latest === null ? null : (
        <section class="cs-block" aria-labelledby="cs-plan">
          <h2 id="cs-plan">{t.clinician.planGiven}</h2>
          <ul class="cs-plan" data-told-person>
            {latest.plan.map((item) => (
              <li key={item.id}>
                <Stored text={item.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
