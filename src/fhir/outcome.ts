/**
 * Errors as FHIR OperationOutcome resources (the FHIR routes' error body), from a plain
 * description so that this module stays independent of the HTTP layer.
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

export type IssueCode = OperationOutcomeIssue['code'];

export interface OutcomeInput {
  readonly code: IssueCode;
  readonly message: string;
  /** FHIRPath expressions for the offending elements, e.g. an item by linkId. */
  readonly expression?: readonly string[];
  readonly severity?: OperationOutcomeIssue['severity'];
}

export function operationOutcome(input: OutcomeInput): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: input.severity ?? 'error',
        code: input.code,
        diagnostics: input.message,
        ...(input.expression === undefined || input.expression.length === 0
          ? {}
          : { expression: [...input.expression] }),
      },
    ],
  };
}

/** The FHIRPath of a QuestionnaireResponse item by linkId, at any depth. */
export function itemExpression(linkId: string): string {
  const quoted = linkId.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `QuestionnaireResponse.repeat(item).where(linkId = '${quoted}')`;
}
