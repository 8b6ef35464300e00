/** A saved profile as one FHIR R4 collection Bundle: the latest assessment as a QuestionnaireResponse, its RiskAssessment and triage Observation, every walk as an Observation, and every check-in with its scores. */
import type {
  Bundle,
  BundleEntry,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import type { Answers, Result } from '../engine/types.js';
import type { Knowledge } from '../knowledge/schema.js';
import type { Instrument } from '../knowledge/instruments.js';
import { riskAssessmentOf, triageObservationOf } from './assessment.js';
import { checkinEntries, type CheckinRecord } from './checkins.js';
import { answerCodingOf } from './questionnaire.js';
import { STRIDE_SYSTEM } from './systems.js';
import { walksBundle, type WalkRecord } from './walks.js';

export interface ProfileBundleInput {
  /** The latest assessment, if any. */
  readonly assessment?:
    { readonly answers: Answers; readonly result: Result; readonly createdAt: string } | undefined;
  readonly walks: readonly WalkRecord[];
  /** The check-ins, with their scores; absent: none. */
  readonly checkins?: readonly CheckinRecord[] | undefined;
  readonly instruments?: readonly Instrument[] | undefined;
  readonly knowledge: Knowledge;
  readonly now: Date;
  /** A UUID per entry; the caller supplies it so the mapper stays pure. */
  readonly newId: () => string;
}

/** The answered items; "not sure" (null) and unasked features are left out, as FHIR has no empty answer. */
export function questionnaireResponseOf(
  answers: Answers,
  knowledge: Knowledge,
  id: string,
  authored: string,
  version: string,
): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  for (const feature of knowledge.features) {
    const value = answers[feature.id];
    if (value === undefined || value === null) {
      continue;
    }
    if (feature.type === 'bool' && typeof value === 'boolean') {
      item.push({ linkId: feature.id, text: feature.text, answer: [{ valueBoolean: value }] });
    } else if (feature.type === 'number' && typeof value === 'number') {
      item.push({ linkId: feature.id, text: feature.text, answer: [{ valueDecimal: value }] });
    } else if (feature.type === 'choice' && typeof value === 'string') {
      const label = feature.options?.find((option) => option.value === value)?.label;
      item.push({
        linkId: feature.id,
        text: feature.text,
        answer: [{ valueCoding: answerCodingOf(feature.id, value, label) }],
      });
    }
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    questionnaire: `${STRIDE_SYSTEM.questionnaire}|${version}`,
    status: 'completed',
    authored,
    // FHIR JSON has no empty arrays: a response with only "not sure" answers has no items.
    ...(item.length === 0 ? {} : { item }),
  };
}

export function profileBundle(input: ProfileBundleInput): Bundle {
  const entries: BundleEntry[] = [];
  const latest = input.assessment;
  if (latest !== undefined) {
    const responseId = input.newId();
    const reference = `urn:uuid:${responseId}`;
    const date = new Date(latest.createdAt);
    const options = { newId: input.newId, date, response: { reference } };
    const riskId = input.newId();
    const triageId = input.newId();
    entries.push(
      {
        fullUrl: reference,
        resource: questionnaireResponseOf(
          latest.answers,
          input.knowledge,
          responseId,
          latest.createdAt,
          latest.result.knowledgeVersion,
        ),
      },
      { fullUrl: `urn:uuid:${riskId}`, resource: riskAssessmentOf(latest.result, riskId, options) },
      {
        fullUrl: `urn:uuid:${triageId}`,
        resource: triageObservationOf(latest.result, triageId, options),
      },
    );
  }
  entries.push(...(walksBundle(input.walks, { newId: input.newId }).entry ?? []));
  for (const checkin of input.checkins ?? []) {
    entries.push(...checkinEntries(checkin, input.knowledge, input.instruments ?? [], input.newId));
  }
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: input.now.toISOString(),
    ...(entries.length === 0 ? {} : { entry: entries }),
  };
}
