import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { urgencyOf } from '../src/engine/triage.js';
import { assess, KNOWLEDGE, type Result } from '../src/index.js';
import { runInterview } from './interview.js';
import { loadVignettes, OWN_VIGNETTES, PUBLIC_VIGNETTES, PUBLISHED_VIGNETTES, type Vignette } from './vignettes.js';

const publicCases = loadVignettes(PUBLIC_VIGNETTES);
const ownCases = loadVignettes(OWN_VIGNETTES);

function strideAssess(answers: Record<string, unknown>): Result {
  const output = execFileSync(
    process.execPath,
    ['bin/stride.js', 'assess', '--answers', '-', '--json'],
    { input: JSON.stringify(answers), encoding: 'utf8' },
  );
  return JSON.parse(output) as Result;
}

function checkExpectations(vignette: Vignette, result: Result): void {
  const top3 = result.causes.slice(0, 3).map((cause) => cause.id);
  expect(vignette.expect.triage, `triage ${result.triage.level}`).toContain(result.triage.level);
  expect(urgencyOf(result.triage.level)).toBeGreaterThanOrEqual(urgencyOf(vignette.expect.minimum));
  if (vignette.expect.top1 !== undefined) {
    expect(result.causes[0]?.id).toBe(vignette.expect.top1);
  }
  if (vignette.expect.top3 !== undefined) {
    expect(
      vignette.expect.top3.some((id) => top3.includes(id)),
      `top three ${top3.join(', ')}`,
    ).toBe(true);
  }
  for (const id of vignette.expect.top3_all ?? []) {
    expect(top3, `top three ${top3.join(', ')}`).toContain(id);
  }
  for (const id of vignette.expect.considered ?? []) {
    expect(result.causes.find((cause) => cause.id === id)?.band, id).not.toBe('unlikely');
  }
}

describe('the public vignettes through `stride assess`', () => {
  it('finds the public vignettes in the repo', () => {
    expect(publicCases.length).toBeGreaterThanOrEqual(16);
  });
  it.each(publicCases.map((vignette) => [vignette.id, vignette] as const))(
    '%s',
    (_id, vignette) => {
      checkExpectations(vignette, strideAssess(vignette.answers));
    },
  );
});

describe("Stride's own vignettes, written from the evidence", () => {
  it('has at least 30 of them', () => {
    expect(ownCases.length).toBeGreaterThanOrEqual(30);
  });
  it.each(ownCases.map((vignette) => [vignette.id, vignette] as const))('%s', (_id, vignette) => {
    checkExpectations(vignette, assess(vignette.answers));
  });
});

describe('the adaptive interview on every vignette', () => {
  const all = [...publicCases, ...ownCases];

  it.each(all.map((vignette) => [vignette.id, vignette] as const))(
    '%s reaches the same triage as answering everything',
    (_id, vignette) => {
      expect(assess(runInterview(vignette.answers).given).triage.level).toBe(
        assess(vignette.answers).triage.level,
      );
    },
  );

  it('needs a median of at most 10 questions beyond the warning signs', () => {
    const warning = new Set(
      KNOWLEDGE.features.filter((feature) => feature.group === 'warning').map((f) => f.id),
    );
    const counts = all
      .map(
        (vignette) => runInterview(vignette.answers).asked.filter((id) => !warning.has(id)).length,
      )
      .sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(10);
  });
});

/**
 * The outside benchmark (docs/accuracy.md): published cases are not all met, and the misses are kept
 * as known limits rather than edited. This guards the rest: every other case is triaged safely and
 * no case is triaged more urgently than any acceptable level.
 */
describe('the published cases', () => {
  const published = loadVignettes(PUBLISHED_VIGNETTES);
  const KNOWN_UNSAFE = new Set([
    'aaa-contained-rupture-right-loin-74',
    'aaa-localised-right-lumbar-nonsmoker-58',
    'axspa-buttock-pain-recruit-20',
    'axspa-morning-stiffness-question-bank-24',
    'axspa-radicular-after-hip-replacements-37',
    'infection-osteomyelitis-after-stroke-86',
    'infection-vertebral-osteomyelitis-thoracic-56',
    'myeloma-night-pain-buttock-43',
  ]);

  it('has at least 40 of them', () => {
    expect(published.length).toBeGreaterThanOrEqual(40);
  });

  it.each(published.map((vignette) => [vignette.id, vignette] as const))(
    '%s is triaged safely (or is a listed known limit) and raises no false alarm',
    (id, vignette) => {
      const level = urgencyOf(assess(vignette.answers).triage.level);
      if (!KNOWN_UNSAFE.has(id)) {
        expect(level).toBeGreaterThanOrEqual(urgencyOf(vignette.expect.minimum));
      }
      expect(level).toBeLessThanOrEqual(Math.max(...vignette.expect.triage.map(urgencyOf)));
    },
  );
});
