/** Turns a failed request validation into the CONTRACT 400 body naming the field, including unknown keys. */
import type { ZodError } from 'zod';
import { ApiError, validationHook } from '../../errors.js';

/** Like the shared `validationHook`, but an unknown key gets its own name as the path. */
export function profileValidationHook(
  result: { success: true } | { success: false; error: ZodError },
): undefined {
  if (!result.success) {
    const issue = result.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      const key = [...issue.path.map(String), issue.keys[0] ?? ''].join('.');
      throw new ApiError('bad_request', {
        message: `${key}: is not a field this accepts`,
        path: key,
      });
    }
  }
  validationHook(result);
  return undefined;
}

const DAY_MS = 86_400_000;

/**
 * Refuses a diary date after the person's today. A person east of UTC may already be a day ahead
 * of the server's date, so one day's grace; no further.
 */
export function refuseFutureDate(date: string, now: Date): void {
  const latest = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  if (date > latest) {
    throw new ApiError('bad_request', { message: 'date: cannot be in the future', path: 'date' });
  }
}
