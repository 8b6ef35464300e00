/**
 * The interview as a FHIR R4 Questionnaire: one item per feature (linkId = feature id), answer
 * options for choices, enableWhen mirroring the interview's skip logic where FHIR can say it, and
 * each text's translations in the FHIR translation extension (on `_text` and `_display`).
 */
import type {
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
} from '@medplum/fhirtypes';
import type { Condition, Feature, Knowledge } from '../knowledge/schema.js';
import type { TextCatalogue } from '../engine/localize.js';
import {
  answerSystemOf,
  EXTENSION,
  LOINC_BY_FEATURE,
  STRIDE_SYSTEM,
  SYSTEM,
  UCUM_BY_UNIT,
} from './systems.js';

/** The Questionnaire's logical id, as served at /fhir/Questionnaire/stride. */
export const QUESTIONNAIRE_ID = 'stride';

/** enableWhen conditions with how to combine them; one condition needs no behaviour. */
interface EnableWhen {
  readonly conditions: readonly QuestionnaireItemEnableWhen[];
  readonly behavior: 'all' | 'any';
}

type FeatureTypes = ReadonlyMap<string, Feature['type']>;

function equalsWhen(
  featureId: string,
  operator: '=' | '!=',
  value: boolean | string,
): QuestionnaireItemEnableWhen {
  return typeof value === 'boolean'
    ? { question: featureId, operator, answerBoolean: value }
    : {
        question: featureId,
        operator,
        answerCoding: { system: answerSystemOf(featureId), code: value },
      };
}

function rangeWhens(
  featureId: string,
  atLeast: number | undefined,
  below: number | undefined,
  negated: boolean,
): EnableWhen {
  const conditions: QuestionnaireItemEnableWhen[] = [];
  if (atLeast !== undefined) {
    conditions.push({
      question: featureId,
      operator: negated ? '<' : '>=',
      answerDecimal: atLeast,
    });
  }
  if (below !== undefined) {
    conditions.push({ question: featureId, operator: negated ? '>=' : '<', answerDecimal: below });
  }
  // not (a <= x < b) is (x < a) or (x >= b).
  return { conditions, behavior: negated ? 'any' : 'all' };
}

/**
 * A Stride condition as flat enableWhen, or undefined when FHIR's flat all/any list cannot say it
 * (nested mixes of all and any). Then the item stays always enabled: asking more is the safe side.
 */
export function enableWhenOf(condition: Condition, types: FeatureTypes): EnableWhen | undefined {
  if ('feature' in condition) {
    if (!types.has(condition.feature)) {
      return undefined;
    }
    if ('unsure' in condition) {
      // "Not sure" leaves the item unanswered in a QuestionnaireResponse.
      return {
        conditions: [{ question: condition.feature, operator: 'exists', answerBoolean: false }],
        behavior: 'all',
      };
    }
    if ('equals' in condition) {
      return {
        conditions: [equalsWhen(condition.feature, '=', condition.equals)],
        behavior: 'all',
      };
    }
    return rangeWhens(condition.feature, condition.atLeast, condition.below, false);
  }
  if ('not' in condition) {
    const inner = condition.not;
    if (!('feature' in inner) || !types.has(inner.feature)) {
      return undefined;
    }
    if ('equals' in inner) {
      return { conditions: [equalsWhen(inner.feature, '!=', inner.equals)], behavior: 'all' };
    }
    if ('unsure' in inner) {
      return undefined;
    }
    return rangeWhens(inner.feature, inner.atLeast, inner.below, true);
  }
  if ('count' in condition) {
    return undefined;
  }
  const behavior = 'all' in condition ? 'all' : 'any';
  const children = 'all' in condition ? condition.all : condition.any;
  const conditions: QuestionnaireItemEnableWhen[] = [];
  for (const child of children) {
    const mapped = enableWhenOf(child, types);
    if (mapped === undefined || (mapped.conditions.length > 1 && mapped.behavior !== behavior)) {
      return undefined;
    }
    conditions.push(...mapped.conditions);
  }
  return { conditions, behavior };
}

