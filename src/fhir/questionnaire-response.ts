/**
 * A FHIR QuestionnaireResponse to Stride answers: each answered item's linkId is a feature id,
 * and its one value is valueBoolean, valueInteger/valueDecimal or valueCoding.code by type.
 * Ranges are left to the engine, which names the key (the linkId) when one is out of range.
 */
import type { AnswerValue, Answers } from '../engine/types.js';
import type { Feature, Knowledge } from '../knowledge/schema.js';
import { answerSystemOf, STRIDE_SYSTEM } from './systems.js';

/**
 * Why a response is refused: `invalid` when it cannot be read as answers (HTTP 400);
 * `unprocessable` when it reads, but assessing it would be wrong (HTTP 422): no `status` (1..1 in
 * R4), or answers to another Questionnaire whose linkIds may only look like Stride's.
 */
export type QuestionnaireResponseProblem = 'invalid' | 'unprocessable';

/** A QuestionnaireResponse that cannot be read as answers; `linkId` names the item, if any. */
export class QuestionnaireResponseError extends Error {
  readonly linkId: string | null;
  readonly problem: QuestionnaireResponseProblem;

  constructor(
    linkId: string | null,
    message: string,
    problem: QuestionnaireResponseProblem = 'invalid',
  ) {
    super(message);
    this.name = 'QuestionnaireResponseError';
    this.linkId = linkId;
    this.problem = problem;
  }
}

/** QuestionnaireResponse.status codes in R4 (required binding). */
const STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;

export type ResponseStatus = (typeof STATUSES)[number];

function isStatus(value: unknown): value is ResponseStatus {
  return STATUSES.some((status) => status === value);
}

/** True when `canonical` is Stride's Questionnaire, with or without a `|version`. */
export function isStrideQuestionnaire(canonical: unknown): boolean {
  if (typeof canonical !== 'string') {
    return false;
  }
  const [url, version, ...rest] = canonical.split('|');
  return (
    url === STRIDE_SYSTEM.questionnaire &&
    rest.length === 0 &&
    (version === undefined || version.length > 0)
  );
}

/**
 * The checks every reader makes before reading items: a QuestionnaireResponse with a known
 * status, not entered in error, answering Stride's Questionnaire.
 */
