import { describe, expect, it } from 'vitest';
import {
  CONTRACT_CAUSES,
  CONTRACT_FEATURES,
  CONTRACT_V11_FEATURES,
  OWN_FEATURES,
  SERIOUS_CAUSES,
} from '../../test/contract.js';
import { readingGrade } from '../../test/readability.js';
import { featuresOf } from '../engine/conditions.js';
import { KNOWLEDGE } from './index.js';
import { knowledgeSchema, type Condition, type Evidence, type SingleEvidence } from './schema.js';

const sourceIds = new Set(KNOWLEDGE.sources.map((source) => source.id));
const featureIds = new Set(KNOWLEDGE.features.map((feature) => feature.id));
const causeIds = new Set(KNOWLEDGE.causes.map((cause) => cause.id));

function singlesOf(evidence: Evidence): SingleEvidence[] {
  return evidence.kind === 'single'
    ? [evidence]
    : evidence.kind === 'strongest_of'
      ? evidence.items
      : [];
}

function everyCondition(): Condition[] {
  return [
    ...KNOWLEDGE.features.flatMap((feature) =>
      [feature.askWhen, feature.inferred?.when].filter((c): c is Condition => c !== undefined),
    ),
    ...KNOWLEDGE.causes.flatMap((cause) => [
      ...cause.evidence.flatMap((evidence) =>
        evidence.kind === 'cluster'
          ? evidence.items.map((item) => item.when)
          : singlesOf(evidence).map((item) => item.when),
      ),
    ]),
    ...KNOWLEDGE.warningRules.map((rule) => rule.when),
    ...KNOWLEDGE.advice.flatMap((advice) => advice.forAnswers),
  ];
}

/** Every text a person reads, with where it lives, for the plain-language check. */
function personFacingTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const feature of KNOWLEDGE.features) {
    texts.push([`feature ${feature.id}`, feature.text], [`feature ${feature.id} why`, feature.why]);
  }
  for (const cause of KNOWLEDGE.causes) {
    texts.push(
      [`cause ${cause.id}`, cause.explanation],
      [`cause ${cause.id}`, cause.pattern],
      [`cause ${cause.id}`, cause.helps],
      [`cause ${cause.id}`, cause.whenToSeeClinician],
    );
    if (cause.whyCheckNow !== undefined) {
      texts.push([`cause ${cause.id} check now`, cause.whyCheckNow]);
    }
    for (const note of cause.notes ?? []) {
      texts.push([`cause ${cause.id} note`, note.text]);
    }
    for (const item of cause.evidence.flatMap(singlesOf)) {
      texts.push([`cause ${cause.id} reason`, item.text]);
      if (item.textIfFalse !== undefined) {
        texts.push([`cause ${cause.id} reason`, item.textIfFalse]);
      }
    }
  }
  for (const rule of KNOWLEDGE.warningRules) {
    texts.push([`rule ${rule.id}`, rule.reason]);
  }
  for (const [level, advice] of Object.entries(KNOWLEDGE.triageAdvice)) {
    texts.push([`triage ${level}`, advice]);
  }
  texts.push(['unanswered advice', KNOWLEDGE.unansweredAdvice.selfCare]);
  for (const feature of KNOWLEDGE.features) {
    texts.push(
      ...(feature.options ?? []).map((option): [string, string] => [
        `feature ${feature.id} option`,
        option.label,
      ]),
    );
  }
  for (const advice of KNOWLEDGE.advice) {
    texts.push([`advice ${advice.id}`, advice.title], [`advice ${advice.id}`, advice.summary]);
    texts.push(...advice.steps.map((step): [string, string] => [`advice ${advice.id} step`, step]));
    texts.push(
      ...advice.cautions.map((caution): [string, string] => [
        `advice ${advice.id} caution`,
        caution,
      ]),
    );
  }
  for (const supplement of KNOWLEDGE.supplements) {
    texts.push(
      [`supplement ${supplement.id}`, supplement.whatItIs],
      [`supplement ${supplement.id}`, supplement.evidenceForBackPain],
    );
    texts.push(
      ...supplement.avoidIf.map((text): [string, string] => [
        `supplement ${supplement.id} avoid`,
        text,
      ]),
    );
  }
  return texts;
}

