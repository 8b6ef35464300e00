/**
 * Turns a result into text for a terminal: the triage first, then the causes that need checking
 * now (never as a percentage), then the other causes with reasons, then the plan.
 */
import { styleText } from 'node:util';
import type { RankedCause, Result, TriageLevel } from '../engine/types.js';
import { KNOWLEDGE } from '../knowledge/index.js';

const LABELS = new Map(KNOWLEDGE.features.map((feature) => [feature.id, feature.label]));

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
  return lines;
}

function attentionLines(result: Result, options: RenderOptions): string[] {
  if (result.attention.length === 0) {
    return [];
  }
  const lines = [paint(options, 'bold', 'Needs checking now:')];
  for (const item of result.attention) {
    lines.push(`  ${paint(options, 'bold', item.name)}  (${LEVEL[item.level].title.split(':')[0] ?? ''})`);
    lines.push(`    ${item.text}`);
    const signs = item.warningSigns.map((id) => LABELS.get(id) ?? id).join('; ');
    lines.push(`    Because of: ${signs}  [${item.sources.join(', ')}]`);
  }
  lines.push('');
  return lines;
}

/** The banner: a result with unchecked warning signs never reads as reassurance. */
function titleOf(result: Result): { title: string; style: Style } {
  if (result.triage.level === 'self_care' && result.triage.unanswered.length > 0) {
    return { title: 'NOT ALL WARNING SIGNS CHECKED', style: ['bold', 'black', 'bgYellow'] };
  }
  return LEVEL[result.triage.level];
}

export function renderResult(result: Result, options: RenderOptions): string {
  const level = titleOf(result);
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
  out.push(...attentionLines(result, options));
  const checkNow = new Set(result.attention.map((item) => item.id));
  const shown = result.causes
    .filter((cause) => !checkNow.has(cause.id))
    .filter((cause, index) => index < 3 || cause.band !== 'unlikely');
  out.push(
    paint(
      options,
      'bold',
      checkNow.size > 0 ? 'Other possible causes (not a diagnosis):' : 'What may be behind it (not a diagnosis):',
    ),
  );
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
