/** One weekly chart: a uPlot line drawn on demand, announced as an image with a summary, and the same numbers in a table. */
import { useDrawnChart } from './use-drawn-chart.js';
import type { WeekFigures } from '../../api/types.js';
import { format, formatNumber, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';

interface Props {
  readonly id: string;
  readonly title: string;
  readonly weeks: readonly WeekFigures[];
  readonly pick: (week: WeekFigures) => number | null;
  readonly yMax?: number;
}

function summaryOf(weeks: readonly WeekFigures[], pick: Props['pick']): string {
  const withData = weeks.filter((week) => pick(week) !== null);
  const first = withData[0];
  const last = withData.at(-1);
  if (first === undefined || last === undefined) {
    return t.progress.chartEmpty;
  }
  const describe = (week: WeekFigures): string => `${formatNumber(pick(week) ?? 0)} (${formatDay(week.weekStart)})`;
  return format(t.progress.chartSummary, { first: describe(first), last: describe(last) });
}

export function WeekChart({ id, title, weeks, pick, yMax }: Props) {
  const { target, drawn } = useDrawnChart(
    () => ({
      x: weeks.map((week) => Date.parse(`${week.weekStart}T00:00:00Z`) / 1000),
      y: weeks.map(pick),
      label: title,
      ...(yMax === undefined ? {} : { yMax }),
    }),
    [weeks, pick, title, yMax],
  );

  return (
    <figure class="week-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div role="img" aria-label={format(t.progress.chartLabel, { title, weeks: weeks.length, summary: summaryOf(weeks, pick) })} class="chart-box" data-chart={id}>
        <div ref={target} />
        {drawn ? null : <p class="hint">{t.progress.chartLoading}</p>}
      </div>
      <details class="chart-numbers">
        <summary>{t.progress.showNumbers}</summary>
        <table class="answer-table">
          <caption class="visually-hidden">{format(t.progress.tableCaption, { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.progress.week}</th>
              <th scope="col">{t.progress.walks}</th>
              <th scope="col">{title}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => {
              const value = pick(week);
              return (
                <tr key={week.weekStart}>
                  <th scope="row">
                    {formatDay(week.weekStart)} {week.complete ? '' : t.progress.thisWeek}
                  </th>
                  <td>{week.walks}</td>
                  <td>{value === null ? '–' : formatNumber(value)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export const pickTolerance = (week: WeekFigures): number | null => week.medianMinutesUntilSymptoms;
export const pickPain = (week: WeekFigures): number | null => week.medianPainAfter;
export const pickTotal = (week: WeekFigures): number | null => (week.walks === 0 ? null : week.totalMinutes);
