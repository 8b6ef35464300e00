/**
 * The walking diary as FHIR R4 Observations (category activity): one per walk, its duration as the
 * value and the rest (distance, minutes until symptoms, pain before and after, why it stopped,
 * what eased it, surface, poles) as components, gathered in a collection Bundle.
 */
import type {
  Bundle,
  CodeableConcept,
  Observation,
  ObservationComponent,
  Quantity,
} from '@medplum/fhirtypes';
import type { DiaryWalk } from '../engine/walk.js';
import { LOINC, STRIDE_SYSTEM, SYSTEM } from './systems.js';

/** A walk as CONTRACT section 6 describes it, with its id. */
export type WalkRecord = DiaryWalk;

const WALK_SYSTEM = STRIDE_SYSTEM.observation;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

function minutes(value: number): Quantity {
  return { value, unit: 'min', system: SYSTEM.ucum, code: 'min' };
}

function score(value: number): Quantity {
  return { value, unit: 'score (0-10)', system: SYSTEM.ucum, code: '{score}' };
}

/** Stride's own code, with the LOINC term beside it where one means the same thing. */
function code(
  codeValue: string,
  display: string,
  loinc?: { readonly code: string; readonly display: string },
): CodeableConcept {
  return {
    coding: [
      { system: WALK_SYSTEM, code: codeValue, display },
      ...(loinc === undefined ? [] : [{ system: SYSTEM.loinc, ...loinc }]),
    ],
    text: display,
  };
}

function choice(codeValue: string, system: string): CodeableConcept {
  return { coding: [{ system, code: codeValue }], text: codeValue.replace(/_/g, ' ') };
}

function componentsOf(walk: WalkRecord): ObservationComponent[] {
  const components: ObservationComponent[] = [];
  if (walk.distanceKm !== undefined) {
    components.push({
      code: code('walk-distance', 'Distance walked'),
      valueQuantity: { value: walk.distanceKm, unit: 'km', system: SYSTEM.ucum, code: 'km' },
    });
  }
  if (walk.minutesUntilSymptoms !== undefined) {
    components.push(
      walk.minutesUntilSymptoms === null
        ? {
            code: code('walk-minutes-until-symptoms', 'Minutes walked until symptoms'),
            valueCodeableConcept: { text: 'No symptoms on this walk' },
          }
        : {
            code: code('walk-minutes-until-symptoms', 'Minutes walked until symptoms'),
            valueQuantity: minutes(walk.minutesUntilSymptoms),
          },
    );
  }
  components.push(
    {
      code: code('pain-before', 'Pain before the walk (0-10)', LOINC.painSeverity),
      valueQuantity: score(walk.painBefore),
    },
    {
      code: code('pain-after', 'Pain after the walk (0-10)', LOINC.painSeverity),
      valueQuantity: score(walk.painAfter),
    },
    {
      code: code('walk-stopped-because', 'Why the walk stopped'),
      valueCodeableConcept: choice(walk.stoppedBecause, `${WALK_SYSTEM}:stopped-because`),
    },
  );
  if (walk.reliefBy !== undefined) {
    components.push({
      code: code('walk-relief-by', 'What eased the symptoms'),
      valueCodeableConcept: choice(walk.reliefBy, `${WALK_SYSTEM}:relief-by`),
    });
  }
  if (walk.surface !== undefined) {
    components.push({
      code: code('walk-surface', 'Surface walked on'),
      valueCodeableConcept: choice(walk.surface, `${WALK_SYSTEM}:surface`),
    });
  }
  if (walk.poles !== undefined) {
    components.push({ code: code('walk-poles', 'Walked with poles'), valueBoolean: walk.poles });
  }
  return components;
}

/** One walk as an Observation; `subject` is a `Patient/<id>` reference when the caller has one. */
export function walkObservation(walk: WalkRecord, subject?: string): Observation {
  return {
    resourceType: 'Observation',
    ...(FHIR_ID.test(walk.id) ? { id: walk.id } : {}),
    identifier: [{ system: `${WALK_SYSTEM}:walk`, value: walk.id }],
    status: 'final',
    category: [
      { coding: [{ system: SYSTEM.observationCategory, code: 'activity', display: 'Activity' }] },
    ],
    code: code('walk', 'Walk from the walking diary (minutes walked)', LOINC.exerciseDuration),
    ...(subject === undefined ? {} : { subject: { reference: subject } }),
    effectiveDateTime: walk.date,
    valueQuantity: minutes(walk.minutes),
    ...(walk.note === undefined || walk.note.trim() === '' ? {} : { note: [{ text: walk.note }] }),
    component: componentsOf(walk),
  };
}

/** The diary as a collection Bundle; `newId` gives a UUID for walks whose id is not one. */
export function walksBundle(
  walks: readonly WalkRecord[],
  options: { readonly subject?: string; readonly newId: () => string },
): Bundle {
  const entry = walks.map((walk) => ({
    fullUrl: `urn:uuid:${UUID.test(walk.id) ? walk.id.toLowerCase() : options.newId()}`,
    resource: walkObservation(walk, options.subject),
  }));
  // FHIR JSON has no empty arrays: an empty diary is a Bundle with no entry list.
  return { resourceType: 'Bundle', type: 'collection', ...(entry.length === 0 ? {} : { entry }) };
}
