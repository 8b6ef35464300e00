/**
 * The interview as a FHIR R4 Questionnaire: one item per feature (linkId = feature id), answer
 * options for choices coded in Stride's answer system, enableWhen translating the knowledge's skip
 * logic (`askWhen`) where FHIR can say it, each text's translations in the FHIR translation
 * extension (on `_text` and `_display`), and the SDC mark that $next-question can run it adaptively.
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
  SDC,
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

/** The features by id: the translation needs a choice's other options and a feature's type. */
type FeaturesById = ReadonlyMap<string, Feature>;

/** A choice answer as a Coding, the same in answerOption, enableWhen and a QuestionnaireResponse. */
export function answerCodingOf(featureId: string, value: string, label?: string): Coding {
  return {
    system: answerSystemOf(featureId),
    code: value,
    ...(label === undefined ? {} : { display: label }),
  };
}

function equalsWhen(
  featureId: string,
  operator: '=' | '!=',
  value: boolean | string,
): QuestionnaireItemEnableWhen {
  return typeof value === 'boolean'
    ? { question: featureId, operator, answerBoolean: value }
    : { question: featureId, operator, answerCoding: answerCodingOf(featureId, value) };
}

/**
 * "Not this choice" as "any of the other choices". FHIR's `!=` holds while the question is still
 * unanswered, but the interview asks the follow-up only once the choice is known, so the renderer
 * shows it only after its enabling answer, as the interview would.
 */
function otherChoicesWhen(feature: Feature, value: string): EnableWhen {
  return {
    conditions: (feature.options ?? [])
      .filter((option) => option.value !== value)
      .map((option) => equalsWhen(feature.id, '=', option.value)),
    behavior: 'any',
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
 * An unanswered item reads as "not sure", so `unsure` becomes "has no answer": a warning sign's
 * recheck shows until the sign itself is answered, never hidden while the sign is unsettled.
 */
export function enableWhenOf(condition: Condition, features: FeaturesById): EnableWhen | undefined {
  if ('feature' in condition) {
    if (!features.has(condition.feature)) {
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
    const feature = 'feature' in inner ? features.get(inner.feature) : undefined;
    if (!('feature' in inner) || feature === undefined) {
      return undefined;
    }
    if ('equals' in inner) {
      if (typeof inner.equals === 'string' && feature.type === 'choice') {
        return otherChoicesWhen(feature, inner.equals);
      }
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
    const mapped = enableWhenOf(child, features);
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
  features: FeaturesById,
  translations: Translations = {},
): QuestionnaireItem {
  const translatedText = translationsOf(feature.text, translations);
  const loinc = LOINC_BY_FEATURE[feature.id];
  const extensions = extensionsOf(feature);
  const enable =
    feature.askWhen === undefined ? undefined : enableWhenOf(feature.askWhen, features);
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
                ...answerCodingOf(feature.id, option.value, option.label),
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
  const features: FeaturesById = new Map(
    knowledge.features.map((feature) => [feature.id, feature]),
  );
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    // SDC questionnaireAdaptive: a form filler that knows SDC may run it with $next-question;
    // any other renderer shows the items, each enabled by its enableWhen.
    extension: [{ url: SDC.adaptiveExtension, valueBoolean: true }],
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
    item: knowledge.features.map((feature) => itemOf(feature, features, translations)),
  };
}
