/**
 * Security headers for every response: a strict Content-Security-Policy (same-origin only, no
 * inline script, no framing), nosniff, no referrer, and no X-Powered-By.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    // APIs (FHIR, CDS Hooks) are read by other origins' servers and browsers; CORS decides that.
    crossOriginResourcePolicy: 'cross-origin',
    removePoweredBy: true,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}
