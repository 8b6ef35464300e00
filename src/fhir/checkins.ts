/**
 * Check-ins as FHIR R4: each one a QuestionnaireResponse (every warning sign asked, and the
 * measures), an Observation of the triage its warning signs gave, and one Observation per score,
 * coded in LOINC where LOINC has the term (0-10 pain: 72514-3; PEG mean score: 91147-9, its items
 * 75893-8, 91145-3, 91146-1, panel 91148-7) and with Stride's own codes where it has none
 * (the PSFS and the walking test).
 */
import type {
  BundleEntry,
  CodeableConcept,
  Coding,
  Observation,
  ObservationComponent,
  Quantity,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import {
  isActivityList,
  isNumberList,
  isTimedWalk,
  type InstrumentReport,
  type Measures,
  type ScoreReport,
} from '../engine/measures.js';
import type { Instrument } from '../knowledge/instruments.js';
import type { Knowledge, TriageLevel } from '../knowledge/schema.js';
import { STRIDE_SYSTEM, SYSTEM } from './systems.js';

/** A check-in as the routes show it. */
export interface CheckinRecord {
  readonly id: string;
  readonly date: string;
  readonly createdAt: string;
  readonly warningSigns: Readonly<Record<string, boolean | null>>;
  readonly measures: Measures;
  readonly triage: {
    readonly level: TriageLevel;
    readonly reasons: readonly { readonly feature: string; readonly text: string }[];
    readonly advice: string;
    readonly unanswered: readonly string[];
  };
  readonly scores: Readonly<Record<string, InstrumentReport>>;
}

/** The questionnaire a check-in answers: Stride's own, like the interview's. */
export const CHECKIN_QUESTIONNAIRE = `${STRIDE_SYSTEM.questionnaire}-checkin`;

const loinc = (code: string, display?: string): Coding => ({
  system: SYSTEM.loinc,
  code,
  ...(display === undefined ? {} : { display }),
});
const local = (code: string, display: string): Coding => ({
  system: STRIDE_SYSTEM.observation,
  code,
  display,
});

/**
 * LOINC terms verified for these scores (docs/instruments.md): the 0-10 numeric pain rating, and
 * the PEG's mean score as the CDC opioid CDS guide and LOINC's PEG panel code it.
 */
const SCORE_CODES: Readonly<Record<string, readonly Coding[]>> = {
  nrs_back: [
    loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
    local('nrs-back', 'Back pain now (0-10)'),
  ],
  nrs_leg: [
    loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
    local('nrs-leg', 'Leg pain now (0-10)'),
  ],
  peg: [loinc('91147-9', 'Mean score [PEG]')],
  psfs: [local('psfs-mean', 'Patient-Specific Functional Scale mean score (0-10)')],
  walking_test: [local('walking-test-minutes', 'Self-paced walking test: minutes walked')],
  walking_test_distance: [local('walking-test-distance', 'Self-paced walking test: distance')],
};

/** Where the pain was rated, as text (a body-site code would need a SNOMED licence check). */
const BODY_SITE: Readonly<Record<string, string>> = {
  nrs_back: 'Lower back',
  nrs_leg: 'Leg',
};

/** LOINC codes of an instrument's items, in their order (the PEG panel 91148-7's items). */
const ITEM_CODES: Readonly<Record<string, readonly string[]>> = {
  peg: ['75893-8', '91145-3', '91146-1'],
};

const TRIAGE_DISPLAY: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Emergency: call the emergency number now',
  urgent: 'Urgent: be seen today or within 24 hours',
  soon: 'Soon: be seen within one to two weeks',
  self_care: 'Self-care',
};

const SUBJECT = { display: 'The person who checked in (anonymous)' };
const SURVEY: CodeableConcept[] = [
  { coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }] },
];

function quantityOf(report: ScoreReport): Quantity {
  switch (report.unit) {
    case 'minutes':
      return { value: report.score, unit: 'min', system: SYSTEM.ucum, code: 'min' };
    case 'meters':
      return { value: report.score, unit: 'm', system: SYSTEM.ucum, code: 'm' };
    case 'points':
      return { value: report.score, unit: '{score}', system: SYSTEM.ucum, code: '{score}' };
  }
}