function checkedResponse(input: unknown): {
  readonly resource: Json;
  readonly status: ResponseStatus;
} {
  if (!isObject(input) || input['resourceType'] !== 'QuestionnaireResponse') {
    throw new QuestionnaireResponseError(null, 'expected a QuestionnaireResponse resource');
  }
  const status = input['status'];
  if (status === undefined) {
    throw new QuestionnaireResponseError(
      null,
      'status: a QuestionnaireResponse needs a status (in-progress, completed, amended or stopped)',
      'unprocessable',
    );
  }
  if (!isStatus(status)) {
    throw new QuestionnaireResponseError(null, `status: expected one of ${STATUSES.join(', ')}`);
  }
  if (status === 'entered-in-error') {
    throw new QuestionnaireResponseError(null, 'this QuestionnaireResponse was entered in error');
  }
  if (!isStrideQuestionnaire(input['questionnaire'])) {
    throw new QuestionnaireResponseError(
      null,
      `questionnaire: only responses to ${STRIDE_SYSTEM.questionnaire} can be assessed`,
      'unprocessable',
    );
  }
  return { resource: input, status };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const VALUE_KEYS_BY_TYPE: Readonly<Record<Feature['type'], readonly string[]>> = {
  bool: ['valueBoolean'],
  number: ['valueDecimal', 'valueInteger'],
  choice: ['valueCoding'],
};

const EXPECTED_BY_TYPE: Readonly<Record<Feature['type'], string>> = {
  bool: 'valueBoolean',
  number: 'valueDecimal or valueInteger',
  choice: `valueCoding with a code (and, if any, the system of this question's answers)`,
};

function valueOf(feature: Feature, answer: unknown): AnswerValue {
  const fail = (): never => {
    throw new QuestionnaireResponseError(
      feature.id,
      `item ${feature.id}: expected one answer with ${EXPECTED_BY_TYPE[feature.type]}`,
    );
  };
  if (!isObject(answer)) {
    return fail();
  }
  const valueKeys = Object.keys(answer).filter((key) => key.startsWith('value'));
  const [key] = valueKeys;
  if (
    valueKeys.length !== 1 ||
    key === undefined ||
    !VALUE_KEYS_BY_TYPE[feature.type].includes(key)
  ) {
    return fail();
  }
  const value = answer[key];
  switch (key) {
    case 'valueBoolean':
      return typeof value === 'boolean' ? value : fail();
    case 'valueInteger':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : fail();
    case 'valueDecimal':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail();
    default: {
      const code = isObject(value) ? value['code'] : undefined;
      const system = isObject(value) ? value['system'] : undefined;
      // A code from another system only looks like one of ours; no system is read as ours.
      return typeof code === 'string' &&
        (system === undefined || system === answerSystemOf(feature.id))
        ? code
        : fail();
    }
  }
}

const MAX_DEPTH = 8;

function collect(
  items: unknown,
  features: ReadonlyMap<string, Feature>,
  answers: Map<string, AnswerValue>,
  depth: number,
): void {
  if (items === undefined) {
    return;
  }
  if (!Array.isArray(items) || depth > MAX_DEPTH) {
    throw new QuestionnaireResponseError(
      null,
      'item: expected a list of items, nested at most 8 deep',
    );
  }
  for (const item of items) {
    if (!isObject(item) || typeof item['linkId'] !== 'string') {
      throw new QuestionnaireResponseError(null, 'item: every item needs a linkId');
    }
    const linkId = item['linkId'];
    const given = item['answer'];
    if (given !== undefined) {
      if (!Array.isArray(given)) {
        throw new QuestionnaireResponseError(linkId, `item ${linkId}: answer must be a list`);
      }
      const feature = features.get(linkId);
      if (given.length > 0) {
        if (feature === undefined) {
          throw new QuestionnaireResponseError(linkId, `item ${linkId}: not a question of Stride`);
        }
        if (given.length > 1) {
          throw new QuestionnaireResponseError(linkId, `item ${linkId}: expected one answer`);
        }
        if (answers.has(linkId)) {
          throw new QuestionnaireResponseError(linkId, `item ${linkId}: answered twice`);
        }
        answers.set(linkId, valueOf(feature, given[0]));
        for (const answer of given) {
          if (isObject(answer)) {
            collect(answer['item'], features, answers, depth + 1);
          }
        }
      }
    }
    collect(item['item'], features, answers, depth + 1);
  }
}

/** A response read as answers, with its status (`in-progress` means the person may not be done). */
export interface ReadResponse {
  readonly answers: Answers;
  readonly status: ResponseStatus;
}

/** Reads a QuestionnaireResponse (given as parsed JSON of unknown shape): its answers and status. */
export function readQuestionnaireResponse(input: unknown, knowledge: Knowledge): ReadResponse {
  const { resource, status } = checkedResponse(input);
  return { answers: answersOfItems(resource, knowledge), status };
}

/**
 * The answers in a response's items alone, for a caller that has checked the rest itself (an SDC
 * adaptive response points at its contained Questionnaire, not at Stride's canonical).
 */
export function answersOfItems(
  resource: Readonly<Record<string, unknown>>,
  knowledge: Knowledge,
): Answers {
  const features = new Map(knowledge.features.map((feature) => [feature.id, feature]));
  const answers = new Map<string, AnswerValue>();
  collect(resource['item'], features, answers, 0);
  return Object.fromEntries(answers);
}

/** Reads answers from a QuestionnaireResponse (given as parsed JSON of unknown shape). */
export function answersFromQuestionnaireResponse(input: unknown, knowledge: Knowledge): Answers {
  return readQuestionnaireResponse(input, knowledge).answers;
}

/** The parts of a QuestionnaireResponse that a Bundle may point back to, checked for shape. */
export interface ResponseLinks {
  /** `QuestionnaireResponse/<id>` when the response has a valid id. */
  readonly reference?: string;
  /** `Patient/<id>` or `Group/<id>` when the response names one. */
  readonly subject?: string;
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** Links back to a QuestionnaireResponse (of unknown shape); only well-formed ids are kept. */
export function linksOf(response: unknown): ResponseLinks {
  if (!isObject(response)) {
    return {};
  }
  const id = response['id'];
  const subject = response['subject'];
  const subjectReference = isObject(subject) ? subject['reference'] : undefined;
  const [type, subjectId, ...rest] =
    typeof subjectReference === 'string' ? subjectReference.split('/') : [];
  return {
    ...(typeof id === 'string' && ID.test(id) ? { reference: `QuestionnaireResponse/${id}` } : {}),
    ...((type === 'Patient' || type === 'Group') &&
    subjectId !== undefined &&
    ID.test(subjectId) &&
    rest.length === 0
      ? { subject: `${type}/${subjectId}` }
      : {}),
  };
}
