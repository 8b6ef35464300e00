/**
 * SDC adaptive questionnaires (Structured Data Capture 3.0.0, "Adaptive Forms", operation
 * $next-question): reads a QuestionnaireResponse whose contained Questionnaire holds the items
 * asked so far, and writes it back with the interview's next question appended to that
 * Questionnaire, or with status `completed` when the interview is done. The engine chooses the
 * question; this module only translates between its answers and the two resources.
 */
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import type { AnswerValue, Answers } from '../engine/types.js';
import type { Feature, Knowledge } from '../knowledge/schema.js';
import { answerCodingOf, itemOf, type Translations } from './questionnaire.js';
import { answersOfItems, QuestionnaireResponseError } from './questionnaire-response.js';
import { SDC, STRIDE_SYSTEM } from './systems.js';

/**
 * A request $next-question cannot take: `invalid` is malformed input (400), `unprocessable` is
 * well-formed input this interview cannot continue (422), e.g. another questionnaire's response.
 */
export class AdaptiveError extends Error {
  readonly kind: 'invalid' | 'unprocessable';
  /** The QuestionnaireResponse item at fault, if one is. */
  readonly linkId: string | null;

  constructor(kind: 'invalid' | 'unprocessable', message: string, linkId: string | null = null) {
    super(message);
    this.name = 'AdaptiveError';
    this.kind = kind;
    this.linkId = linkId;
  }
}

/** The id the contained Questionnaire gets when the client did not send one. */
export const CONTAINED_ID = 'stride-adaptive';

/** What the response keeps of the client's QuestionnaireResponse (its id, who, when). */
export interface KeptFields {
  readonly id?: string;
  readonly subject?: { readonly reference: string };
  readonly author?: { readonly reference: string };
  readonly authored?: string;
}

/** An adaptive interview so far, read from a QuestionnaireResponse. */
export interface AdaptiveSession {
  /** The contained Questionnaire's items (feature ids), in the order asked. */
  readonly asked: readonly string[];
  /** The answers; an item asked but left without an answer is "not sure" (null). */
  readonly answers: Answers;
  /** `in-progress` while the interview goes on; `completed` once the client says it is done. */
  readonly status: 'in-progress' | 'completed';
  /** The contained Questionnaire's id, kept so the client's reference stays valid. */
  readonly questionnaireId: string;
  /** What the response keeps of the client's QuestionnaireResponse, checked for shape. */
  readonly kept: KeptFields;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const REFERENCE = /^[A-Za-z]{1,64}\/[A-Za-z0-9\-.]{1,64}$/;
const DATE_TIME =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** The QuestionnaireResponse: the body itself, or the SDC input parameter `questionnaire-response`. */
function responseOf(body: unknown): Json {
  if (isObject(body) && body['resourceType'] === 'Parameters') {
    const parameters = Array.isArray(body['parameter']) ? body['parameter'] : [];
    const named = parameters.filter(
      (parameter): parameter is Json =>
        isObject(parameter) && parameter['name'] === 'questionnaire-response',
    );
    const resource = named.length === 1 ? named[0]?.['resource'] : undefined;
    if (!isObject(resource) || resource['resourceType'] !== 'QuestionnaireResponse') {
      throw new AdaptiveError(
        'invalid',
        'Parameters: expected one parameter "questionnaire-response" holding a QuestionnaireResponse',
      );
    }
    return resource;
  }
  if (!isObject(body) || body['resourceType'] !== 'QuestionnaireResponse') {
    throw new AdaptiveError(
      'invalid',
      'expected a QuestionnaireResponse (or SDC input Parameters)',
    );
  }
  return body;
}

/** A canonical without its `|version`. */
const withoutVersion = (canonical: string): string => canonical.split('|')[0] ?? canonical;

/** The contained Questionnaire the response points to, or undefined on a first call without one. */
function containedQuestionnaireOf(response: Json): Json | undefined {
  const contained = response['contained'];
  if (contained !== undefined && !Array.isArray(contained)) {
    throw new AdaptiveError('invalid', 'contained: expected a list of resources');
  }
  const questionnaires = (contained ?? []).filter(
    (resource): resource is Json =>
      isObject(resource) && resource['resourceType'] === 'Questionnaire',
  );
  const reference = response['questionnaire'];
  if (reference !== undefined && typeof reference !== 'string') {
    throw new AdaptiveError('invalid', 'questionnaire: expected a canonical URL or #id');
  }
  if (questionnaires.length === 0) {
    if (reference !== undefined && withoutVersion(reference) !== STRIDE_SYSTEM.questionnaire) {
      throw new AdaptiveError(
        'unprocessable',
        `questionnaire: this server runs only ${STRIDE_SYSTEM.questionnaire} adaptively`,
      );
    }
    return undefined;
  }
  if (questionnaires.length > 1) {
    throw new AdaptiveError('unprocessable', 'contained: expected one Questionnaire');
  }
  const questionnaire = questionnaires[0] as Json;
  const id = questionnaire['id'];
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new AdaptiveError('invalid', 'contained Questionnaire: expected an id');
  }
  if (reference !== `#${id}`) {
    throw new AdaptiveError(
      'unprocessable',
      `questionnaire: expected "#${id}", the contained Questionnaire`,
    );
  }
  const derivedFrom = questionnaire['derivedFrom'];
  const fromStride =
    Array.isArray(derivedFrom) &&
    derivedFrom.some(
      (canonical) =>
        typeof canonical === 'string' && withoutVersion(canonical) === STRIDE_SYSTEM.questionnaire,
    );
  if (!fromStride) {
    throw new AdaptiveError(
      'unprocessable',
      `contained Questionnaire: derivedFrom must name ${STRIDE_SYSTEM.questionnaire}`,
    );
  }
  return questionnaire;
}

