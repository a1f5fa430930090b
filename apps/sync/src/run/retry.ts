import { setTimeout as sleep } from 'node:timers/promises';
import {
  SourceAuthError,
  SourceCertificateError,
  SourceConfigError,
  SourceConnectionError,
  SourceError,
  SourceHostKeyError,
  SourceTimeoutError,
} from '../sources/index.ts';

/** How often a failed transfer is tried, and the wait before the first retry (then doubled). */
export interface RetryPolicy {
  readonly attempts: number;
  readonly delayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delayMs: 1_000 };

/**
 * A source error that another attempt may not meet: a dropped or stalled connection, a
 * transfer cut short. Wrong settings and refused credentials stay wrong, and are not retried.
 */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof SourceError &&
    !(error instanceof SourceConfigError) &&
    !(error instanceof SourceAuthError) &&
    !(error instanceof SourceHostKeyError) &&
    !(error instanceof SourceCertificateError)
  );
}

/** The source itself went away (as opposed to one file it could not give). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof SourceConnectionError || error instanceof SourceTimeoutError;
}

/**
 * Runs `work`, again after a failure that `isRetryable` accepts, waiting `delayMs`, then
 * twice as long each time; the last failure is thrown as it is.
 */
export async function withRetry<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (error: unknown, attempt: number, waitMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;

      const waitMs = policy.delayMs * 2 ** (attempt - 1);
      onRetry(error, attempt, waitMs);
      await sleep(waitMs);
    }
  }
}
