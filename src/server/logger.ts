/**
 * The server's pino logger: JSON lines, with anything that could carry answers, tokens or bodies
 * redacted, so a log never holds what a person answered or a secret that opens their data.
 */
import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * Paths pino censors wherever a log call puts them. The request logger never logs bodies, headers
 * or URLs with ids; this is the second line of defence for a careless `logger.info(object)`.
 */
export const REDACT_PATHS: readonly string[] = [
  'body',
  '*.body',
  'answers',
  '*.answers',
  'result',
  '*.result',
  'token',
  '*.token',
  'authorization',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'url',
  '*.url',
];

export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; stdout by default. Tests pass a stream to read the lines back. */
  readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const config = {
    level: options.level ?? 'info',
    base: { service: 'stride' },
    redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
  };
  return options.destination === undefined ? pino(config) : pino(config, options.destination);
}
