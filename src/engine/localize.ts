/**
 * The knowledge base in another language: every person-facing text looked up in a catalogue keyed
 * by the English source text (gettext style), the English kept where the catalogue has no entry.
 * Ids, numbers, conditions and sources are untouched, so the reasoning is the same in every language.
 */
import type { Evidence, Knowledge } from '../knowledge/schema.js';

/** English source text to its translation. */
export type TextCatalogue = Readonly<Record<string, string>>;

function evidenceIn(evidence: Evidence, tr: (text: string) => string): Evidence {
  switch (evidence.kind) {
    case 'single':
      return {
        ...evidence,
        text: tr(evidence.text),
        ...(evidence.textIfFalse === undefined ? {} : { textIfFalse: tr(evidence.textIfFalse) }),
      };
    case 'strongest_of':
      return {
        ...evidence,
        domain: tr(evidence.domain),
        items: evidence.items.map((item) => ({
          ...item,
          text: tr(item.text),
          ...(item.textIfFalse === undefined ? {} : { textIfFalse: tr(item.textIfFalse) }),
        })),
      };
    case 'cluster':
      return {
        ...evidence,
        name: tr(evidence.name),
        items: evidence.items.map((item) => ({ ...item, text: tr(item.text) })),
      };
  }
}

export function localizeKnowledge(knowledge: Knowledge, catalogue: TextCatalogue): Knowledge {
  const tr = (text: string): string => catalogue[text] ?? text;
  return {
    ...knowledge,
    features: knowledge.features.map((feature) => ({
      ...feature,
      text: tr(feature.text),
      why: tr(feature.why),
      label: tr(feature.label),
      ...(feature.options === undefined
        ? {}
        : { options: feature.options.map((option) => ({ ...option, label: tr(option.label) })) }),
    })),
    causes: knowledge.causes.map((cause) => ({
      ...cause,
      name: tr(cause.name),
      medicalName: tr(cause.medicalName),
      explanation: tr(cause.explanation),
      ...(cause.notes === undefined
        ? {}
        : { notes: cause.notes.map((note) => ({ ...note, text: tr(note.text) })) }),
      pattern: tr(cause.pattern),
      helps: tr(cause.helps),
      whenToSeeClinician: tr(cause.whenToSeeClinician),
      ...(cause.whyCheckNow === undefined ? {} : { whyCheckNow: tr(cause.whyCheckNow) }),
      evidence: cause.evidence.map((evidence) => evidenceIn(evidence, tr)),
    })),
    warningRules: knowledge.warningRules.map((rule) => ({ ...rule, reason: tr(rule.reason) })),
    triageAdvice: {
      emergency: tr(knowledge.triageAdvice.emergency),
      urgent: tr(knowledge.triageAdvice.urgent),
      soon: tr(knowledge.triageAdvice.soon),
      self_care: tr(knowledge.triageAdvice.self_care),
    },
    unansweredAdvice: {
      selfCare: tr(knowledge.unansweredAdvice.selfCare),
      notChecked: tr(knowledge.unansweredAdvice.notChecked),
    },
    phrases: { clusterSigns: tr(knowledge.phrases.clusterSigns) },
    advice: knowledge.advice.map((advice) => ({
      ...advice,
      title: tr(advice.title),
      summary: tr(advice.summary),
      steps: advice.steps.map(tr),
      cautions: advice.cautions.map(tr),
    })),
    supplements: knowledge.supplements.map((supplement) => ({
      ...supplement,
      name: tr(supplement.name),
      whatItIs: tr(supplement.whatItIs),
      evidenceForBackPain: tr(supplement.evidenceForBackPain),
      avoidIf: supplement.avoidIf.map(tr),
    })),
  };
}

/** Every person-facing English text of the knowledge base, once each: what a catalogue must translate. */
export function personFacingTextsOf(knowledge: Knowledge): string[] {
  const texts = new Set<string>();
  localizeKnowledge(
    knowledge,
    new Proxy({}, {
      get: (_target, key) => {
        if (typeof key === 'string') {
          texts.add(key);
        }
        return undefined;
      },
    }),
  );
  return [...texts];
}
