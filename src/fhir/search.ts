/**
 * FHIR search results as searchset Bundles: the matches with `search.mode` match and the total.
 * No entry list at all when nothing matched (FHIR JSON has no empty arrays).
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';

export function searchset(matches: readonly Resource[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    ...(matches.length === 0
      ? {}
      : {
          entry: matches.map((resource) => ({
            resource,
            search: { mode: 'match' as const },
          })),
        }),
  };
}

/**
 * True when a `url` search value names this canonical: the canonical itself, or with the given
 * version (`canonical|version`), as a canonical reference may carry one.
 */
export function matchesCanonical(value: string, url: string, version: string): boolean {
  return value === url || value === `${url}|${version}`;
}
