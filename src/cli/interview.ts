/**
 * The terminal interview: one question at a time with Back and Not sure, a progress line, and
 * the result with its reasons at the end. Only asks; the engine decides what and when.
 */
import { cancel, intro, isCancel, log, note, outro, select, text } from '@clack/prompts';
import type { AnswerValue, Answers, Question } from '../engine/types.js';
import { assess, interviewProgress, nextQuestion } from '../index.js';
import { renderResult } from './render.js';

const BACK = '__back';
const NOT_SURE = '__not_sure';

type Reply = { kind: 'answer'; value: AnswerValue } | { kind: 'back' } | { kind: 'quit' };

/** The progress line: the engine's likely length, kept at the smallest seen so it never grows. */
function progressLine(answers: Answers, shownTotal: number): { line: string; total: number } {
  const { answered, expected } = interviewProgress(answers);
  const total = Math.max(answered + 1, Math.min(shownTotal, expected));
  const width = 20;
  const filled = Math.round((answered / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] question ${String(answered + 1)} of about ${String(total)}`;
  return { line, total };
}

async function ask(question: Question, canGoBack: boolean): Promise<Reply> {
  const extras = [
    { value: NOT_SURE, label: 'Not sure' },
    ...(canGoBack ? [{ value: BACK, label: 'Back' }] : []),
  ];
  if (question.type === 'number') {
    const reply = await text({
      message: `${question.text}${question.unit === undefined ? '' : ` (${question.unit})`}`,
      placeholder: `${String(question.min ?? 0)} to ${String(question.max ?? '')}; ? for not sure${canGoBack ? ', b for back' : ''}`,
      validate: (value) => {
        const input = (value ?? '').trim();
        if (input === '?' || (canGoBack && input === 'b')) {
          return undefined;
        }
        const number = Number(input);
        if (input === '' || !Number.isFinite(number)) {
          return 'Please type a number';
        }
        if (
          (question.min !== undefined && number < question.min) ||
          (question.max !== undefined && number > question.max)
        ) {
          return `Please type a number from ${String(question.min)} to ${String(question.max)}`;
        }
        return undefined;
      },
    });
    if (isCancel(reply)) {
      return { kind: 'quit' };
    }
    const input = reply.trim();
    return input === 'b'
      ? { kind: 'back' }
      : { kind: 'answer', value: input === '?' ? null : Number(input) };
  }
  const options =
    question.type === 'bool'
      ? [
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]
      : (question.choices ?? []).map((option) => ({ value: option.value, label: option.label }));
  const reply = await select<string>({ message: question.text, options: [...options, ...extras] });
  if (isCancel(reply)) {
    return { kind: 'quit' };
  }
  if (reply === BACK) {
    return { kind: 'back' };
  }
  if (reply === NOT_SURE) {
    return { kind: 'answer', value: null };
  }
  return { kind: 'answer', value: question.type === 'bool' ? reply === 'true' : reply };
}

export async function runInterview(colour: boolean): Promise<number> {
  intro('Stride: lower back pain when walking');
  note(
    'This takes about 3 to 5 minutes. It is general information, not a diagnosis.\n' +
      'Nothing you type leaves this computer.\n' +
      'If you have an emergency now, call your local emergency number (911, 999 or 112).',
    'Before you start',
  );
  const answers = new Map<string, AnswerValue>();
  const order: string[] = [];
  let shownTotal = Number.POSITIVE_INFINITY;
  for (;;) {
    const question = nextQuestion(Object.fromEntries(answers));
    if (question === null) {
      break;
    }
    const progress = progressLine(Object.fromEntries(answers), shownTotal);
    shownTotal = progress.total;
    log.message(progress.line);
    log.info(`Why we ask: ${question.why}`);
    const reply = await ask(question, order.length > 0);
    if (reply.kind === 'quit') {
      cancel('Stopped. Nothing was saved.');
      return 130;
    }
    if (reply.kind === 'back') {
      const previous = order.pop();
      if (previous !== undefined) {
        answers.delete(previous);
      }
      continue;
    }
    answers.set(question.id, reply.value);
    order.push(question.id);
  }
  outro('Done. Here is what your answers suggest.');
  process.stdout.write(`${renderResult(assess(Object.fromEntries(answers)), { colour })}\n`);
  return 0;
}
