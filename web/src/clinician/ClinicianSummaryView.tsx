/** The clinician summary on one page: latest triage and warning signs, walking pattern, likely causes with reasons, 12-week trend, plan, knowledge version. */
import { RELIEF_BY, STOPPED_BECAUSE, type ClinicianSummary } from '../api/types.js';
import { TrendCard } from '../components/progress/TrendCard.js';
import { WeekChart, pickTolerance } from '../components/progress/WeekChart.js';
import { format, formatNumber, formatPercent, t } from '../i18n/index.js';
import { formatInstant } from '../state/dates.js';
import { countsLine } from '../state/diary-counts.js';

type Latest = NonNullable<ClinicianSummary['latest']>;

const names = (items: readonly { readonly label: string }[]): string => (items.length === 0 ? t.clinician.none : items.map((item) => item.label).join('; '));

function Triage({ latest }: { readonly latest: Latest }) {
  return (
    <section class={`cs-block triage-${latest.triage.level}`} aria-labelledby="cs-triage">
      <h2 id="cs-triage">{t.clinician.triageTitle}</h2>
      <p data-triage-level={latest.triage.level}>
        <strong>{t.result.levels[latest.triage.level]}</strong> ({format(t.clinician.assessedOn, { date: formatInstant(latest.assessedAt) })}). {latest.triage.advice}
      </p>
      {latest.triage.reasons.length === 0 ? null : (
        <ul>
          {latest.triage.reasons.map((reason) => (
            <li key={reason.feature}>{reason.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function WarningSigns({ latest }: { readonly latest: Latest }) {
  const no = latest.warningSignsScreened.filter((sign) => sign.answer === 'no');
  const other = latest.warningSignsScreened.filter((sign) => sign.answer !== 'no');
  return (
    <section class="cs-block" aria-labelledby="cs-warning">
      <h2 id="cs-warning">{t.clinician.warningTitle}</h2>
      {other.length === 0 ? null : (
        <ul>
          {other.map((sign) => (
            <li key={sign.feature} class={sign.answer === 'yes' ? 'positive' : undefined}>
              <strong>{sign.answer}</strong>: {sign.label}
            </li>
          ))}
        </ul>
      )}
      {no.length === 0 ? null : <p class="cs-small">{format(t.clinician.noneYes, { signs: names(no) })}</p>}
    </section>
  );
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
          {t.clinician.easedBy}: {names(pattern.easedBy)}
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
        {latest.likelyCauses.map((cause) => (
          <li key={cause.id}>
            <strong>
              {cause.name} ({t.result.bands[cause.band]}, {formatPercent(cause.probability)})
            </strong>
            {cause.supporting.length === 0 ? null : (
              <span>
                {' '}
                {t.clinician.for}: {cause.supporting.map((reason) => reason.text).join('; ')}.
              </span>
            )}
            {cause.opposing.length === 0 ? null : (
              <span>
                {' '}
                {t.clinician.against}: {cause.opposing.map((reason) => reason.text).join('; ')}.
              </span>
            )}
          </li>
        ))}
      </ul>
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
      <p class="cs-small cs-disclaimer">{summary.disclaimer}</p>
      {latest === null ? (
        <p>{t.clinician.noAssessment}</p>
      ) : (
        <div class="cs-grid">
          <Triage latest={latest} />
          <WarningSigns latest={latest} />
          <Pattern latest={latest} diary={summary.walking.diary} />
          <Causes latest={latest} />
        </div>
      )}
      <section class="cs-block cs-trend" aria-labelledby="cs-trend">
        <h2 id="cs-trend">{t.clinician.trendTitle}</h2>
        <p class="cs-small">{format(t.clinician.walksCount, { count: summary.walking.diary.walks })}</p>
        <TrendCard trend={summary.walking.trend} />
        <WeekChart id="cs-chart" title={t.progress.chartTolerance} weeks={summary.walking.weeks} pick={pickTolerance} />
      </section>
      {latest === null ? null : (
        <section class="cs-block" aria-labelledby="cs-plan">
          <h2 id="cs-plan">{t.clinician.planTitle}</h2>
          <ul class="cs-plan">
            {latest.plan.map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
