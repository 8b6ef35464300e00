// Clinical accuracy on each vignette set: `npm run accuracy` (builds first). Every case's expected
// result was written before it was run; failures are listed, never edited away. Method and limits:
// docs/accuracy.md. `--json` prints the figures as JSON; `--cases` lists every case's outcome.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  ['public', join(root, 'test', 'vignettes', 'public')],
  ['own', join(root, 'test', 'vignettes', 'own')],
  ['published', join(root, 'test', 'vignettes', 'published')],
];
const URGENCY = { self_care: 0, soon: 1, urgent: 2, emergency: 3 };

function load(folder) {
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));
}

function inTop3(expect, three) {
  return (
    (expect.top3 === undefined || expect.top3.some((id) => three.includes(id))) &&
    (expect.top3_all ?? []).every((id) => three.includes(id))
  );
}

/** One case against its expectation; every measure is null when the case does not test it. */
export function judge(vignette) {
  const result = assess(vignette.answers);
  const { expect } = vignette;
  const level = result.triage.level;
  const acceptable = expect.triage;
  const mostUrgentAcceptable = Math.max(...acceptable.map((l) => URGENCY[l]));
  const ranked = result.causes.map((cause) => cause.id);
  const top3 = ranked.slice(0, 3);
  const attention = result.attention.map((item) => item.id);
  // What the person sees: the causes that need checking now, then the ranked others.
  const shown = [...attention, ...ranked.filter((id) => !attention.includes(id))].slice(0, 3);
  const wantsTop3 = [...(expect.top3 ?? []), ...(expect.top3_all ?? [])];
  return {
    id: vignette.id,
    level,
    safe: URGENCY[level] >= URGENCY[expect.minimum],
    appropriate: acceptable.includes(level),
    emergency: expect.minimum === 'emergency' ? level === 'emergency' : null,
    top1: expect.top1 === undefined ? null : ranked[0] === expect.top1,
    top3: wantsTop3.length === 0 ? null : inTop3(expect, top3),
    top3Shown: wantsTop3.length === 0 ? null : inTop3(expect, shown),
    serious: (expect.considered ?? []).length === 0 ? null : expect.considered.every((id) => attention.includes(id)),
    falseAlarm: URGENCY[level] > mostUrgentAcceptable,
    selfCareKept: acceptable.includes('self_care') ? level === 'self_care' : null,
    detail: { top3, attention, expected: expect },
  };
}

function tally(judged, measure) {
  const tested = judged.filter((row) => row[measure] !== null);
  return { hit: tested.filter((row) => row[measure] === true).length, of: tested.length };
}

export function accuracy() {
  return SETS.map(([name, folder]) => {
    const judged = load(folder).map(judge);
    return {
      set: name,
      cases: judged.length,
      safe: tally(judged, 'safe'),
      appropriate: tally(judged, 'appropriate'),
      emergencies: tally(judged, 'emergency'),
      top1: tally(judged, 'top1'),
      top3: tally(judged, 'top3'),
      top3Shown: tally(judged, 'top3Shown'),
      seriousInAttention: tally(judged, 'serious'),
      falseAlarms: tally(judged, 'falseAlarm'),
      selfCareKept: tally(judged, 'selfCareKept'),
      judged,
    };
  }).filter((set) => set.cases > 0);
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const sets = accuracy();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sets.map(({ judged, ...figures }) => figures), null, 2));
  } else {
    const cell = ({ hit, of }) => (of === 0 ? '-' : `${hit}/${of} (${Math.round((100 * hit) / of)}%)`);
    const columns = ['safe', 'appropriate', 'emergencies', 'top1', 'top3', 'top3Shown', 'seriousInAttention', 'falseAlarms', 'selfCareKept'];
    console.log(`| set | cases | ${columns.join(' | ')} |`);
    console.log(`|---|---|${columns.map(() => '---').join('|')}|`);
    for (const set of sets) {
      console.log(`| ${set.set} | ${set.cases} | ${columns.map((c) => cell(set[c])).join(' | ')} |`);
    }
    const misses = sets.flatMap((set) =>
      set.judged
        .filter((row) => !row.safe || !row.appropriate || row.top1 === false || row.top3Shown === false || row.serious === false)
        .map((row) => ({ set: set.set, ...row })),
    );
    if (misses.length > 0) {
      console.log('\nCases that miss a measure:');
      for (const row of misses) {
        const wrong = ['safe', 'appropriate', 'top1', 'top3Shown', 'serious'].filter((m) => row[m] === false);
        console.log(
          `- ${row.set}/${row.id}: ${wrong.join(', ')} (got ${row.level}, expected ${row.detail.expected.triage.join('|')}; top3 ${row.detail.top3.join(', ')}; attention ${row.detail.attention.join(', ') || 'none'})`,
        );
      }
    }
    if (process.argv.includes('--cases')) {
      for (const set of sets) {
        for (const row of set.judged) {
          console.log(`${set.set}/${row.id}: ${row.level} top3 ${row.detail.top3.join(',')} attention ${row.detail.attention.join(',')}`);
        }
      }
    }
  }
}
