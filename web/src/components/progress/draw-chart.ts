/** Draws one weekly line chart with uPlot; loaded on demand so uPlot stays out of the first page load. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { weekTicks } from './week-ticks.js';

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

const FONT = '16px system-ui, sans-serif';
const Y_AXIS_PX = 48;

/** The widest date label these weeks would show, measured in the axis font (falls back to a safe guess). */
function widestLabel(labels: readonly string[]): number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) {
    return 12 * Math.max(0, ...labels.map((label) => label.length));
  }
  context.font = FONT;
  return Math.max(0, ...labels.map((label) => context.measureText(label).width));
}

export function drawChart(target: HTMLElement, input: ChartInput): () => void {
  const text = cssVar('--text', '#1b1d1f');
  const line = cssVar('--line', '#8a8f96');
  const accent = cssVar('--accent', '#0b5c8a');
  const axis = { stroke: text, grid: { stroke: line, width: 0.5 }, ticks: { stroke: line }, font: FONT };
  const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const dateOf = (seconds: number): string => dayMonth.format(new Date(seconds * 1000));
  const labelWidth = widestLabel(input.x.map(dateOf));
  // The newest week's label is centred on the right edge: leave it half a label of room.
  const rightPad = Math.ceil(labelWidth / 2) + 4;
  const ticks = weekTicks(input.x, input.width - Y_AXIS_PX - rightPad - 8, labelWidth);
  const chart = new uPlot(
    {
      width: input.width,
      height: 220,
      padding: [null, rightPad, null, null],
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: input.yMax === undefined ? { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } : { range: [0, input.yMax] } },
      axes: [
        { ...axis, splits: () => ticks, values: (_u, splits) => splits.map(dateOf) },
        { ...axis, size: Y_AXIS_PX },
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
