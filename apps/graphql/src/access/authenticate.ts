/**
 * Turns a request's credential into a principal: an API key (`vnd_…`) or a JWT, sent as
 * `Authorization: Bearer <credential>` or `X-Api-Key: <key>`. No credential is a 401, unless
 * the server runs with `AUTH_MODE=open`, where it reads as the `frontend` role.
 */
import type { Database } from '@vnodrop/db';
import { AuthenticationError } from './access-errors.ts';
import { apiKeyId, findActiveApiKey, looksLikeApiKey, matchesHash } from './api-keys.ts';
import type { JwtVerifier } from './jwt.ts';
import { isScope, OPEN_PRINCIPAL, type Principal } from './principal.ts';

export type AuthMode = 'required' | 'open';

export interface AuthenticatorOptions {
  mode: AuthMode;
  jwt?: JwtVerifier | undefined;
}

export type Authenticator = (request: Request) => Promise<Principal>;

/** The credential of a request, if it sent one. */
export function credentialOf(request: Request): string | null {
  const authorization = request.headers.get('authorization');

  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);

    if (!match) {
      throw new AuthenticationError(
        'The Authorization header must read `Bearer <API key or JWT>`.',
      );
    }

    return match[1]!;
  }

  return request.headers.get('x-api-key')?.trim() || null;
}

export function createAuthenticator(db: Database, options: AuthenticatorOptions): Authenticator {
  return async (request) => {
    const credential = credentialOf(request);

    if (!credential) {
      if (options.mode === 'open') {
        return OPEN_PRINCIPAL;
      }

      throw new AuthenticationError(
        'This API needs a credential: send `Authorization: Bearer <API key or JWT>`. An ' +
          'operator creates keys with `pnpm --filter @vnodrop/graphql keys create`.',
      );
    }

    if (looksLikeApiKey(credential)) {
      return principalOfApiKey(db, credential);
    }

    if (!options.jwt) {
      throw new AuthenticationError(
        'The credential is not an API key (`vnd_…`), and this server accepts no JWT: it has ' +
          'neither JWT_SECRET nor JWT_JWKS_FILE.',
      );
    }

    return options.jwt(credential);
  };
}

async function principalOfApiKey(db: Database, key: string): Promise<Principal> {
  const id = apiKeyId(key);
  const row = id ? await findActiveApiKey(db, id) : undefined;

  if (!row || !matchesHash(key, row.keyHash)) {
    throw new AuthenticationError(
      'The API key is unknown or revoked. Check that it was copied whole, or ask for a new one.',
    );
  }

  return {
    role: row.role,
    partner: row.partner,
    scopes: row.scopes.filter(isScope),
    subject: `key:${row.id}`,
  };
}
