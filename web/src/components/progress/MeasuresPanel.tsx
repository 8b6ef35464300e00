/** The outcome measures from check-ins: each score over time (a line on progress, a table everywhere), its change since the first check-in judged only by its published threshold. */
import { useDrawnChart } from './use-drawn-chart.js';
import type { MeasuresProgress, ScoreReport } from '../../api/types.js';
import { format, formatNumber, plural, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';

/** Known scores first, in the order the check-in asks them; a deployer's licensed instrument after. */
const ORDER = ['nrs_back', 'nrs_leg', 'peg', 'psfs', 'walking_test', 'walking_test_distance'];

/** Who the words speak to: the person on progress, the clinician on the share page. */
export type MeasuresVoice = 'person' | 'clinician';

function reportOf(latest: MeasuresProgress['latest'], scoreId: string): ScoreReport | undefined {
  if (latest === null) {return undefined;}
  const direct = latest[scoreId];
  if (direct !== undefined) {return direct;}
  // A score that is one part of an instrument (the walking test's distance) is reported under it.
  for (const report of Object.values(latest)) {
    const part = report.parts?.[scoreId];
    if (part !== undefined) {return part;}
  }
  return undefined;
}

function nameOf(scoreId: string, voice: MeasuresVoice): string {
  // The person sees the check-in's own words; the clinician sees the instrument's name.
  const names: Readonly<Record<string, string>> = voice === 'person' ? t.measures.names : t.measures.clinicianNames;
  return names[scoreId] ?? scoreId;
}

export function amountText(value: number, unit: ScoreReport['unit']): string {
  const rounded = Math.round(value * 10) / 10;
  if (unit === 'points') {return plural(t.measures.units.points, rounded);}
  return format(t.measures.units[unit], { value: formatNumber(rounded, { maximumFractionDigits: 1 }) });
}

/** "Ostelo 2008" from the source id "ostelo_2008": author names and year, as the register cites them. */
export function shortCitation(sourceId: string): string {
  const parts = sourceId.split('_');
  const year = parts.pop() ?? '';
  const authors = parts.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
  return `${authors.join(' & ')} ${year}`.trim();
}

function changeWords(report: ScoreReport): string {
  const change = report.sinceFirst;
  if (change === null) {return '';}
  const amount = amountText(Math.abs(change.difference), report.unit);
  return change.direction === 'same' ? t.measures.same : format(t.measures[change.direction], { amount });
}

function judgement(report: ScoreReport, voice: MeasuresVoice): string | null {
  const change = report.sinceFirst;
  if (change === null) {return null;}
  if (change.realChange === null) {return voice === 'person' ? t.measures.noThreshold : t.measures.clinicianNoThreshold;}
  if (change.realChange) {return voice === 'person' ? t.measures.real : t.measures.clinicianReal;}
  return voice === 'person' ? t.measures.notYet : t.measures.clinicianNotYet;
}

type Points = readonly { readonly date: string; readonly score: number }[];

/** The score's line, drawn by the same lazily loaded uPlot as the weekly charts; the table below gives the same numbers. */
function MeasureChart({ title, points, unit }: { readonly title: string; readonly points: Points; readonly unit: ScoreReport['unit'] }) {
  const { target, drawn } = useDrawnChart(
    () => ({
      x: points.map((point) => Date.parse(`${point.date}T00:00:00Z`) / 1000),
      y: points.map((point) => point.score),
      label: title,
      ...(unit === 'points' ? { yMax: 10 } : {}),
    }),
    [points, title, unit],
  );
  const first = points[0];
  const last = points.at(-1);
  const summary = first === undefined || last === undefined ? '' : format(t.measures.chartSummary, {
    first: `${amountText(first.score, unit)} (${formatDay(first.date)})`,
    last: `${amountText(last.score, unit)} (${formatDay(last.date)})`,
  });
  return (
    <div role="img" aria-label={`${title}. ${summary}`} class="chart-box">
      <div ref={target} />
      {drawn ? null : <p class="hint">{t.progress.chartLoading}</p>}
    </div>
  );
}

function Measure({ scoreId, points, report, voice }: {
  readonly scoreId: string;
  readonly points: Points;
  readonly report: ScoreReport | undefined;
  readonly voice: MeasuresVoice;
}) {
  const title = nameOf(scoreId, voice);
  const unit = report?.unit ?? 'points';
  const verdict = report === undefined ? null : judgement(report, voice);
  return (
    <section class="measure" aria-labelledby={`measure-${voice}-${scoreId}`} data-measure={scoreId} data-real-change={report?.sinceFirst?.realChange ?? undefined}>
      <h3 id={`measure-${voice}-${scoreId}`}>{title}</h3>
      {report === undefined ? null : (
        <p>
          {format(t.measures.now, { score: amountText(report.score, unit) })}{' '}
          {report.sinceFirst === null
            ? null
            : format(voice === 'person' ? t.measures.sinceFirst : t.measures.clinicianSinceFirst, {
              date: formatDay(report.sinceFirst.fromDate),
              change: changeWords(report),
            })}{' '}
          {verdict === null ? null : <strong data-verdict>{verdict}</strong>}
        </p>
      )}
      {report?.meaningfulChange === null || report?.meaningfulChange === undefined ? null : (
        <p class="hint">
          {format(t.measures.threshold, {
            amount: amountText(report.meaningfulChange.amount, unit),
            source: report.meaningfulChange.sources.map(shortCitation).join('; '),
          })}
        </p>
      )}
      {voice === 'person' && points.length >= 2 ? <MeasureChart title={title} points={points} unit={unit} /> : null}
      <table class="answer-table measure-table">
        <caption class="visually-hidden">{format(t.measures.tableCaption, { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.measures.date}</th>
            <th scope="col">{t.measures.score}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <tr key={`${point.date}-${String(index)}`}>
              <th scope="row">{formatDay(point.date)}</th>
              <td>{amountText(point.score, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every score with at least one check-in value; nothing at all when no check-in carried a measure. */
export function MeasuresPanel({ measures, voice }: {
  readonly measures: MeasuresProgress | undefined;
  readonly voice: MeasuresVoice;
}) {
  if (measures === undefined) {return null;}
  const ids = Object.keys(measures.series).filter((id) => (measures.series[id]?.length ?? 0) > 0);
  if (ids.length === 0) {return null;}
  const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const titleId = `measures-${voice}`;
  return (
    <section class={voice === 'clinician' ? 'cs-block cs-wide measures' : 'measures'} aria-labelledby={titleId} data-measures>
      <h2 id={titleId}>{voice === 'person' ? t.measures.title : t.measures.clinicianTitle}</h2>
      <p class={voice === 'clinician' ? 'cs-small' : 'hint'}>{voice === 'person' ? t.measures.intro : t.measures.clinicianIntro}</p>
      {ids.map((id) => (
        <Measure key={id} scoreId={id} points={measures.series[id] ?? []} report={reportOf(measures.latest, id)} voice={voice} />
      ))}
    </section>
  );
}
