import type { Logger } from '@vnodrop/log';
import {
  openSource,
  type Source,
  type SourceCredentials,
  type SourceOptions,
} from '../sources/index.ts';
import { describeError } from './describe-error.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.ts';

/**
 * Opens the source a URL names, trying again after a connection that dropped or stalled on
 * the way; refused credentials, an unknown host key or a bad URL fail at once.
 */
export function connectSource(
  url: string,
  credentials: SourceCredentials,
  options: SourceOptions & { retry?: RetryPolicy; logger?: Logger } = {},
): Promise<Source> {
  return withRetry(
    () => openSource(url, credentials, options),
    options.retry ?? DEFAULT_RETRY,
    (error, attempt, waitMs) =>
      options.logger?.warn(
        { attempt, waitMs, error: describeError(error) },
        'cannot reach the source; trying again',
      ),
  );
}
