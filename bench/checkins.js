// Check-in escalation over the weeks: `npm run bench:checkins` (builds first). Every vignette's
// non-warning answers are the assessment a diary starts from; weekly clean check-ins run for 90
// days, and each warning sign is injected on day 1, 14 and 60. Counts how often the check-in that
// reports it escalates at once and holds attention until the next clean check-in, and how often
// a clean diary raises attention (it never should). Signs that need other answers to mean
// anything (age, duration, a cancer history) are counted apart, as they are in `assess`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkinAttention,
  checkinTriage,
  checkinWarningSigns,
  missingWarningSigns,
} from '../dist/engine/checkin.js';
import { firedRules, levelOf } from '../dist/engine/triage.js';
import { KNOWLEDGE } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = ['public', 'own', 'published'];
const INJECTION_DAYS = [1, 14, 60];
const CHECKIN_DAYS = [0, 7, 21, 28, 56, 63, 70, 84];
const START = Date.parse('2026-01-05T00:00:00Z');
const dayOf = (day) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);
const WARNING = new Set(KNOWLEDGE.features.filter((f) => f.group === 'warning').map((f) => f.id));

function load(set) {
  const folder = join(root, 'test', 'vignettes', set);
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));
}

const ALL_CLEAR = Object.fromEntries(
  checkinWarningSigns(KNOWLEDGE)
    .filter((feature) => feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);

/** A check-in reporting `sign` as new, with the answer it implies (weakness, for worsening weakness). */
function reporting(sign) {
  const implies = KNOWLEDGE.features.find((f) => f.id === sign)?.implies;
  const premise =
    implies !== undefined && 'feature' in implies && 'equals' in implies
      ? { [implies.feature]: implies.equals }
      : {};
  const signs = { ...ALL_CLEAR, ...premise, [sign]: true };
  for (const id of missingWarningSigns(KNOWLEDGE, signs)) {
    signs[id] = false;
  }
  return signs;
}

function diary(context, injected) {
  const days = [...new Set([...CHECKIN_DAYS, ...(injected ? [injected.on] : [])])].sort(
    (a, b) => a - b,
  );
  const outcomes = [];
  const attention = [];
  for (const day of days) {
    const signs = injected && injected.on === day ? reporting(injected.sign) : ALL_CLEAR;
    const triage = checkinTriage(KNOWLEDGE, signs, dayOf(day), context);
    outcomes.push({ date: dayOf(day), ...triage });
    attention.push(checkinAttention([...outcomes].reverse()));
  }
  return { days, outcomes, attention };
}

const signs = checkinWarningSigns(KNOWLEDGE).map((feature) => feature.id);
const alone = signs.filter((id) => levelOf(firedRules(KNOWLEDGE, reporting(id))) !== 'self_care');
const needingContext = signs.filter((id) => !alone.includes(id));

const totals = { alone: [0, 0], context: [0, 0], clean: [0, 0], held: [0, 0] };
const started = performance.now();
for (const set of SETS) {
  for (const vignette of load(set)) {
    const answers = Object.fromEntries(
      Object.entries(vignette.answers).filter(([id]) => !WARNING.has(id)),
    );
    const context = { answers, answeredAt: new Date(START - 3 * 86_400_000).toISOString() };
    const clean = diary(context, null);
    totals.clean[1] += 1;
    if (clean.attention.some((a) => a !== null)) {
      totals.clean[0] += 1;
    }
    for (const sign of signs) {
      for (const on of INJECTION_DAYS) {
        const run = diary(context, { sign, on });
        const index = run.days.indexOf(on);
        const escalated = run.outcomes[index].level !== 'self_care';
        const bucket = alone.includes(sign) ? totals.alone : totals.context;
        bucket[1] += 1;
        if (escalated) {
          bucket[0] += 1;
          // Held on the injected day, cleared by the next clean check-in.
          totals.held[1] += 1;
          if (run.attention[index] !== null && run.attention[index + 1] === null) {
            totals.held[0] += 1;
          }
        }
      }
    }
  }
}
const pct = ([hit, all]) => `${hit}/${all} (${all === 0 ? 0 : ((100 * hit) / all).toFixed(1)}%)`;
console.log(`warning signs asked at every check-in: ${signs.length}`);
console.log(`signs that escalate alone, injected day 1/14/60: escalated ${pct(totals.alone)}`);
console.log(
  `signs needing other answers (${needingContext.join(', ')}): escalated ${pct(totals.context)} (only where the assessment's answers make them a warning, as in assess)`,
);
console.log(`escalations held until the next clean check-in, then cleared: ${pct(totals.held)}`);
console.log(`clean 90-day diaries that raised attention: ${pct(totals.clean)}`);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (totals.alone[0] !== totals.alone[1] || totals.clean[0] !== 0) {
  process.exitCode = 1;
}
