/** Turns a result into text for a terminal: the triage first, then causes with reasons, then the plan. */
import { styleText } from 'node:util';
import type { RankedCause, Result, TriageLevel } from '../engine/types.js';

type Style = Parameters<typeof styleText>[0];

const LEVEL: Record<TriageLevel, { title: string; style: Style }> = {
  emergency: { title: 'EMERGENCY: get help now', style: ['bold', 'white', 'bgRed'] },
  urgent: { title: 'URGENT: see a doctor today', style: ['bold', 'black', 'bgYellow'] },
  soon: { title: 'SOON: book a visit within 1 to 2 weeks', style: ['bold', 'black', 'bgCyan'] },
  self_care: { title: 'SELF-CARE is reasonable', style: ['bold', 'black', 'bgGreen'] },
};

export interface RenderOptions {
  readonly colour: boolean;
}

function paint(options: RenderOptions, style: Style, text: string): string {
  return options.colour ? styleText(style, text) : text;
}

function percent(probability: number): string {
  return probability < 0.01 ? 'under 1%' : `${String(Math.round(probability * 100))}%`;
}

function causeLines(cause: RankedCause, options: RenderOptions): string[] {
  const lines = [
    `  ${paint(options, 'bold', cause.name)}  (${cause.band}, about ${percent(cause.probability)})`,
  ];
  for (const reason of cause.supporting) {
    lines.push(`    + ${reason.text}  [x${String(reason.weight)}, ${reason.source}]`);
  }
  for (const reason of cause.opposing) {
    lines.push(`    - ${reason.text}  [x${String(reason.weight)}, ${reason.source}]`);
  }
  if (cause.warningSigns.length > 0) {
    lines.push(`    ! Warning sign answered yes: ${cause.warningSigns.join(', ')}`);
  }
  return lines;
}

export function renderResult(result: Result, options: RenderOptions): string {
  const level = LEVEL[result.triage.level];
  const out: string[] = [
    paint(options, level.style, ` ${level.title} `),
    '',
    result.triage.advice,
    '',
  ];
  if (result.triage.reasons.length > 0) {
    out.push(paint(options, 'bold', 'Why:'));
    for (const reason of result.triage.reasons) {
      out.push(`  - ${reason.text}`);
    }
    out.push('');
  }
  const shown = result.causes.filter((cause, index) => index < 3 || cause.band !== 'unlikely');
  out.push(paint(options, 'bold', 'What may be behind it (not a diagnosis):'));
  for (const cause of shown) {
    out.push(...causeLines(cause, options));
  }
  out.push('', paint(options, 'bold', 'Your self-care plan:'));
  for (const item of result.plan) {
    out.push(`  ${paint(options, 'bold', item.title)}: ${item.summary}`);
    item.steps.forEach((step, index) => out.push(`    ${String(index + 1)}. ${step}`));
    for (const caution of item.cautions) {
      out.push(`    Note: ${caution}`);
    }
  }
  out.push(
    '',
    paint(
      options,
      'dim',
      `Stride gives general information, not a diagnosis. Knowledge ${result.knowledgeVersion}.`,
    ),
    paint(
      options,
      'dim',
      'Numbers in [brackets] are likelihood ratios and their source ids: `stride knowledge` lists them.',
    ),
  );
  return out.join('\n');
}
