/**
 * The `stride` command: the terminal interview, and `assess`, `next` and `knowledge` for scripts
 * (CONTRACT section 3). Bad input exits with status 2 and one line naming the key.
 */
import { Command, CommanderError } from 'commander';
import { conditionText } from '../engine/knowledge-view.js';
import { AnswersError, assess, KNOWLEDGE, knowledgeView, nextQuestion } from '../index.js';
import { readJson, UsageError } from './input.js';
import { runInterview } from './interview.js';
import { renderResult } from './render.js';

const USAGE_ERROR = 2;

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function colourWanted(): boolean {
  return process.stdout.isTTY && process.env['NO_COLOR'] === undefined;
}

function program(): Command {
  const stride = new Command('stride')
    .description(
      'Lower back pain when walking: how urgently to be seen, likely causes and why, and what to do. Not a diagnosis.',
    )
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .action(async () => {
      if (!process.stdin.isTTY) {
        throw new UsageError(
          'the interview needs a terminal; for scripts use `stride assess --answers FILE` or `stride next --answers FILE`',
        );
      }
      process.exitCode = await runInterview(colourWanted());
    });

  stride
    .command('assess')
    .description('Assess answers from a JSON file (- for stdin) and print the result.')
    .requiredOption('--answers <file>', 'JSON object of feature id to answer; - reads stdin')
    .option('--json', 'print the CONTRACT result as JSON')
    .action((options: { answers: string; json?: boolean }) => {
      const result = assess(readJson(options.answers));
      if (options.json === true) {
        print(result);
      } else {
        process.stdout.write(`${renderResult(result, { colour: colourWanted() })}\n`);
      }
    });

  stride
    .command('next')
    .description(
      'Print the question the interview would ask next for these answers (null when done).',
    )
    .requiredOption('--answers <file>', 'JSON object of feature id to answer; - reads stdin')
    .option('--json', 'print {"question": ...} as JSON')
    .action((options: { answers: string; json?: boolean }) => {
      const question = nextQuestion(readJson(options.answers));
      if (options.json === true) {
        print({ question });
      } else {
        process.stdout.write(
          question === null ? 'The interview is done.\n' : `${question.id}: ${question.text}\n`,
        );
      }
    });

  stride
    .command('knowledge')
    .description(
      'Print the knowledge base: features, causes with priors and likelihood ratios, warning rules, sources.',
    )
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) => {
      if (options.json === true) {
        print(knowledgeView(KNOWLEDGE));
        return;
      }
      process.stdout.write('Causes (each its own yes/no question: prior, then likelihood ratios):\n');
      for (const cause of KNOWLEDGE.causes) {
        process.stdout.write(
          `  ${cause.id}: ${cause.name} (prior ${String(cause.prior.probability)}, ${cause.prior.source})\n`,
        );
        for (const subgroup of cause.prior.subgroups ?? []) {
          process.stdout.write(
            `    prior ${String(subgroup.probability)} (${subgroup.source}) when: ${subgroup.description}\n`,
          );
        }
      }
      process.stdout.write(
        '\nTriage rules (warning signs and guideline patterns; independent of the causes\' odds, they only raise the level):\n',
      );
      for (const level of ['emergency', 'urgent', 'soon', 'self_care'] as const) {
        process.stdout.write(`  ${level}:\n`);
        for (const rule of KNOWLEDGE.warningRules.filter((r) => r.level === level)) {
          const suspects = (rule.suspects ?? []).join(', ');
          process.stdout.write(
            `    ${rule.id}${suspects === '' ? '' : ` -> ${suspects}`} [${rule.sources.join(', ')}]\n      when: ${conditionText(rule.when, KNOWLEDGE)}\n`,
          );
        }
      }
      process.stdout.write(
        `\n${String(KNOWLEDGE.features.length)} questions, ${String(KNOWLEDGE.sources.length)} sources. Use --json for everything.\n`,
      );
    });
  return stride;
}

function fail(message: string): void {
  process.stderr.write(`stride: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exitCode = USAGE_ERROR;
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) {
      process.exitCode = 0;
    } else {
      fail(error.message.replace(/^error: /, ''));
    }
  } else if (error instanceof AnswersError || error instanceof UsageError) {
    fail(error.message);
  } else {
    fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