/** The linkIds of the contained Questionnaire's items, each a Stride question, each once. */
function askedOf(
  questionnaire: Json | undefined,
  features: ReadonlyMap<string, Feature>,
): string[] {
  const items = questionnaire?.['item'];
  if (items === undefined) {
    return [];
  }
  if (!Array.isArray(items)) {
    throw new AdaptiveError('invalid', 'contained Questionnaire: item must be a list');
  }
  const asked: string[] = [];
  for (const item of items) {
    const linkId = isObject(item) ? item['linkId'] : undefined;
    if (typeof linkId !== 'string') {
      throw new AdaptiveError('invalid', 'contained Questionnaire: every item needs a linkId');
    }
    if (!features.has(linkId)) {
      throw new AdaptiveError(
        'unprocessable',
        `contained Questionnaire: item ${linkId} is not a question of Stride`,
      );
    }
    if (asked.includes(linkId)) {
      throw new AdaptiveError('invalid', `contained Questionnaire: item ${linkId} appears twice`);
    }
    asked.push(linkId);
  }
  return asked;
}

function keptOf(response: Json): KeptFields {
  const reference = (value: unknown): { reference: string } | undefined => {
    const text = isObject(value) ? value['reference'] : undefined;
    return typeof text === 'string' && REFERENCE.test(text) ? { reference: text } : undefined;
  };
  const { id, subject, author, authored } = response;
  const subjectReference = reference(subject);
  const authorReference = reference(author);
  return {
    ...(typeof id === 'string' && ID.test(id) ? { id } : {}),
    ...(subjectReference === undefined ? {} : { subject: subjectReference }),
    ...(authorReference === undefined ? {} : { author: authorReference }),
    ...(typeof authored === 'string' && DATE_TIME.test(authored) ? { authored } : {}),
  };
}

const OPEN_STATUSES = ['in-progress', 'completed'] as const;

function isOpenStatus(value: unknown): value is (typeof OPEN_STATUSES)[number] {
  return OPEN_STATUSES.some((status) => status === value);
}

/**
 * Reads an adaptive QuestionnaireResponse (parsed JSON of unknown shape). The answers are not yet
 * checked against the knowledge (ranges, contradictions): the caller does that, as for any answers.
 */
export function readAdaptiveResponse(body: unknown, knowledge: Knowledge): AdaptiveSession {
  const response = responseOf(body);
  const status = response['status'];
  if (!isOpenStatus(status)) {
    throw new AdaptiveError(
      response['status'] === undefined ? 'invalid' : 'unprocessable',
      'status: expected in-progress (or completed, to check it is done)',
    );
  }
  const features = new Map(knowledge.features.map((feature) => [feature.id, feature]));
  const questionnaire = containedQuestionnaireOf(response);
  const asked = askedOf(questionnaire, features);
  let given: Answers;
  try {
    given = answersOfItems(response, knowledge);
  } catch (error) {
    if (error instanceof QuestionnaireResponseError) {
      throw new AdaptiveError('invalid', error.message, error.linkId);
    }
    throw error;
  }
  const unasked = Object.keys(given).find((id) => !asked.includes(id));
  if (unasked !== undefined) {
    throw new AdaptiveError(
      'unprocessable',
      `item ${unasked}: answered, but not asked (not in the contained Questionnaire)`,
      unasked,
    );
  }
  const answers: Record<string, AnswerValue> = {};
  for (const id of asked) {
    answers[id] = given[id] ?? null;
  }
  const id = questionnaire?.['id'];
  return {
    asked,
    answers,
    status,
    questionnaireId: typeof id === 'string' ? id : CONTAINED_ID,
    kept: keptOf(response),
  };
}

