/**
 * Stride's one CDS Hooks service: on patient-view, it reads the patient's latest Stride
 * QuestionnaireResponse (by prefetch) and returns one card whose indicator follows the triage.
 * Pure: discovery, prefetch reading and card building, with no IO.
 */
import type { Result, TriageLevel } from '../engine/types.js';
import { STRIDE_SYSTEM } from '../fhir/systems.js';
import type { CdsCard, CdsDiscovery, CdsIndicator, CdsResponse, CdsService } from './types.js';

export const SERVICE_ID = 'stride-triage';
export const PREFETCH_KEY = 'strideResponse';

export const TRIAGE_SERVICE: CdsService = {
  hook: 'patient-view',
  title: 'Stride: lower back pain when walking',
  description:
    "Shows how soon the patient should be seen for lower back pain when walking, from the patient's " +
    'latest Stride self-assessment (a QuestionnaireResponse), with the likely causes and the answers behind them.',
  id: SERVICE_ID,
  prefetch: {
    [PREFETCH_KEY]: `QuestionnaireResponse?patient={{context.patientId}}&questionnaire=${STRIDE_SYSTEM.questionnaire}&_sort=-authored&_count=1`,
  },
};

export const DISCOVERY: CdsDiscovery = { services: [TRIAGE_SERVICE] };

const INDICATOR_BY_LEVEL: Readonly<Record<TriageLevel, CdsIndicator>> = {
  emergency: 'critical',
  urgent: 'warning',
  soon: 'warning',
  self_care: 'info',
};

const SUMMARY_BY_LEVEL: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Back pain self-assessment shows emergency warning signs: needs emergency care now',
  urgent: 'Back pain self-assessment: should be seen by a doctor today or within 24 hours',
  soon: 'Back pain self-assessment: should be seen within one to two weeks',
  self_care: 'Back pain self-assessment: no warning signs; self-care is reasonable',
};

/** Summary for a result that cannot reassure: warning signs not answered, or not finished. */
const SUMMARY_UNCHECKED =
  'Back pain self-assessment: warning signs not answered, so self-care cannot be called enough';
const SUMMARY_UNFINISHED =
  'Back pain self-assessment not finished: self-care cannot be called enough yet';

export function indicatorOf(level: TriageLevel): CdsIndicator {
  return INDICATOR_BY_LEVEL[level];
}

/** What the card knows about the response besides its result. */
export interface CardContext {
  /** The QuestionnaireResponse's status; `in-progress` means the person may not be done. */
  readonly status?: string;
  /** The card's id, for the client's feedback and audit log; the caller supplies it (a UUID). */
  readonly uuid?: string;
}

/**
 * True when the result must not read as reassurance: a warning sign was not answered, or the
 * person had not finished. An emergency is never softened, so this only matters below it.
 */
function isIncomplete(result: Result, context: CardContext): boolean {
  return result.triage.unanswered.length > 0 || context.status === 'in-progress';
}

function summaryOf(result: Result, context: CardContext): string {
  const level = result.triage.level;
  if (level === 'emergency' || !isIncomplete(result, context)) {
    return SUMMARY_BY_LEVEL[level];
  }
  if (level === 'self_care') {
    return result.triage.unanswered.length > 0 ? SUMMARY_UNCHECKED : SUMMARY_UNFINISHED;
  }
  return result.triage.unanswered.length > 0
    ? `${SUMMARY_BY_LEVEL[level]}; some warning signs not answered`
    : `${SUMMARY_BY_LEVEL[level]} (not finished)`;
}

/** `info` only for a finished self-care result with every warning sign answered. */
function cardIndicatorOf(result: Result, context: CardContext): CdsIndicator {
  const indicator = indicatorOf(result.triage.level);
  return indicator === 'info' && isIncomplete(result, context) ? 'warning' : indicator;
}

function percent(probability: number): string {
  return `${String(Math.round(probability * 100))}%`;
}

/** Markdown for the card: the advice, the warning signs that set the level, the likely causes. */
function detailOf(result: Result, context: CardContext): string {
  const lines = [`**${result.triage.advice}**`];
  if (context.status === 'in-progress') {
    lines.push('', 'The patient had not finished the self-assessment (status in-progress).');
  }
  if (result.triage.reasons.length > 0) {
    lines.push('', 'Why this level:', ...result.triage.reasons.map((reason) => `- ${reason.text}`));
  }
  const shown = result.causes.filter((cause) => cause.band !== 'unlikely').slice(0, 5);
  if (shown.length > 0) {
    lines.push(
      '',
      'Causes to consider:',
      ...shown.map((cause) => `- ${cause.name}: ${cause.band} (${percent(cause.probability)})`),
    );
  }
  lines.push(
    '',
    `_Patient self-assessment (Stride, knowledge ${result.knowledgeVersion}); not a diagnosis._`,
  );
  return lines.join('\n');
}

/** The card for one assessment. */
export function cardFor(result: Result, context: CardContext = {}): CdsCard {
  const level = result.triage.level;
  return {
    ...(context.uuid === undefined ? {} : { uuid: context.uuid }),
    summary: summaryOf(result, context),
    detail: detailOf(result, context),
    indicator: cardIndicatorOf(result, context),
    source: {
      label: 'Stride self-assessment',
      topic: { system: STRIDE_SYSTEM.triageLevel, code: level, display: level.replace('_', ' ') },
    },
  };
}

export function responseFor(result: Result | undefined, context: CardContext = {}): CdsResponse {
  return { cards: result === undefined ? [] : [cardFor(result, context)] };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every QuestionnaireResponse in a prefetch value: the resource itself, or a Bundle's entries. */
export function responsesInPrefetch(value: unknown): Json[] {
  if (!isObject(value)) {
    return [];
  }
  if (value['resourceType'] === 'QuestionnaireResponse') {
    return [value];
  }
  if (value['resourceType'] !== 'Bundle' || !Array.isArray(value['entry'])) {
    return [];
  }
  return value['entry']
    .map((entry: unknown) => (isObject(entry) ? entry['resource'] : undefined))
    .filter(
      (resource): resource is Json =>
        isObject(resource) && resource['resourceType'] === 'QuestionnaireResponse',
    );
}

/**
 * True when a response's `subject` is not the hook's patient. A response that names no subject
 * is taken as the patient's (the prefetch query asked for that patient's responses);
 * `Patient/<id>` and an absolute `.../Patient/<id>` both name the patient.
 */
export function isAboutAnotherPatient(response: Json, patientId: string): boolean {
  const subject = response['subject'];
  if (subject === undefined) {
    return false;
  }
  const reference = isObject(subject) ? subject['reference'] : undefined;
  const own = `Patient/${patientId}`;
  return !(typeof reference === 'string' && (reference === own || reference.endsWith(`/${own}`)));
}

/**
 * The QuestionnaireResponse in a prefetch value: the resource itself (a read), or the most recently
 * authored one in a searchset Bundle. Undefined when there is none (the spec's null: no data).
 */
export function responseInPrefetch(value: unknown): Json | undefined {
  const responses = responsesInPrefetch(value);
  const authored = (resource: Json): string =>
    typeof resource['authored'] === 'string' ? resource['authored'] : '';
  // ISO 8601 instants with the same offset sort as strings; the prefetch asks for the latest first.
  return responses.reduce<Json | undefined>(
    (latest, resource) =>
      latest === undefined || authored(resource) > authored(latest) ? resource : latest,
    undefined,
  );
}