describe('the knowledge base', () => {
  it('parses with its schema', () => {
    expect(() => knowledgeSchema.parse(KNOWLEDGE)).not.toThrow();
  });

  it("has every feature of the contract (v1 and v1.1), in its group, and no others but Stride's own", () => {
    const expected: [string, readonly string[]][] = [
      CONTRACT_FEATURES,
      CONTRACT_V11_FEATURES,
      OWN_FEATURES,
    ].flatMap((set) => Object.entries(set));
    for (const [group, ids] of expected) {
      for (const id of ids) {
        expect(KNOWLEDGE.features.find((feature) => feature.id === id)?.group, id).toBe(group);
      }
    }
    expect(featureIds.size).toBe(expected.flatMap(([, ids]) => ids).length);
  });

  it('gives every cause a warning rule points to a plain "why check now", and points only at causes that exist', () => {
    for (const rule of KNOWLEDGE.warningRules) {
      for (const id of rule.suspects ?? []) {
        expect(causeIds, `${rule.id}: ${id}`).toContain(id);
        expect(KNOWLEDGE.causes.find((cause) => cause.id === id)?.whyCheckNow, id).toBeDefined();
      }
    }
    for (const cause of KNOWLEDGE.causes.filter((c) => c.serious)) {
      expect(
        KNOWLEDGE.warningRules.some((rule) => (rule.suspects ?? []).includes(cause.id)),
        `${cause.id} has a warning rule`,
      ).toBe(true);
    }
  });

  it('re-asks each emergency cauda equina sign after "not sure", and gives same-day care if still unsure', () => {
    for (const sign of ['bladder_bowel_change', 'saddle_numbness']) {
      const recheck = KNOWLEDGE.features.find((feature) => feature.rechecks === sign);
      expect(recheck?.askWhen, sign).toEqual({ feature: sign, unsure: true });
      const rule = KNOWLEDGE.warningRules.find(
        (r) => r.level === 'urgent' && featuresOf(r.when).includes(recheck?.id ?? ''),
      );
      expect(rule?.when, sign).toEqual({
        all: [
          { feature: sign, unsure: true },
          { feature: recheck?.id, unsure: true },
        ],
      });
    }
  });

  it('has every cause of the contract, and marks the serious ones', () => {
    expect([...causeIds].sort()).toEqual([...CONTRACT_CAUSES].sort());
    for (const cause of KNOWLEDGE.causes) {
      expect(cause.serious, cause.id).toBe(
        (SERIOUS_CAUSES as readonly string[]).includes(cause.id),
      );
    }
  });

  it('gives every likelihood ratio, prior and rule a source that exists', () => {
    const cited: string[] = [];
    for (const cause of KNOWLEDGE.causes) {
      cited.push(
        cause.prior.source,
        ...(cause.prior.byAge ?? []).map((band) => band.source),
        ...cause.sources,
      );
      for (const evidence of cause.evidence) {
        if (evidence.kind === 'cluster') {
          cited.push(...evidence.bands.map((band) => band.source));
        }
        for (const item of singlesOf(evidence)) {
          cited.push(
            item.source,
            ...(item.sourceIfFalse === undefined ? [] : [item.sourceIfFalse]),
          );
        }
      }
    }
    cited.push(...KNOWLEDGE.warningRules.flatMap((rule) => rule.sources));
    cited.push(
      ...KNOWLEDGE.advice.flatMap((advice) => advice.sources),
      ...KNOWLEDGE.supplements.flatMap((supplement) => supplement.sources),
    );
    for (const id of cited) {
      expect(sourceIds, id).toContain(id);
    }
  });

  it('labels every expert estimate as one, with its rationale', () => {
    for (const source of KNOWLEDGE.sources.filter((s) => s.kind === 'expert_estimate')) {
      expect(source.rationale, source.id).toBeDefined();
      expect(source.id.startsWith('expert_'), source.id).toBe(true);
    }
  });

  it('keeps expert-estimated ratios between 0.5 and 2, except the few argued in their source', () => {
    const argued = new Set([
      'expert_vascular_no_leg',
      'expert_sciatica',
      'expert_ibp',
      'expert_hip',
    ]);
    for (const cause of KNOWLEDGE.causes) {
      for (const item of cause.evidence.flatMap(singlesOf)) {
        const pairs: [number | undefined, string][] = [
          [item.ratioIfTrue, item.source],
          [item.ratioIfFalse, item.sourceIfFalse ?? item.source],
        ];
        for (const [ratio, source] of pairs) {
          const kind = KNOWLEDGE.sources.find((s) => s.id === source)?.kind;
          if (ratio === undefined || kind !== 'expert_estimate' || argued.has(source)) {
            continue;
          }
          expect(ratio, `${cause.id} ${item.text}`).toBeGreaterThanOrEqual(0.5);
          expect(ratio, `${cause.id} ${item.text}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('shrinks published ratios toward 1, never past the published figure', () => {
    for (const cause of KNOWLEDGE.causes) {
      for (const item of cause.evidence
        .flatMap(singlesOf)
        .filter((i) => i.reported !== undefined)) {
        const published = Number(/(?:LR\+?|PLR|LR-)\s*([\d.]+)/.exec(item.reported ?? '')?.[1]);
        if (Number.isFinite(published) && published > 1) {
          expect(item.ratioIfTrue, item.text).toBeLessThanOrEqual(published);
          expect(item.ratioIfTrue, item.text).toBeGreaterThan(1);
        }
      }
    }
  });

  it('reads only features that exist in every condition', () => {
    for (const condition of everyCondition()) {
      for (const id of featuresOf(condition)) {
        expect(featureIds, id).toContain(id);
      }
    }
  });

  it('names only existing causes in the self-care advice', () => {
    for (const advice of KNOWLEDGE.advice) {
      for (const id of advice.forCauses) {
        expect(causeIds, `${advice.id}: ${id}`).toContain(id);
      }
    }
  });

  it('can ask every feature: its skip logic refers to answers that can come first', () => {
    for (const feature of KNOWLEDGE.features) {
      for (const id of feature.askWhen === undefined ? [] : featuresOf(feature.askWhen)) {
        const parent = KNOWLEDGE.features.find((candidate) => candidate.id === id);
        expect(
          parent?.askWhen,
          `${feature.id} depends on ${id}, which must always be askable`,
        ).toBeUndefined();
      }
      expect(feature.text.length).toBeGreaterThan(5);
      if (feature.type === 'choice') {
        expect(feature.options?.length ?? 0).toBeGreaterThan(1);
      }
      if (feature.type === 'number') {
        expect(feature.min).toBeDefined();
        expect(feature.max).toBeDefined();
      }
    }
  });

  it('never skips a warning-sign question except a follow-up to a yes, or a re-ask after "not sure"', () => {
    for (const feature of KNOWLEDGE.features.filter(
      (f) => f.group === 'warning' && f.askWhen !== undefined,
    )) {
      const parent = featuresOf(feature.askWhen ?? { all: [] })[0] ?? '';
      expect(
        [
          { feature: parent, equals: true },
          { feature: parent, unsure: true },
        ],
        feature.id,
      ).toContainEqual(feature.askWhen);
      expect(KNOWLEDGE.features.find((f) => f.id === parent)?.group, feature.id).toBe('warning');
    }
  });

  it('covers every warning sign with a triage rule', () => {
    const ruled = new Set(KNOWLEDGE.warningRules.flatMap((rule) => featuresOf(rule.when)));
    for (const feature of KNOWLEDGE.features.filter((f) => f.group === 'warning')) {
      expect(ruled, feature.id).toContain(feature.id);
    }
  });

  it('writes everything a person reads at US reading grade 6 or lower (NHS and US plain-language guidance)', () => {
    const hard = personFacingTexts()
      .map(([where, text]) => ({ where, text, grade: readingGrade(text) }))
      .filter((entry) => entry.grade > 6);
    expect(hard).toEqual([]);
  });

  it('names no supplement product or brand, and recommends none', () => {
    const text = JSON.stringify(KNOWLEDGE.supplements).toLowerCase();
    for (const brand of ['curcugen', 'zen nutrients', 'everyday back vitamin']) {
      expect(text).not.toContain(brand);
    }
    expect(text).not.toMatch(/\brecommend(ed)? (taking|you take)\b/);
  });

  it("gives each of the source article's self-care tips a plan item", () => {
    const topics = new Set(KNOWLEDGE.advice.map((advice) => advice.topic));
    for (const topic of [
      'footwear',
      'core',
      'posture',
      'walking',
      'surfaces',
      'poles',
      'active',
      'safety',
    ]) {
      expect(topics, topic).toContain(topic);
    }
  });
});
