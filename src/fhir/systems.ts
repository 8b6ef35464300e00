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
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
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
 * LOINC codes for the features that have a standard question code. Only where the LOINC term
 * means the same thing as the feature; the rest stay uncoded (their linkId is their identity).
 */
export const LOINC_BY_FEATURE: Readonly<Record<string, { code: string; display: string }>> = {
  age: { code: '30525-0', display: 'Age' },
  sex: { code: '46098-0', display: 'Sex' },
  pain_nrs: {
    code: '72514-3',
    display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
  },
};

/** UCUM units for the knowledge base's unit words; anything else is shown as text only. */
export const UCUM_BY_UNIT: Readonly<Record<string, { code: string; display: string }>> = {
  years: { code: 'a', display: 'years' },
  weeks: { code: 'wk', display: 'weeks' },
  minutes: { code: 'min', display: 'minutes' },
};
