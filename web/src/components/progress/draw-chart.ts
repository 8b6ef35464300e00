/** Draws one weekly line chart with uPlot; loaded on demand so uPlot stays out of the first page load. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartInput {
  /** Week starts as seconds since 1970 (uPlot's time axis). */
  readonly x: readonly number[];
  readonly y: readonly (number | null)[];
  readonly label: string;
  readonly width: number;
  readonly yMax?: number;
}

/** Colours come from the page's CSS, so the chart follows light and dark mode. */
function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function drawChart(target: HTMLElement, input: ChartInput): () => void {
  const text = cssVar('--text', '#1b1d1f');
  const line = cssVar('--line', '#8a8f96');
  const accent = cssVar('--accent', '#0b5c8a');
  const axis = { stroke: text, grid: { stroke: line, width: 0.5 }, ticks: { stroke: line }, font: '16px system-ui, sans-serif' };
  const chart = new uPlot(
    {
      width: input.width,
      height: 220,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: input.yMax === undefined ? { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } : { range: [0, input.yMax] } },
      axes: [
        { ...axis, values: (_u, splits) => splits.map((s) => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(s * 1000))) },
        { ...axis, size: 48 },
      ],
      series: [{}, { label: input.label, stroke: accent, width: 3, spanGaps: true, points: { show: true, size: 10, fill: accent, stroke: accent } }],
    },
    [[...input.x], [...input.y]],
    target,
  );
  return () => {
    chart.destroy();
  };
}
