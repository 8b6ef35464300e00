// Engine benchmark: assess and the adaptive interview over every vignette, and the CLI's peak memory.
// Run with `npm run bench` (builds first). Times are wall-clock on this machine; compare runs, not absolutes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, checkAnswers, KNOWLEDGE, nextQuestion } from '../dist/index.js';
import { INTERVIEW_SETTINGS, nextQuestionOf } from '../dist/engine/next-question.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  ['public', join(root, 'test', 'vignettes', 'public')],
  ['own', join(root, 'test', 'vignettes', 'own')],
  ['published', join(root, 'test', 'vignettes', 'published')],
];
const load = (folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')))
    : [];
const bySet = SETS.map(([name, folder]) => [name, load(folder)]);
const vignettes = bySet.flatMap(([, cases]) => cases);
const folders = SETS.map(([, folder]) => folder);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function measure(label, rounds, work) {
  for (let i = 0; i < Math.min(200, rounds); i += 1) work(i); // warm-up
  const samples = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = process.hrtime.bigint();
    work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  return { label, samples: rounds, median: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

function interview(answers) {
  const given = {};
  let calls = 0;
  for (let q = nextQuestion(given); q !== null; q = nextQuestion(given)) {
    given[q.id] = answers[q.id] ?? null;
    calls += 1;
  }
  return calls;
}

// Every nextQuestion call of every vignette's interview, each timed alone.
const states = [];
for (const vignette of vignettes) {
  const given = {};
  states.push({ ...given });
  for (let q = nextQuestion(given); q !== null; q = nextQuestion(given)) {
    given[q.id] = vignette.answers[q.id] ?? null;
    states.push({ ...given });
  }
}

const rows = [
  measure('assess (one vignette, full answers)', 20000, (i) =>
    assess(vignettes[i % vignettes.length].answers),
  ),
  measure('nextQuestion (one call, any interview state)', 5000, (i) =>
    nextQuestion(states[i % states.length]),
  ),
  measure('whole adaptive interview (all calls)', 300, (i) =>
    interview(vignettes[i % vignettes.length].answers),
  ),
];

const counts = vignettes.map((v) => interview(v.answers)).sort((a, b) => a - b);

// The interview against answering everything, per set. "Answering everything" is the case's
// answers with its missing answers "not sure" (so a re-ask of a sign the case leaves unsure is
// unsure too). Emergencies are left out of the cause measures: the interview stops at the first
// emergency answer (CONTRACT v1.1), so the causes are not what the person is told then.
const warningIds = new Set(KNOWLEDGE.features.filter((f) => f.group === 'warning').map((f) => f.id));
const rechecks = KNOWLEDGE.features.filter((f) => f.rechecks !== undefined);
function reference(answers) {
  const full = { ...answers };
  for (const recheck of rechecks) {
    if (full[recheck.rechecks] === null && full[recheck.id] === undefined) full[recheck.id] = null;
  }
  return full;
}
function fidelityOf(choose) {
  return bySet.map(([name, cases]) => {
    let sameTriage = 0, sameTop = 0, inTop3 = 0, measured = 0;
    const beyond = [];
    for (const vignette of cases) {
      const given = {};
      const asked = [];
      for (let q = choose(given); q !== null; q = choose(given)) {
        asked.push(q.id);
        given[q.id] = vignette.answers[q.id] ?? null;
      }
      const full = assess(reference(vignette.answers));
      const partial = assess(given);
      if (full.triage.level === partial.triage.level) sameTriage += 1;
      if (full.triage.level === 'emergency') continue;
      measured += 1;
      beyond.push(asked.filter((id) => !warningIds.has(id)).length);
      if (partial.causes[0].id === full.causes[0].id) sameTop += 1;
      if (partial.causes.slice(0, 3).some((c) => c.id === full.causes[0].id)) inTop3 += 1;
    }
    beyond.sort((a, b) => a - b);
    return { name, cases: cases.length, sameTriage, measured, sameTop, inTop3, median: quantile(beyond, 0.5), max: beyond.at(-1) };
  });
}
const fidelity = fidelityOf(nextQuestion);

// The same measure with larger chosen-question budgets: what a longer interview would buy.
const BUDGETS = [10, 15, 20, 30];
const sweep = BUDGETS.map((maxBeyondWarnings) => ({
  maxBeyondWarnings,
  rows: fidelityOf((given) =>
    nextQuestionOf(KNOWLEDGE, checkAnswers(given), { ...INTERVIEW_SETTINGS, maxBeyondWarnings }),
  ),
}));

// Peak resident memory of `stride assess` as a separate process, via GNU time.
const answersFile = join(
  folders[0],
  readdirSync(folders[0]).find((name) => name.endsWith('.json')) ?? '',
);
let peakKb = 'n/a';
if (existsSync('/usr/bin/time') && existsSync(answersFile)) {
  const input = JSON.stringify(JSON.parse(readFileSync(answersFile, 'utf8')).answers);
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      join(root, 'bin', 'stride.js'),
      'assess',
      '--answers',
      '-',
      '--json',
    ],
    { input, encoding: 'utf8' },
  );
  peakKb = Number(run.stderr.trim().split('\n').at(-1));
}

console.log(`Stride engine benchmark: ${vignettes.length} vignettes, Node ${process.version}\n`);
console.log('| measure | samples | median (us) | p99 (us) |');
console.log('|---|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.label} | ${row.samples} | ${row.median.toFixed(1)} | ${row.p99.toFixed(1)} |`,
  );
}
console.log(
  `\nInterview length: median ${quantile(counts, 0.5)} answers in all, max ${counts.at(-1)}`,
);
const pct = (hit, of) => `${hit}/${of} (${of === 0 ? '-' : Math.round((100 * hit) / of)}%)`;
console.log('\nThe interview against answering everything (aims: same triage in every case; same top cause in 90%; full-answer top cause in the top three in every case; median <= 10 questions beyond the warning signs):\n');
console.log('| set | cases | same triage | same top cause* | top cause in top three* | questions beyond warning signs* (median / max) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of fidelity) {
  console.log(`| ${row.name} | ${row.cases} | ${pct(row.sameTriage, row.cases)} | ${pct(row.sameTop, row.measured)} | ${pct(row.inTop3, row.measured)} | ${row.median} / ${row.max} |`);
}
console.log('\n* cases not at emergency (the interview stops at the first emergency answer)');
console.log(`\nThe budget of questions chosen beyond the warning signs (today ${INTERVIEW_SETTINGS.maxBeyondWarnings}) against agreement with answering everything, all sets together:\n`);
console.log('| budget | same triage | same top cause* | top cause in top three* | questions beyond warning signs* (median / max) |');
console.log('|---:|---:|---:|---:|---:|');
for (const { maxBeyondWarnings, rows: setRows } of sweep) {
  const sum = (key) => setRows.reduce((total, row) => total + row[key], 0);
  const beyondAll = setRows.map((row) => `${row.median}/${row.max}`).join(', ');
  console.log(`| ${maxBeyondWarnings} | ${pct(sum('sameTriage'), sum('cases'))} | ${pct(sum('sameTop'), sum('measured'))} | ${pct(sum('inTop3'), sum('measured'))} | ${beyondAll} (per set) |`);
}
console.log(
  `stride assess process peak RSS: ${typeof peakKb === 'number' ? (peakKb / 1024).toFixed(1) + ' MB' : peakKb} (aim: <= 80 MB)`,
);
console.log('Aims: assess <= 50 us median; one nextQuestion call <= 2000 us.');