function itemTypeOf(feature: Feature): QuestionnaireItem['type'] {
  switch (feature.type) {
    case 'bool':
      return 'boolean';
    case 'number':
      // The engine takes any finite number in range (weeks may be 0.5), so decimal, not integer.
      return 'decimal';
    case 'choice':
      return 'choice';
  }
}

function extensionsOf(feature: Feature): Extension[] {
  const extensions: Extension[] = [];
  if (feature.min !== undefined) {
    extensions.push({ url: EXTENSION.minValue, valueDecimal: feature.min });
  }
  if (feature.max !== undefined) {
    extensions.push({ url: EXTENSION.maxValue, valueDecimal: feature.max });
  }
  if (feature.unit !== undefined) {
    const ucum = UCUM_BY_UNIT[feature.unit];
    const coding: Coding =
      ucum === undefined
        ? { display: feature.unit }
        : { system: SYSTEM.ucum, code: ucum.code, display: ucum.display };
    extensions.push({ url: EXTENSION.unit, valueCoding: coding });
  }
  return extensions;
}

/** Catalogues keyed by the English source text, by language code (BCP 47), e.g. { es: ES }. */
export type Translations = Readonly<Record<string, TextCatalogue>>;

/** A primitive's extensions (FHIR JSON's "_text"): one translation extension per language that has this text. */
function translationsOf(
  text: string,
  translations: Translations,
): { extension: Extension[] } | undefined {
  const extension = Object.entries(translations).flatMap(([lang, catalogue]): Extension[] => {
    const content = catalogue[text];
    return content === undefined
      ? []
      : [
          {
            url: EXTENSION.translation,
            extension: [
              { url: 'lang', valueCode: lang },
              { url: 'content', valueString: content },
            ],
          },
        ];
  });
  return extension.length === 0 ? undefined : { extension };
}

/** One feature as one Questionnaire item. */
export function itemOf(
  feature: Feature,
  types: FeatureTypes,
  translations: Translations = {},
): QuestionnaireItem {
  const translatedText = translationsOf(feature.text, translations);
  const loinc = LOINC_BY_FEATURE[feature.id];
  const extensions = extensionsOf(feature);
  const enable = feature.askWhen === undefined ? undefined : enableWhenOf(feature.askWhen, types);
  return {
    linkId: feature.id,
    ...(extensions.length > 0 ? { extension: extensions } : {}),
    ...(loinc === undefined
      ? {}
      : { code: [{ system: SYSTEM.loinc, code: loinc.code, display: loinc.display }] }),
    text: feature.text,
    ...(translatedText === undefined ? {} : { _text: translatedText }),
    type: itemTypeOf(feature),
    ...(enable === undefined
      ? {}
      : {
          enableWhen: [...enable.conditions],
          ...(enable.conditions.length > 1 ? { enableBehavior: enable.behavior } : {}),
        }),
    required: false,
    repeats: false,
    ...(feature.type === 'choice'
      ? {
          answerOption: (feature.options ?? []).map((option) => {
            const display = translationsOf(option.label, translations);
            return {
              valueCoding: {
                system: answerSystemOf(feature.id),
                code: option.value,
                display: option.label,
                ...(display === undefined ? {} : { _display: display }),
              },
            };
          }),
        }
      : {}),
  };
}

/**
 * The whole interview as a Questionnaire; `version` is the knowledge version it was made from.
 * Written in English (`language`), with the texts `translations` has in the translation extension.
 */
export function questionnaire(
  knowledge: Knowledge,
  version: string,
  translations: Translations = {},
): Questionnaire {
  const types: FeatureTypes = new Map(
    knowledge.features.map((feature) => [feature.id, feature.type]),
  );
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    url: STRIDE_SYSTEM.questionnaire,
    version,
    language: 'en',
    name: 'StrideLowerBackPainWhenWalking',
    title: 'Stride: lower back pain when walking',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'A self-assessment for lower back pain that comes on when walking: how soon to be seen, ' +
      'the likely causes and what helps. General information, not a diagnosis.',
    item: knowledge.features.map((feature) => itemOf(feature, types, translations)),
  };
}
