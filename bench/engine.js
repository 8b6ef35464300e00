// Engine benchmark: assess and the adaptive interview over every vignette, and the CLI's peak memory.
// Run with `npm run bench` (builds first). Times are wall-clock on this machine; compare runs, not absolutes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess, nextQuestion } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folders = [
  join(root, 'test', 'vignettes', 'public'),
  join(root, 'test', 'vignettes', 'own'),
];
const vignettes = folders
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8'))),
  );

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
  `\nInterview length: median ${quantile(counts, 0.5)} answers, max ${counts.at(-1)} (aim: median <= 22)`,
);
console.log(
  `stride assess process peak RSS: ${typeof peakKb === 'number' ? (peakKb / 1024).toFixed(1) + ' MB' : peakKb} (aim: <= 80 MB)`,
);
console.log('Aims: assess <= 50 us median; one nextQuestion call <= 2000 us.');
