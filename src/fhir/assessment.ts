/**
 * A Stride Result as a FHIR R4 Bundle (type collection): a RiskAssessment with one prediction per
 * cause, and the triage level as an Observation whose value is the level and whose text is the advice.
 */
import type {
  Bundle,
  CodeableConcept,
  Group,
  Observation,
  Patient,
  Reference,
  RiskAssessment,
  RiskAssessmentPrediction,
} from '@medplum/fhirtypes';
import type { Band, RankedCause, Result, TriageLevel } from '../engine/types.js';
import type { ResponseLinks } from './questionnaire-response.js';
import { STRIDE_SYSTEM, SYSTEM } from './systems.js';

/** How each band reads on HL7's risk-probability scale. */
const RISK_BY_BAND: Readonly<Record<Band, { code: string; display: string }>> = {
  likely: { code: 'high', display: 'High likelihood' },
  possible: { code: 'moderate', display: 'Moderate likelihood' },
  unlikely: { code: 'low', display: 'Low likelihood' },
};

export const TRIAGE_DISPLAY: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Emergency: call the emergency number or go to an emergency department now',
  urgent: 'Urgent: be seen by a doctor today or within 24 hours',
  soon: 'Soon: see a doctor or physiotherapist within one to two weeks',
  // Not "self-care is reasonable": the level alone says nothing about signs that were not asked.
  self_care: 'Self-care: no warning sign in the answers given',
};

const DISCLAIMER = 'General information from a self-assessment (Stride); not a diagnosis.';

export interface AssessmentBundleOptions {
  /** Links to the QuestionnaireResponse the answers came from (see `linksOf`). */
  readonly response?: ResponseLinks;
  /** When the assessment was made; omitted from the resources when absent. */
  readonly date?: Date;
  /** Makes the entries' ids; a UUID each. The caller supplies it so the mapper stays pure. */
  readonly newId: () => string;
  /**
   * The QuestionnaireResponse's status. From an `in-progress` response, or one that left warning
   * signs unanswered, the resources are `preliminary`: never a final, reassuring result.
   */
  readonly responseStatus?: string;
}

/** `final` only for a finished response with every warning sign answered (or an emergency). */
function statusOf(result: Result, options: AssessmentBundleOptions): 'final' | 'preliminary' {
  if (result.triage.level === 'emergency') {
    return 'final';
  }
  return options.responseStatus === 'in-progress' || result.triage.unanswered.length > 0
    ? 'preliminary'
    : 'final';
}

const UNFINISHED_NOTE =
  'The self-assessment was not finished (QuestionnaireResponse in progress); the answers may change.';

function notesOf(
  result: Result,
  options: AssessmentBundleOptions,
  lines: readonly string[],
): { text: string }[] {
  return [
    ...lines,
    ...(options.responseStatus === 'in-progress' && result.triage.level !== 'emergency'
      ? [UNFINISHED_NOTE]
      : []),
    DISCLAIMER,
  ].map((text) => ({ text }));
}

function rationaleOf(cause: RankedCause): string | undefined {
  const parts = [
    ...cause.supporting.map((reason) => `+ ${reason.text}`),
    ...cause.opposing.map((reason) => `- ${reason.text}`),
  ];
  return parts.length === 0 ? undefined : parts.join('\n');
}

function predictionOf(cause: RankedCause): RiskAssessmentPrediction {
  const risk = RISK_BY_BAND[cause.band];
  const rationale = rationaleOf(cause);
  return {
    outcome: {
      coding: [{ system: STRIDE_SYSTEM.cause, code: cause.id, display: cause.name }],
      text: cause.name,
    },
    probabilityDecimal: Math.round(cause.probability * 10_000) / 10_000,
    qualitativeRisk: {
      coding: [{ system: SYSTEM.riskProbability, code: risk.code, display: risk.display }],
      text: cause.band,
    },
    ...(rationale === undefined ? {} : { rationale }),
  };
}

function subjectOf(links: ResponseLinks | undefined): Reference<Patient | Group> {
  return links?.subject === undefined
    ? { display: 'The person who answered (anonymous)' }
    : { reference: links.subject };
}

function triageValue(result: Result): CodeableConcept {
  const level = result.triage.level;
  return {
    coding: [{ system: STRIDE_SYSTEM.triageLevel, code: level, display: TRIAGE_DISPLAY[level] }],
    text: result.triage.advice,
  };
}

export function riskAssessmentOf(
  result: Result,
  id: string,
  options: AssessmentBundleOptions,
): RiskAssessment {
  const basis = options.response?.reference;
  return {
    resourceType: 'RiskAssessment',
    id,
    status: statusOf(result, options),
    method: {
      coding: [
        {
          system: STRIDE_SYSTEM.method,
          code: 'stride-bayes',
          display: 'Stride likelihood-ratio model',
        },
      ],
      text: `Stride knowledge ${result.knowledgeVersion}: prior odds times the likelihood ratios of the answers`,
    },
    code: { text: 'Likely causes of lower back pain when walking' },
    subject: subjectOf(options.response),
    ...(options.date === undefined ? {} : { occurrenceDateTime: options.date.toISOString() }),
    ...(basis === undefined ? {} : { basis: [{ reference: basis }] }),
    prediction: result.causes.map(predictionOf),
    note: notesOf(result, options, []),
  };
}

export function triageObservationOf(
  result: Result,
  id: string,
  options: AssessmentBundleOptions,
): Observation {
  const basis = options.response?.reference;
  const reasons = result.triage.reasons.map((reason) => reason.text);
  return {
    resourceType: 'Observation',
    id,
    status: statusOf(result, options),
    category: [
      { coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }] },
    ],
    code: {
      coding: [
        { system: STRIDE_SYSTEM.observation, code: 'triage', display: 'How soon to be seen' },
      ],
      text: 'Triage for lower back pain when walking: how soon to be seen',
    },
    subject: subjectOf(options.response),
    ...(options.date === undefined ? {} : { effectiveDateTime: options.date.toISOString() }),
    valueCodeableConcept: triageValue(result),
    // No `interpretation`: its codes grade a result against a reference range, and a triage level
    // has none; the level is the value's code, which the EHR can act on.
    ...(basis === undefined ? {} : { derivedFrom: [{ reference: basis }] }),
    note: notesOf(result, options, reasons),
  };
}

/** The Bundle that POST /fhir/QuestionnaireResponse/$assess answers with. */
export function assessmentBundle(result: Result, options: AssessmentBundleOptions): Bundle {
  const riskId = options.newId();
  const triageId = options.newId();
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(options.date === undefined ? {} : { timestamp: options.date.toISOString() }),
    entry: [
      { fullUrl: `urn:uuid:${riskId}`, resource: riskAssessmentOf(result, riskId, options) },
      { fullUrl: `urn:uuid:${triageId}`, resource: triageObservationOf(result, triageId, options) },
    ],
  };
}
