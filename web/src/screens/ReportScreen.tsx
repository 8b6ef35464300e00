/**
 * The one-page report for the clinician: what needs checking now first, then the triage, the key
 * answers behind both, every warning sign asked (the "no"s too, in one line), likely causes with
 * reasons, the other answers, the plan, the date and the knowledge version. Printed through the browser.
 */
import { useMemo } from 'preact/hooks';
import { useFocusOnChange } from '../components/focus.js';
import { KNOWLEDGE, type Answers, type Feature, type Result } from '../engine.js';
import { format, formatDate, formatNumber, formatPercent, plural, t } from '../i18n/index.js';
import { answerText } from '../state/answer-text.js';
import { assessmentOf } from '../state/assessment.js';
import { adviceLead, listsUnanswered } from '../components/result/TriageBanner.js';
import { featureLabel, medicalTerm } from '../state/cause-info.js';
import { keyAnswerIds } from '../state/key-answers.js';
import type { Interview } from '../state/use-interview.js';
import { hrefOf } from '../state/use-route.js';

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
          {t.report.empty} <a href={hrefOf('questions')}>{t.result.continue}</a>
        </p>
      )}
    </article>
  );
}

function AnswerTable({ features, answers, head }: { readonly features: readonly Feature[]; readonly answers: Answers; readonly head: string }) {
  return (
    <table class="answer-table two-col">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t.report.answer}</th>
        </tr>
      </thead>
      <tbody>
        {features.map((feature) => {
          const value = answers[feature.id];
          return (
            <tr key={feature.id} class={feature.group === 'warning' && value === true ? 'positive' : undefined}>
              <th scope="row">{feature.label}</th>
              <td>{value === true ? <strong>{answerText(feature, value)}</strong> : answerText(feature, value)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ReportBody({ result, answers }: { readonly result: Result; readonly answers: Answers }) {
  const inAttention = new Set(result.attention.map((item) => item.id));
  const causes = result.causes.filter((cause) => cause.band !== 'unlikely' && !inAttention.has(cause.id));
  const keyIds = keyAnswerIds(result);
  const byId = new Map(KNOWLEDGE.features.map((feature) => [feature.id, feature]));
  const keyFeatures = keyIds.flatMap((id) => byId.get(id) ?? []);
  const warning = KNOWLEDGE.features.filter((feature) => feature.group === 'warning' && !keyIds.includes(feature.id));
  // A follow-up or re-ask that did not apply (its askWhen never held) says nothing; an unasked main sign does.
  const warningOpen = warning.filter((feature) => answers[feature.id] !== false && !(answers[feature.id] === undefined && feature.askWhen !== undefined));
  const warningNo = warning.filter((feature) => answers[feature.id] === false);
  const others = KNOWLEDGE.features.filter((feature) => feature.group !== 'warning' && !keyIds.includes(feature.id) && answers[feature.id] !== undefined);
  return (
    <>
      <div class="no-print report-tools">
        <p>{t.report.intro}</p>
        <button
          type="button"
          class="button button-primary"
          onClick={() => {
            print();
          }}
        >
          {t.report.print}
        </button>
        <p class="hint">{t.report.printHint}</p>
        <a class="button button-secondary" href={hrefOf('result')}>
          {t.report.backToResult}
        </a>
      </div>

      {result.attention.length > 0 ? (
        <section class="report-attention" aria-labelledby="report-attention">
          <h2 id="report-attention">{t.report.attentionTitle}</h2>
          <ul>
            {result.attention.map((item) => (
              <li key={item.id} data-cause-id={item.id} data-attention="true">
                <strong>{item.name}</strong> [{medicalTerm(item.id) ?? item.id}] ({t.result.levels[item.level]}). {t.report.attentionSigns}:{' '}
                {item.warningSigns.map(featureLabel).join('; ')}. {item.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="report-triage" data-report-triage={result.triage.level} aria-labelledby="report-triage">
        <h2 id="report-triage">{t.report.triageTitle}</h2>
        <p class="report-level">
          <strong>{t.result.levels[result.triage.level]}</strong> ({result.triage.level})
        </p>
        <p>
          {adviceLead(result.triage)}
          {listsUnanswered(result.triage) ? <strong> {plural(t.report.notChecked, result.triage.unanswered.length)}</strong> : null}
        </p>
        {result.triage.reasons.length > 0 ? (
          <ul>
            {result.triage.reasons.map((reason) => (
              <li key={`${reason.rule}-${reason.feature}`}>{reason.text}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="report-answers">
        <h2 id="report-answers">{t.report.answersTitle}</h2>
        {keyFeatures.length > 0 ? (
          <>
            <p class="report-small no-print">{t.report.answersIntro}</p>
            <AnswerTable features={keyFeatures} answers={answers} head={t.report.question} />
          </>
        ) : (
          <p>{t.report.answersNone}</p>
        )}
      </section>

      <section aria-labelledby="report-warning">
        <h2 id="report-warning">{t.report.warningTitle}</h2>
        {warningOpen.length > 0 ? <AnswerTable features={warningOpen} answers={answers} head={t.report.sign} /> : null}
        {warningNo.length > 0 ? <p class="report-small">{format(t.report.answeredNo, { signs: warningNo.map((feature) => feature.label).join('; ') })}</p> : null}
      </section>

      <section aria-labelledby="report-causes">
        <h2 id="report-causes">{t.report.causesTitle}</h2>
        <ol class="report-causes">
          {causes.map((cause) => (
            <li key={cause.id}>
              <strong>{cause.name}</strong> [{medicalTerm(cause.id) ?? cause.id}] ({t.result.bands[cause.band]};{' '}
              {format(t.report.probability, { percent: formatPercent(cause.probability) })})
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

      {others.length > 0 ? (
        <section aria-labelledby="report-other-answers">
          <h2 id="report-other-answers">{t.report.otherAnswersTitle}</h2>
          <p class="report-small report-inline-answers">
            {others.map((feature) => `${feature.label}: ${answerText(feature, answers[feature.id])}`).join(' · ')}
          </p>
        </section>
      ) : null}

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
