/**
 * Requests per minute, per credential. The counts live in the database (rate-limiter-flexible's
 * drizzle store, table `rate_limits`), so that every instance of the server behind a load
 * balancer draws on the same count: one atomic upsert per request, on the primary.
 */
import { type Database, primaryOf, rateLimits } from '@vnodrop/db';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from './access-errors.ts';
import type { Principal } from './principal.ts';

export type RateLimiter = (principal: Principal) => Promise<void>;

/** Throws a `RateLimitError` for a principal past `perMinute` requests; 0 turns the limit off. */
export function createRateLimiter(db: Database, perMinute: number): RateLimiter {
  if (perMinute <= 0) {
    return async () => {};
  }

  const limiter = new RateLimiterDrizzle({
    storeClient: primaryOf(db),
    schema: rateLimits,
    keyPrefix: 'graphql',
    points: perMinute,
    duration: 60,
    // One row per caller, started over in place once its minute is past: nothing to sweep.
    clearExpiredByTimeout: false,
  });

  return async (principal) => {
    try {
      await limiter.consume(principal.subject);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitError(perMinute, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }

      throw rejection;
    }
  };
}
