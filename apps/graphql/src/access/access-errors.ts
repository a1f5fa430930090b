/**
 * Refusals of a request as a whole, before any of it runs: no credential or a bad one (401),
 * too many requests (429). They reach the client as written, with their HTTP status.
 */
import { GraphQLError } from 'graphql';

export class AccessError extends GraphQLError {
  readonly status: number;

  constructor(
    message: string,
    code: string,
    status: number,
    headers: Record<string, string> = {},
    cause?: unknown,
  ) {
    super(message, { extensions: { code, http: { status, headers } } });
    this.name = 'AccessError';
    this.status = status;

    if (cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
    }
  }
}

/** No credential, or one that does not check out. */
export class AuthenticationError extends AccessError {
  constructor(message: string, cause?: unknown) {
    super(message, 'UNAUTHENTICATED', 401, { 'WWW-Authenticate': 'Bearer realm="vnodrop"' }, cause);
    this.name = 'AuthenticationError';
  }
}

/** More requests in the last minute than a credential may send. */
export class RateLimitError extends AccessError {
  readonly retryAfterSeconds: number;

  constructor(limit: number, retryAfterSeconds: number) {
    super(
      `Too many requests: this credential may send ${limit} per minute. ` +
        `Retry in ${retryAfterSeconds} s.`,
      'RATE_LIMITED',
      429,
      { 'Retry-After': String(retryAfterSeconds) },
    );
    this.name = 'RateLimitError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
