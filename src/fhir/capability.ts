/**
 * The server's FHIR CapabilityStatement (GET /fhir/metadata): FHIR R4, JSON, the Stride
 * Questionnaire to read or search by url, SDC $next-question on Questionnaire to run it
 * adaptively, and the $assess operation on QuestionnaireResponse.
 */
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { SDC, STRIDE_SYSTEM } from './systems.js';

export const ASSESS_OPERATION = 'urn:stride:fhir:OperationDefinition:assess';

export function capabilityStatement(version: string, date: Date): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: date.toISOString(),
    kind: 'instance',
    software: { name: 'Stride', version },
    implementation: {
      description: 'Stride: self-assessment for lower back pain when walking (not a diagnosis)',
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    instantiates: [STRIDE_SYSTEM.questionnaire],
    rest: [
      {
        mode: 'server',
        documentation: 'No authentication; nothing is stored by these routes.',
        resource: [
          {
            type: 'Questionnaire',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [
              {
                name: 'url',
                definition: 'http://hl7.org/fhir/SearchParameter/Questionnaire-url',
                type: 'uri',
                documentation: "Stride's canonical, optionally with |version",
              },
            ],
            operation: [
              {
                // SDC 3.0.0 defines the operation; its canonical OperationDefinition is the one.
                name: 'next-question',
                definition: SDC.nextQuestionOperation,
                documentation:
                  'SDC 3.0.0 adaptive forms: POST a QuestionnaireResponse whose contained ' +
                  'Questionnaire holds the items asked so far; returns it with the next ' +
                  'question appended, or with status completed when the interview is done.',
              },
            ],
          },
          {
            type: 'QuestionnaireResponse',
            operation: [
              {
                name: 'assess',
                definition: ASSESS_OPERATION,
                documentation:
                  'POST a QuestionnaireResponse; returns a Bundle with a RiskAssessment and the triage.',
              },
            ],
          },
        ],
      },
    ],
  };
}
