/**
 * The one-page report for the clinician: triage, every warning sign asked (the "no"s too), key
 * answers, likely causes with reasons, the plan, the date and the knowledge version. Printed through the browser.
 */
import { useMemo } from 'preact/hooks';
import { useFocusOnChange } from '../components/focus.js';
import { KNOWLEDGE, type Answers, type Result } from '../engine.js';
import { format, formatDate, formatNumber, formatPercent, t } from '../i18n/index.js';
import { answerText } from '../state/answer-text.js';
import { assessmentOf } from '../state/assessment.js';
import type { Interview } from '../state/use-interview.js';
import { hrefOf } from '../state/use-route.js';

const WARNING = KNOWLEDGE.features.filter((feature) => feature.group === 'warning');
const OTHER = KNOWLEDGE.features.filter((feature) => feature.group !== 'warning');
const CAUSE_NAMES = new Map(KNOWLEDGE.causes.map((cause) => [cause.id, cause.medicalName]));

/** Clinicians read likelihood ratios directly. */
function ratioText(weight: number): string {
  return format(t.report.ratio, { ratio: formatNumber(weight, { maximumFractionDigits: 2 }) });
}

export function ReportScreen({ interview }: { readonly interview: Interview }) {
  const answers = interview.state.answers;
  const assessment = useMemo(() => assessmentOf(answers), [answers]);
  const headingRef = useFocusOnChange<HTMLHeadingElement>('report');
  return (
    <article class="page report">
      <header class="report-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.report.title}
        </h1>
        <p class="report-meta">
          {format(t.report.made, { date: formatDate(new Date()) })}
          {assessment.kind === 'result' ? (
            <>
              {' · '}
              {format(t.report.version, { version: assessment.result.knowledgeVersion })}
            </>
          ) : null}
        </p>
      </header>
      {assessment.kind === 'result' ? (
        <ReportBody result={assessment.result} answers={answers} />
      ) : (
        <p>
          {t.report.empty}{' '}
          <a href={hrefOf('questions')}>{t.result.continue}</a>
        </p>
      )}
    </article>
  );
}

function ReportBody({ result, answers }: { readonly result: Result; readonly answers: Answers }) {
  const causes = result.causes.filter((cause) => cause.band !== 'unlikely');
  const answered = OTHER.filter((feature) => answers[feature.id] !== undefined);
  return (
    <>
      <div class="no-print report-tools">
        <p>{t.report.intro}</p>
        <button type="button" class="button button-primary" onClick={() => {
            print();
          }}>
          {t.report.print}
        </button>
        <p class="hint">{t.report.printHint}</p>
        <a class="button button-secondary" href={hrefOf('result')}>
          {t.report.backToResult}
        </a>
      </div>

      <section class="report-triage" data-report-triage={result.triage.level} aria-labelledby="report-triage">
        <h2 id="report-triage">{t.report.triageTitle}</h2>
        <p class="report-level">
          <strong>{t.result.levels[result.triage.level]}</strong> ({result.triage.level})
        </p>
        <p>{result.triage.advice}</p>
        {result.triage.reasons.length > 0 ? (
          <ul>
            {result.triage.reasons.map((reason) => (
              <li key={`${reason.rule}-${reason.feature}`}>{reason.text}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="report-warning">
        <h2 id="report-warning">{t.report.warningTitle}</h2>
        <table class="answer-table two-col">
          <thead>
            <tr>
              <th scope="col">{t.report.sign}</th>
              <th scope="col">{t.report.answer}</th>
            </tr>
          </thead>
          <tbody>
            {WARNING.map((feature) => {
              const value = answers[feature.id];
              return (
                <tr key={feature.id} class={value === true ? 'positive' : undefined}>
                  <th scope="row">{feature.label}</th>
                  <td>{value === true ? <strong>{answerText(feature, value)}</strong> : answerText(feature, value)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="report-causes">
        <h2 id="report-causes">{t.report.causesTitle}</h2>
        <ol class="report-causes">
          {causes.map((cause) => (
            <li key={cause.id}>
              <strong>{cause.name}</strong> [{CAUSE_NAMES.get(cause.id) ?? cause.id}] ({t.result.bands[cause.band]}; {format(t.report.probability, { percent: formatPercent(cause.probability) })})
              {cause.supporting.length > 0 ? (
                <p>
                  {t.report.for}: {cause.supporting.slice(0, 4).map((reason) => `${reason.text} (${ratioText(reason.weight)})`).join('; ')}
                </p>
              ) : null}
              {cause.opposing.length > 0 ? (
                <p>
                  {t.report.against}: {cause.opposing.slice(0, 3).map((reason) => `${reason.text} (${ratioText(reason.weight)})`).join('; ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="report-answers">
        <h2 id="report-answers">{t.report.answersTitle}</h2>
        <table class="answer-table two-col">
          <thead>
            <tr>
              <th scope="col">{t.report.question}</th>
              <th scope="col">{t.report.answer}</th>
            </tr>
          </thead>
          <tbody>
            {answered.map((feature) => (
              <tr key={feature.id}>
                <th scope="row">{feature.label}</th>
                <td>{answerText(feature, answers[feature.id])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="report-plan">
        <h2 id="report-plan">{t.report.planTitle}</h2>
        <ul class="report-plan">
          {result.plan.map((item) => (
            <li key={item.id}>{item.title}</li>
          ))}
        </ul>
      </section>

      <p class="report-disclaimer">{t.report.disclaimer}</p>
    </>
  );
}
