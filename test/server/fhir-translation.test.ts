/** The FHIR Questionnaire carries the Spanish of every question and answer in the FHIR translation extension, and stays valid R4. */
import type { Extension, Questionnaire } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, TRANSLATIONS } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { r4Problems } from './fhir-r4.js';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** The content of the translation extension for `lang` in a primitive's "_" element. */
function translationIn(
  element: { extension?: Extension[] } | undefined,
  lang: string,
): string | undefined {
  const translation = element?.extension?.find(
    (extension) =>
      extension.url === TRANSLATION &&
      extension.extension?.some((part) => part.url === 'lang' && part.valueCode === lang),
  );
  return translation?.extension?.find((part) => part.url === 'content')?.valueString;
}

describe('GET /fhir/Questionnaire/stride in other languages', () => {
  const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });

  it('gives every item text and answer label its Spanish, and is valid R4', async () => {
    const res = await app.request('/fhir/Questionnaire/stride');
    expect(res.status).toBe(200);
    const questionnaire = (await res.json()) as Questionnaire;
    expect(questionnaire.language).toBe('en');
    const items = questionnaire.item ?? [];
    expect(items).toHaveLength(KNOWLEDGE.features.length);
    for (const item of items) {
      const feature = KNOWLEDGE.features.find((candidate) => candidate.id === item.linkId);
      const spanish = translationIn((item as { _text?: { extension?: Extension[] } })._text, 'es');
      expect(spanish, item.linkId).toBe(TRANSLATIONS.es[feature?.text ?? '']);
      for (const option of item.answerOption ?? []) {
        const coding = option.valueCoding as {
          display?: string;
          _display?: { extension?: Extension[] };
        };
        expect(
          translationIn(coding._display, 'es'),
          `${item.linkId} ${String(coding.display)}`,
        ).toBe(TRANSLATIONS.es[coding.display ?? '']);
      }
    }
    expect(r4Problems(questionnaire)).toEqual([]);
  });
});
