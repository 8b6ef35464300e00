/**
 * The Spanish knowledge catalogue: an entry for every person-facing English text (so a change to
 * the English fails here until it is translated), none left over, placeholders and numbers kept,
 * plain Spanish by the Fernández-Huerta and INFLESZ formulas, and the same reasoning in Spanish.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spanishReadability } from '../../../test/readability.js';
import { assessWith } from '../../engine/assess.js';
import { localizeKnowledge, personFacingTextsOf } from '../../engine/localize.js';
import { KNOWLEDGE, SUPPLEMENT_NOTE } from '../index.js';
import { knowledgeSchema } from '../schema.js';
import { ES } from './es.js';

const ENGLISH = [...personFacingTextsOf(KNOWLEDGE), SUPPLEMENT_NOTE];
const SPANISH = localizeKnowledge(KNOWLEDGE, ES);

describe('the Spanish knowledge catalogue', () => {
  it('translates every person-facing English text', () => {
    const missing = ENGLISH.filter((text) => (ES[text] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no entry for a text the knowledge no longer has', () => {
    const current = new Set(ENGLISH);
    expect(Object.keys(ES).filter((text) => !current.has(text))).toEqual([]);
  });

  it('keeps every placeholder and every number of the English', () => {
    for (const text of ENGLISH) {
      const translation = ES[text] ?? '';
      expect((translation.match(/\{\w+\}/g) ?? []).sort(), text).toEqual(
        (text.match(/\{\w+\}/g) ?? []).sort(),
      );
      // "1 year" may read "al año": a number may go, but none may be added or changed.
      for (const number of translation.match(/\d+/g) ?? []) {
        expect(text, `${number} in "${translation}"`).toContain(number);
      }
    }
  });

  it('reads as plain Spanish: INFLESZ 55 or more ("normal") for every text of 10 words or more', () => {
    const hard = Object.values(ES)
      .map((text) => ({ text, ...spanishReadability(text) }))
      .filter((entry) => entry.words >= 10 && entry.inflesz < 55)
      .map((entry) => `${entry.inflesz.toFixed(0)}: ${entry.text}`);
    expect(hard).toEqual([]);
  });

  it('reads, all together, as "algo fácil" or easier (Fernández-Huerta 70 or more, school grade 6)', () => {
    const all = spanishReadability(Object.values(ES).join(' '));
    expect(all.fernandezHuerta).toBeGreaterThanOrEqual(70);
    expect(all.inflesz).toBeGreaterThanOrEqual(65);
  });

  it('gives a knowledge base that passes the schema', () => {
    expect(() => knowledgeSchema.parse(SPANISH)).not.toThrow();
  });

  it('reasons the same in Spanish: same triage, attention, causes, probabilities and plan for every public vignette', () => {
    const dir = join(import.meta.dirname, '../../../test/vignettes/public');
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { answers } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        answers: Record<string, unknown>;
      };
      const english = assessWith(KNOWLEDGE, answers);
      const spanish = assessWith(SPANISH, answers);
      expect(spanish.triage.level, file).toBe(english.triage.level);
      expect(
        spanish.attention.map((item) => item.id),
        file,
      ).toEqual(english.attention.map((item) => item.id));
      expect(
        spanish.causes.map((cause) => [cause.id, cause.probability, cause.band]),
        file,
      ).toEqual(english.causes.map((cause) => [cause.id, cause.probability, cause.band]));
      expect(
        spanish.plan.map((item) => item.id),
        file,
      ).toEqual(english.plan.map((item) => item.id));
    }
  });
});