/** The change since the first and the previous check-in, in words, for the record's notes. */
function changeNotes(report: ScoreReport): { text: string }[] {
  const notes: { text: string }[] = [];
  for (const [label, change] of [
    ['first', report.sinceFirst],
    ['previous', report.sincePrevious],
  ] as const) {
    if (change === null) {
      continue;
    }
    const judged =
      change.realChange === null
        ? 'no published meaningful change to judge it by'
        : change.realChange
          ? `a real change (meaningful change ${String(report.meaningfulChange?.amount ?? '')}; ${report.meaningfulChange?.sources.join(', ') ?? ''})`
          : `below the meaningful change of ${String(report.meaningfulChange?.amount ?? '')}`;
    notes.push({
      text: `Since the ${label} check-in (${change.fromDate}): ${change.difference > 0 ? '+' : ''}${String(change.difference)}, ${change.direction}; ${judged}.`,
    });
  }
  return notes;
}

function answerItems(instrument: Instrument, value: Measures[string]): QuestionnaireResponseItem[] {
  const scoring = instrument.scoring;
  if (scoring.kind === 'single_rating' && typeof value === 'number') {
    const text = instrument.items[0]?.text;
    return [
      {
        linkId: instrument.id,
        ...(text === undefined ? {} : { text }),
        answer: [{ valueInteger: value }],
      },
    ];
  }
  if (scoring.kind === 'mean_of_ratings' && isNumberList(value)) {
    return value.flatMap((rating, index) => {
      const item = instrument.items[index];
      if (item === undefined) {
        return [];
      }
      return [
        {
          linkId: `${instrument.id}.${item.id}`,
          text: item.text,
          answer: [{ valueInteger: rating }],
        },
      ];
    });
  }
  if (scoring.kind === 'mean_of_named_activities' && isActivityList(value)) {
    return value.map((entry, index) => ({
      linkId: `${instrument.id}.activity.${String(index + 1)}`,
      text: entry.activity,
      answer: [{ valueInteger: entry.score }],
    }));
  }
  if (scoring.kind === 'timed_walk' && isTimedWalk(value)) {
    const items: QuestionnaireResponseItem[] = [
      {
        linkId: `${instrument.id}.minutes`,
        text: 'Minutes walked',
        answer: [{ valueDecimal: value.minutes }],
      },
    ];
    if (value.minutesUntilSymptoms !== null) {
      items.push({
        linkId: `${instrument.id}.minutes_until_symptoms`,
        text: 'Minutes until symptoms',
        answer: [{ valueDecimal: value.minutesUntilSymptoms }],
      });
    }
    if (value.distanceKm !== undefined) {
      items.push({
        linkId: `${instrument.id}.distance_km`,
        text: 'Distance walked (km)',
        answer: [{ valueDecimal: value.distanceKm }],
      });
    }
    return items;
  }
  return [];
}

/** The check-in's answers: every warning sign answered (a "not sure" has no answer), then the measures. */
export function checkinResponseOf(
  checkin: CheckinRecord,
  knowledge: Knowledge,
  instruments: readonly Instrument[],
  id: string,
): QuestionnaireResponse {
  const signs: QuestionnaireResponseItem[] = knowledge.features
    .filter((feature) => checkin.warningSigns[feature.id] !== undefined)
    .map((feature) => {
      const value = checkin.warningSigns[feature.id];
      return {
        linkId: feature.id,
        text: feature.text,
        ...(typeof value === 'boolean' ? { answer: [{ valueBoolean: value }] } : {}),
      };
    });
  const measures: QuestionnaireResponseItem[] = instruments.flatMap((instrument) => {
    const value = checkin.measures[instrument.id];
    if (value === undefined) {
      return [];
    }
    return [{ linkId: instrument.id, text: instrument.name, item: answerItems(instrument, value) }];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    questionnaire: CHECKIN_QUESTIONNAIRE,
    status: 'completed',
    authored: checkin.createdAt,
    subject: SUBJECT,
    item: [
      { linkId: 'warning_signs', text: 'Since last time, is any of these new?', item: signs },
      ...(measures.length === 0 ? [] : [{ linkId: 'measures', text: 'Measures', item: measures }]),
    ],
  };
}

function scoreObservation(
  scoreId: string,
  report: ScoreReport,
  checkin: CheckinRecord,
  id: string,
  response: string,
  components: ObservationComponent[] = [],
): Observation {
  const coding = SCORE_CODES[scoreId] ?? [local(scoreId, scoreId)];
  const site = BODY_SITE[scoreId];
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: SURVEY,
    code: { coding: [...coding] },
    subject: SUBJECT,
    effectiveDateTime: checkin.date,
    valueQuantity: quantityOf(report),
    ...(site === undefined ? {} : { bodySite: { text: site } }),
    derivedFrom: [{ reference: response }],
    ...(components.length === 0 ? {} : { component: components }),
    ...(changeNotes(report).length === 0 ? {} : { note: changeNotes(report) }),
  };
}

