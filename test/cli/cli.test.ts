import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function stride(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/stride.js', ...args], {
    input: input ?? '',
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const stenosis = JSON.stringify({
  age: 71,
  leg_symptoms: 'both_legs',
  relief_leaning_forward: true,
  standing_provokes: true,
});

describe('stride assess', () => {
  it('prints the CONTRACT result as JSON', () => {
    const run = stride(['assess', '--answers', '-', '--json'], stenosis);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      contract: string;
      knowledgeVersion: string;
      triage: { level: string };
      causes: { id: string }[];
    };
    expect(result.contract).toBe('stride/1');
    expect(result.knowledgeVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(result.causes[0]?.id).toBe('spinal_stenosis');
  });

  it('prints a readable result with reasons and sources without --json', () => {
    const run = stride(['assess', '--answers', '-'], stenosis);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Narrowing of the spinal canal');
    expect(run.stdout).toContain('suri_2010');
    expect(run.stdout).toContain('not a diagnosis');
  });

  it.each([
    ['an unknown key', '{"agee": 40}', 'agee'],
    ['a number out of range', '{"age": 300}', 'age'],
    ['a wrong type', '{"fever": "yes"}', 'fever'],
    ['a choice not offered', '{"leg_symptoms": "three_legs"}', 'leg_symptoms'],
    ['an array', '[1, 2]', 'answers'],
    ['broken JSON', '{"age":', '--answers'],
    ['answers that contradict each other', '{"age": 30, "onset_before_45": false}', 'onset_before_45'],
  ])('exits 2 with one line naming the key for %s', (_what, input, key) => {
    const run = stride(['assess', '--answers', '-', '--json'], input);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(key);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints the causes that need checking now before the others, with no percentage', () => {
    const run = stride(
      ['assess', '--answers', '-'],
      '{"bladder_bowel_change": true, "saddle_numbness": true, "age": 52}',
    );
    const checkNow = run.stdout.indexOf('Needs checking now:');
    const others = run.stdout.indexOf('Other possible causes');
    expect(checkNow).toBeGreaterThan(-1);
    expect(others).toBeGreaterThan(checkNow);
    const section = run.stdout.slice(checkNow, others);
    expect(section).toContain('Pressure on the nerves to the bladder and bowel');
    expect(section).toContain('New bladder or bowel trouble');
    expect(section).not.toMatch(/%/);
    expect(run.stdout.slice(others)).not.toContain('Pressure on the nerves to the bladder and bowel');
  });

  it('never calls a result with unchecked warning signs self-care', () => {
    const run = stride(['assess', '--answers', '-'], '{"age": 40}');
    expect(run.stdout).toContain('NOT ALL WARNING SIGNS CHECKED');
    expect(run.stdout).not.toContain('SELF-CARE is reasonable');
  });

  it('names both keys when answers contradict each other', () => {
    const run = stride(['assess', '--answers', '-'], '{"age": 30, "onset_before_45": false}');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/onset_before_45.*\bage\b/);
  });

  it('exits 2 when the answers file is missing', () => {
    const run = stride(['assess', '--answers', '/no/such/file.json', '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--answers');
  });
});

describe('stride next', () => {
  it('asks a warning sign first', () => {
    const run = stride(['next', '--answers', '-', '--json'], '{}');
    const { question } = JSON.parse(run.stdout) as {
      question: { id: string; text: string; type: string };
    };
    expect(question.id).toBe('bladder_bowel_change');
    expect(question.type).toBe('bool');
  });

  it('returns null once an answer makes it an emergency', () => {
    const run = stride(['next', '--answers', '-', '--json'], '{"saddle_numbness": true}');
    expect(JSON.parse(run.stdout)).toEqual({ question: null });
  });
});

describe('stride knowledge', () => {
  it('lists the triage rules by level in words, with the causes they point to and their sources', () => {
    const run = stride(['knowledge']);
    expect(run.status).toBe(0);
    const rules = run.stdout.slice(run.stdout.indexOf('Triage rules'));
    expect(rules.indexOf('emergency:')).toBeLessThan(rules.indexOf('urgent:'));
    expect(rules).toContain('aneurysm_fainting -> aortic_aneurysm [nice_ng156');
    expect(rules).toMatch(/spondyloarthritis_pattern \[nice_ng65.*\n\s+when: .*at least 3 of \[/);
    expect(run.stdout).toContain('prior 0.16 (van_hoeven_2015) when:');
  });

  it('prints every cause with its prior and sourced likelihood ratios', () => {
    const run = stride(['knowledge', '--json']);
    const knowledge = JSON.parse(run.stdout) as {
      version: string;
      features: { id: string; text: string; type: string }[];
      causes: {
        id: string;
        prior: number;
        likelihoods: { feature: string; answer: unknown; ratio: number; source: string }[];
      }[];
      sources: { id: string; citation: string; kind: string }[];
    };
    const sources = new Set(knowledge.sources.map((source) => source.id));
    const features = new Set(knowledge.features.map((feature) => feature.id));
    expect(knowledge.causes).toHaveLength(16);
    for (const cause of knowledge.causes) {
      for (const row of cause.likelihoods) {
        expect(sources, row.source).toContain(row.source);
        expect(features, row.feature).toContain(row.feature);
        expect(row.ratio).toBeGreaterThan(0);
      }
    }
    expect(
      knowledge.sources.every((source) =>
        ['study', 'guideline', 'expert_estimate'].includes(source.kind),
      ),
    ).toBe(true);
  });
});

describe('--help', () => {
  it.each([[[]], [['assess']], [['next']], [['knowledge']]])('works for %j', (command) => {
    const run = stride([...command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: stride');
  });
});

describe('stride with no command', () => {
  it('explains that the interview needs a terminal when input is not one, instead of hanging', () => {
    const run = stride([], '');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs a terminal');
  });
});
