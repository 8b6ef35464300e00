/**
 * Content negotiation for the FHIR routes: they serve FHIR JSON only, so a request whose `_format`
 * or `Accept` admits no JSON gets 406 instead of JSON it did not ask for (FHIR R4 http.html#mime:
 * `_format` overrides `Accept`). JSON, fhir+json and wildcards are served.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

/** The `_format` values FHIR defines for JSON, and the media types served. */
const JSON_FORMATS: ReadonlySet<string> = new Set([
  'json',
  'application/json',
  'application/fhir+json',
]);

/** The media type without its parameters, lower case ("application/fhir+json; fhirVersion=4.0"). */
function mediaTypeOf(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** True when one `Accept` media range (with its q) admits FHIR JSON. */
function rangeAdmitsJson(range: string): boolean {
  const [type = '', ...parameters] = range.split(';');
  const quality = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('q='));
  if (quality !== undefined && !(Number(quality.slice(2)) > 0)) {
    return false;
  }
  const media = type.trim().toLowerCase();
  return media === '*/*' || media === 'application/*' || JSON_FORMATS.has(media);
}

/** True when the `Accept` header (absent means anything) admits FHIR JSON. */
export function acceptsFhirJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') {
    return true;
  }
  return accept.split(',').some(rangeAdmitsJson);
}

/** True when a `_format` value asks for JSON. */
export function isJsonFormat(format: string): boolean {
  return JSON_FORMATS.has(mediaTypeOf(format));
}

export function fhirFormat(): MiddlewareHandler {
  return async (c, next) => {
    const formats = c.req.queries('_format') ?? [];
    const served =
      formats.length > 0 ? formats.every(isJsonFormat) : acceptsFhirJson(c.req.header('accept'));
    if (!served) {
      throw new ApiError('not_acceptable', {
        message:
          formats.length > 0
            ? '_format: only json (application/fhir+json) is served'
            : 'Accept: only application/fhir+json or application/json is served',
        path: formats.length > 0 ? '_format' : 'Accept',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Accept');
  };
}
