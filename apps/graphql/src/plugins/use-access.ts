/**
 * Admits a request before its body is read: authenticates its credential, counts it against
 * the credential's rate limit, and remembers the principal for the context. A refusal is a
 * 401 or 429 with a message saying what to do.
 */
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../access/authenticate.ts';
import type { Principal } from '../access/principal.ts';
import type { RateLimiter } from '../access/rate-limit.ts';

/** The principal of each request being served. */
export type Principals = WeakMap<Request, Principal>;

export interface AccessPluginOptions {
  authenticate: Authenticator;
  rateLimit: RateLimiter;
  principals: Principals;
}

export function useAccess({ authenticate, rateLimit, principals }: AccessPluginOptions): Plugin {
  return {
    async onRequestParse({ request }) {
      const principal = await authenticate(request);

      await rateLimit(principal);
      principals.set(request, principal);
    },
  };
}
