/**
 * The code systems and canonical URLs Stride's FHIR resources use: standard ones where they exist,
 * and location-independent `urn:` identifiers for Stride's own codes (a self-hosted server has no
 * fixed domain to mint `http` canonicals under).
 */

/** Stride's own code systems. */
export const STRIDE_SYSTEM = {
  questionnaire: 'urn:stride:fhir:Questionnaire:stride',
  choice: 'urn:stride:fhir:CodeSystem:answer',
  cause: 'urn:stride:fhir:CodeSystem:cause',
  triageLevel: 'urn:stride:fhir:CodeSystem:triage-level',
  observation: 'urn:stride:fhir:CodeSystem:observation',
  method: 'urn:stride:fhir:CodeSystem:method',
} as const;

/** Standard terminologies. */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
} as const;

/** Core FHIR extensions for questionnaire items. */
export const EXTENSION = {
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  /** A text in another language: sub-extensions lang (code) and content (string). */
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
} as const;

/** Structured Data Capture (SDC) 3.0.0, the adaptive-forms parts Stride implements. */
export const SDC = {
  /** Marks a Questionnaire as adaptive: filled by calling $next-question. */
  adaptiveExtension:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive',
  /** The Questionnaire contained in an adaptive QuestionnaireResponse. */
  adaptiveQuestionnaireProfile:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-adapt',
  /** A QuestionnaireResponse whose contained Questionnaire holds the items asked so far. */
  adaptiveResponseProfile:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse-adapt',
  /** The $next-question operation on Questionnaire (type level). */
  nextQuestionOperation:
    'http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question',
} as const;

/**
 * The LOINC terms Stride uses, each only where the LOINC term means the same thing, and each
 * checked against a published use (never invented; LOINC's own page is https://loinc.org/<code>):
 * - 30525-0 Age: HL7 v2 `OBX|..|30525-0^Age^LN`, CDC ReportStream's `patient_age`.
 * - 46098-0 Sex: HL7 C-CDA schematron CONF:5566-31148 ("@code="46098-0" Sex").
 * - 72514-3 Pain severity 0-10: HL7 Belgium patient-monitoring IG, ValueSet pain-scale
 *   ("See https://loinc.org/72514-3"); also the French ANS pain-severity profile.
 * - 55411-3 Exercise duration: OMOP vocabulary concept 40758540 ("Exercise duration", LOINC
 *   55411-3), as HealthKit-to-FHIR mappings use it for workout minutes.
 * Walk distance, the minutes until symptoms, and the triage have no LOINC term found to mean
 * the same; they keep Stride's own codes only.
 */
export const LOINC = {
  age: { code: '30525-0', display: 'Age' },
  sex: { code: '46098-0', display: 'Sex' },
  painSeverity: {
    code: '72514-3',
    display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
  },
  exerciseDuration: { code: '55411-3', display: 'Exercise duration' },
} as const;

/**
 * LOINC codes for the features that have a standard question code. Only where the LOINC term
 * means the same thing as the feature; the rest stay uncoded (their linkId is their identity).
 */
export const LOINC_BY_FEATURE: Readonly<Record<string, { code: string; display: string }>> = {
  age: LOINC.age,
  sex: LOINC.sex,
  pain_nrs: LOINC.painSeverity,
};

/** UCUM units for the knowledge base's unit words; anything else is shown as text only. */
export const UCUM_BY_UNIT: Readonly<Record<string, { code: string; display: string }>> = {
  years: { code: 'a', display: 'years' },
  weeks: { code: 'wk', display: 'weeks' },
  minutes: { code: 'min', display: 'minutes' },
  // A 0-10 rating is a dimensionless score: UCUM's annotation {score}.
  '0-10': { code: '{score}', display: 'score (0-10)' },
};

/** The code system of one choice question's answers: its codes are that feature's option values. */
export function answerSystemOf(featureId: string): string {
  return `${STRIDE_SYSTEM.choice}:${featureId}`;
}