/** Does this QuestionnaireResponse carry an adaptive interview (a contained Questionnaire)? */
export function isAdaptiveResponse(body: unknown): boolean {
  return (
    isObject(body) &&
    Array.isArray(body['contained']) &&
    body['contained'].some(
      (resource) => isObject(resource) && resource['resourceType'] === 'Questionnaire',
    )
  );
}

/** An answer in the item's FHIR type: a decimal stays a decimal, a whole number an integer too. */
function answerOf(feature: Feature, value: AnswerValue): QuestionnaireResponseItemAnswer[] {
  if (value === null) {
    return [];
  }
  if (typeof value === 'boolean') {
    return [{ valueBoolean: value }];
  }
  if (typeof value === 'number') {
    return [{ valueDecimal: value }];
  }
  const label = feature.options?.find((option) => option.value === value)?.label;
  return [{ valueCoding: answerCodingOf(feature.id, value, label) }];
}

/** The item as asked: no enableWhen, since the server already chose it for these answers. */
function askedItem(
  feature: Feature,
  features: ReadonlyMap<string, Feature>,
  translations: Translations,
): QuestionnaireItem {
  const item = { ...itemOf(feature, features, translations) };
  delete item.enableWhen;
  delete item.enableBehavior;
  return item;
}

export interface AdaptiveResponseInput {
  readonly knowledge: Knowledge;
  /** The knowledge version the questions come from. */
  readonly version: string;
  readonly translations?: Translations;
  readonly session: AdaptiveSession;
  /** The question to ask next (a feature id), or null when the interview is done. */
  readonly next: string | null;
}

/**
 * The QuestionnaireResponse $next-question returns (SDC sdc-questionnaireresponse-adapt): the
 * contained Questionnaire (sdc-questionnaire-adapt) holds the items asked so far plus the next one,
 * the items hold the answers given, and the status is `completed` once there is no next question.
 */
export function adaptiveResponse(input: AdaptiveResponseInput): QuestionnaireResponse {
  const { knowledge, session, next } = input;
  const translations = input.translations ?? {};
  const features = new Map(knowledge.features.map((feature) => [feature.id, feature]));
  const ids = next === null ? session.asked : [...session.asked, next];
  const items = ids.flatMap((id) => {
    const feature = features.get(id);
    return feature === undefined ? [] : [askedItem(feature, features, translations)];
  });
  const contained: Questionnaire = {
    resourceType: 'Questionnaire',
    id: session.questionnaireId,
    meta: { profile: [SDC.adaptiveQuestionnaireProfile] },
    extension: [{ url: SDC.adaptiveExtension, valueBoolean: true }],
    version: input.version,
    language: 'en',
    name: 'StrideLowerBackPainWhenWalkingAdaptive',
    title: 'Stride: lower back pain when walking',
    derivedFrom: [`${STRIDE_SYSTEM.questionnaire}|${input.version}`],
    status: 'active',
    subjectType: ['Patient'],
    ...(items.length === 0 ? {} : { item: items }),
  };
  const answered: QuestionnaireResponseItem[] = session.asked.flatMap((id) => {
    const feature = features.get(id);
    const value = session.answers[id];
    if (feature === undefined || value === undefined) {
      return [];
    }
    const answer = answerOf(feature, value);
    return [{ linkId: id, text: feature.text, ...(answer.length === 0 ? {} : { answer }) }];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(session.kept.id === undefined ? {} : { id: session.kept.id }),
    meta: { profile: [SDC.adaptiveResponseProfile] },
    contained: [contained],
    questionnaire: `#${session.questionnaireId}`,
    status: next === null ? 'completed' : 'in-progress',
    ...(session.kept.subject === undefined ? {} : { subject: { ...session.kept.subject } }),
    ...(session.kept.authored === undefined ? {} : { authored: session.kept.authored }),
    ...(session.kept.author === undefined ? {} : { author: { ...session.kept.author } }),
    ...(answered.length === 0 ? {} : { item: answered }),
  };
}
