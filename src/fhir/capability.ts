/**
 * The server's FHIR CapabilityStatement (GET /fhir/metadata): FHIR R4, JSON, the Stride
 * Questionnaire to read or search by url, and the $assess operation on QuestionnaireResponse.
 */
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { STRIDE_SYSTEM } from './systems.js';

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
