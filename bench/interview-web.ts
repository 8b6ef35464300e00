// Screens and taps through the real web interview in Debian's Chromium, per vignette: each case is
// answered as a person would (a checklist page with no sign is one tap on "I have none of these";
// a number typed counts as one tap), and checked to end on the triage `assess` gives the same answers.
// Aims (issue 9): at most 12 screens (a checklist page counts as one) and, for a person with no
// warning sign, at most 30 taps. Prints one table.
// `npm run bench:interview-web` (needs web/dist: npm run build:web); BENCH_SETS=public,own picks the sets.
import { join } from 'node:path';
import { assess, KNOWLEDGE, type AnswerValue } from '../src/index.js';
import { launchChromium, ROOT, serveDist, walkInterviewRecorded } from '../test/e2e/helpers.js';
import { loadVignettes } from '../test/vignettes.js';

const AIMS = { screens: 12, taps: 30 };
const SETS = (process.env['BENCH_SETS'] ?? 'public').split(',');

interface Walk {
  readonly screens: number;
  readonly taps: number;
  readonly level: string;
  readonly sameTriage: boolean;
}

interface Row {
  readonly set: string;
  readonly id: string;
  /** Any warning sign answered "yes". */
  readonly warningSign: boolean;
  /** The case as written: a warning sign it leaves out (most predate CONTRACT v1.1) is answered "not sure". */
  readonly written: Walk;
  /** The same person answering "no" to the warning signs the case leaves out. */
  readonly completed: Walk;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const WARNING_SIGNS = KNOWLEDGE.features.filter((feature) => feature.group === 'warning' && feature.askWhen === undefined).map((feature) => feature.id);

const server = await serveDist();
const browser = await launchChromium();

async function walk(answers: Readonly<Record<string, AnswerValue>>): Promise<Walk> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/questions`);
  const walked = await walkInterviewRecorded(page, answers);
  const level = (await page.getAttribute('[data-triage-level]', 'data-triage-level')) ?? '';
  await context.close();
  return { screens: walked.screens, taps: walked.taps, level, sameTriage: level === assess(walked.given).triage.level };
}

const rows: Row[] = [];
try {
  for (const set of SETS) {
    for (const vignette of loadVignettes(join(ROOT, 'test', 'vignettes', set))) {
      const answers = vignette.answers as Record<string, AnswerValue>;
      const completed = { ...Object.fromEntries(WARNING_SIGNS.map((id) => [id, false])), ...answers };
      rows.push({
        set,
        id: vignette.id,
        warningSign: WARNING_SIGNS.some((id) => answers[id] === true),
        written: await walk(answers),
        completed: await walk(completed),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const over = (value: number, aim: number, applies = true): string => (applies && value > aim ? ' (over)' : '');
console.log(`\nThe web interview in Chromium (aims: screens <= ${String(AIMS.screens)}; taps <= ${String(AIMS.taps)} for a person with no warning sign)\n`);
console.log('| set | case | triage | warning sign | screens | taps | with the signs it leaves out "no": screens | taps |\n|---|---|---|---|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.set} | ${row.id} | ${row.written.level} | ${row.warningSign ? 'yes' : 'no'} | ${String(row.written.screens)}${over(row.written.screens, AIMS.screens)} | ${String(row.written.taps)} | ${String(row.completed.screens)}${over(row.completed.screens, AIMS.screens)} | ${String(row.completed.taps)}${over(row.completed.taps, AIMS.taps, !row.warningSign)} |`,
  );
}
const summary = (label: string, walks: readonly Walk[]): string =>
  walks.length === 0
    ? `| ${label} | 0 | - | - | - | - |`
    : `| ${label} | ${String(walks.length)} | ${String(median(walks.map((one) => one.screens)))} / ${String(Math.max(...walks.map((one) => one.screens)))} | ${String(median(walks.map((one) => one.taps)))} / ${String(Math.max(...walks.map((one) => one.taps)))} | ${String(walks.filter((one) => one.screens > AIMS.screens).length)} | ${String(walks.filter((one) => one.sameTriage).length)}/${String(walks.length)} |`;
const calm = rows.filter((row) => !row.warningSign);
console.log('\n| walks | cases | screens median / max | taps median / max | over the screen aim | triage as assess |\n|---|---:|---:|---:|---:|---:|');
console.log(summary('as written', rows.map((row) => row.written)));
console.log(summary('signs it leaves out "no"', rows.map((row) => row.completed)));
console.log(summary('no warning sign, signs it leaves out "no"', calm.map((row) => row.completed)));
if (rows.some((row) => !row.written.sameTriage || !row.completed.sameTriage)) {
  process.exitCode = 1;
}
