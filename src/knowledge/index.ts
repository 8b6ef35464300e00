/** The whole knowledge base as one typed value, validated against its schema by a test. */
import { ADVICE } from './advice.js';
import { PHRASES, TRIAGE_ADVICE, UNANSWERED_ADVICE } from './cause-texts.js';
import { CAUSES } from './causes.js';
import { FEATURES } from './features.js';
import type { Knowledge } from './schema.js';
import { SOURCES } from './sources.js';
import { SUPPLEMENTS } from './supplements.js';
import { WARNING_RULES } from './warning-rules.js';

export { SUPPLEMENT_NOTE } from './supplements.js';

export const KNOWLEDGE: Knowledge = {
  version: '1.1.0',
  features: [...FEATURES],
  causes: [...CAUSES],
  warningRules: [...WARNING_RULES],
  triageAdvice: TRIAGE_ADVICE,
  unansweredAdvice: UNANSWERED_ADVICE,
  phrases: PHRASES,
  advice: [...ADVICE],
  supplements: [...SUPPLEMENTS],
  sources: [...SOURCES],
  // Bands: "likely" when more likely than not; serious causes count as possible from a lower
  // probability because missing them costs more (CONTRACT section 2).
  bands: { likely: 0.5, possible: 0.15, possibleSerious: 0.05 },
};
