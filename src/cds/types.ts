/**
 * CDS Hooks 2.0 shapes that Stride serves, typed from the specification
 * (https://cds-hooks.hl7.org/2.0/). Only what this service uses; field comments quote the spec.
 */

/**
 * Card urgency, in order of increasing urgency.
 * See {@link https://cds-hooks.hl7.org/2.0/#card-attributes | Card attributes}: "Allowed values,
 * in order of increasing urgency, are: info, warning, critical." (Not Medplum's "hard-stop".)
 */
export type CdsIndicator = 'info' | 'warning' | 'critical';

export interface CdsCoding {
  readonly system?: string;
  readonly code: string;
  readonly display?: string;
}

/** See {@link https://cds-hooks.hl7.org/2.0/#source | Source}. */
export interface CdsSource {
  /** "A short, human-readable label to display for the source of the information." */
  readonly label: string;
  readonly url?: string;
  readonly icon?: string;
  readonly topic?: CdsCoding;
}

/** See {@link https://cds-hooks.hl7.org/2.0/#card-attributes | Card attributes}. */
export interface CdsCard {
  readonly uuid?: string;
  /** "One-sentence, <140-character summary message for display to the user inside of this card." */
  readonly summary: string;
  /** GitHub Flavored Markdown. */
  readonly detail?: string;
  readonly indicator: CdsIndicator;
  readonly source: CdsSource;
}

/** See {@link https://cds-hooks.hl7.org/2.0/#http-response | HTTP Response}. */
export interface CdsResponse {
  readonly cards: readonly CdsCard[];
}

/** See {@link https://cds-hooks.hl7.org/2.0/#response | Discovery response}. */
export interface CdsService {
  readonly hook: string;
  readonly title?: string;
  readonly description: string;
  readonly id: string;
  readonly prefetch?: Readonly<Record<string, string>>;
  readonly usageRequirements?: string;
}

export interface CdsDiscovery {
  readonly services: readonly CdsService[];
}
