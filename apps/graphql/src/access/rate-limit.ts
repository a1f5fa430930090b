/**
 * Requests per minute, per credential. The counts live in this process's memory
 * (rate-limiter-flexible's memory store): with several instances behind a load balancer each
 * counts on its own, and a shared store (its Redis or PostgreSQL ones) would be needed to
 * hold the limit across them.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitError } from './access-errors.ts';
import type { Principal } from './principal.ts';

export type RateLimiter = (principal: Principal) => Promise<void>;

/** Throws a `RateLimitError` for a principal past `perMinute` requests; 0 turns the limit off. */
export function createRateLimiter(perMinute: number): RateLimiter {
  if (perMinute <= 0) {
    return async () => {};
  }

  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });

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