/** The resources of one check-in, as collection Bundle entries; `newId` gives a UUID per entry. */
export function checkinEntries(
  checkin: CheckinRecord,
  knowledge: Knowledge,
  instruments: readonly Instrument[],
  newId: () => string,
): BundleEntry[] {
  const responseId = newId();
  const response = `urn:uuid:${responseId}`;
  const triageId = newId();
  const entries: BundleEntry[] = [
    { fullUrl: response, resource: checkinResponseOf(checkin, knowledge, instruments, responseId) },
    {
      fullUrl: `urn:uuid:${triageId}`,
      resource: {
        resourceType: 'Observation',
        id: triageId,
        status: 'final',
        category: SURVEY,
        code: {
          coding: [
            local('checkin-triage', 'How soon to be seen, from the warning signs at a check-in'),
          ],
        },
        subject: SUBJECT,
        effectiveDateTime: checkin.date,
        valueCodeableConcept: {
          coding: [
            {
              system: STRIDE_SYSTEM.triageLevel,
              code: checkin.triage.level,
              display: TRIAGE_DISPLAY[checkin.triage.level],
            },
          ],
          text: checkin.triage.advice,
        },
        derivedFrom: [{ reference: response }],
        ...(checkin.triage.reasons.length === 0
          ? {}
          : { note: checkin.triage.reasons.map((reason) => ({ text: reason.text })) }),
      },
    },
  ];
  for (const instrument of instruments) {
    const report = checkin.scores[instrument.id];
    if (report === undefined) {
      continue;
    }
    const { parts, ...primary } = report;
    const components: ObservationComponent[] = [];
    const value = checkin.measures[instrument.id];
    if (
      instrument.scoring.kind === 'mean_of_ratings' &&
      value !== undefined &&
      isNumberList(value)
    ) {
      value.forEach((rating, index) => {
        const itemCode = ITEM_CODES[instrument.id]?.[index];
        const item = instrument.items[index];
        if (item !== undefined) {
          components.push({
            code: {
              coding: [
                ...(itemCode === undefined ? [] : [loinc(itemCode)]),
                local(`${instrument.id}-${item.id}`, item.text),
              ],
              text: item.text,
            },
            valueQuantity: { value: rating, unit: '{score}', system: SYSTEM.ucum, code: '{score}' },
          });
        }
      });
    }
    if (
      instrument.scoring.kind === 'timed_walk' &&
      value !== undefined &&
      isTimedWalk(value) &&
      value.minutesUntilSymptoms !== null
    ) {
      components.push({
        code: { coding: [local('walking-test-minutes-until-symptoms', 'Minutes until symptoms')] },
        valueQuantity: {
          value: value.minutesUntilSymptoms,
          unit: 'min',
          system: SYSTEM.ucum,
          code: 'min',
        },
      });
    }
    const observationId = newId();
    const observation = scoreObservation(
      instrument.id,
      primary,
      checkin,
      observationId,
      response,
      components,
    );
    entries.push({
      fullUrl: `urn:uuid:${observationId}`,
      resource: observation,
    });
    for (const [partId, part] of Object.entries(parts ?? {})) {
      const partObservationId = newId();
      entries.push({
        fullUrl: `urn:uuid:${partObservationId}`,
        resource: scoreObservation(partId, part, checkin, partObservationId, response),
      });
    }
  }
  return entries;
}
