/**
 * JWT bearer tokens, checked with jose: HS256 with a shared secret, or the keys of a JWKS file.
 * Claims: `role` (admin, frontend, partner), `partner` (required for partner), `scopes` (a list,
 * or `scope` as a space-separated string). `exp` is required; `iss` and `aud` are checked when
 * configured.
 */
import { readFile } from 'node:fs/promises';
import {
  createLocalJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import { AuthenticationError } from './access-errors.ts';
import { isAccessRole, isScope, PARTNER_NAME, type Principal, type Scope } from './principal.ts';

export interface JwtOptions {
  /** HS256 shared secret. */
  secret?: string;
  /** A JSON Web Key Set, as the text of a JWKS file. */
  jwks?: string;
  issuer?: string;
  audience?: string;
}

export type JwtVerifier = (token: string) => Promise<Principal>;

/** Asymmetric algorithms accepted with a JWKS; HS256 alone with a shared secret. */
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** A verifier for the configured keys; undefined when none is configured. */
export function createJwtVerifier(options: JwtOptions): JwtVerifier | undefined {
  const checks: JWTVerifyOptions = {
    requiredClaims: ['exp'],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };

  if (options.jwks) {
    const keys = createLocalJWKSet(
      JSON.parse(options.jwks) as Parameters<typeof createLocalJWKSet>[0],
    );

    return (token) =>
      verified(() => jwtVerify(token, keys, { ...checks, algorithms: JWKS_ALGORITHMS }));
  }

  if (options.secret) {
    const key = new TextEncoder().encode(options.secret);

    return (token) => verified(() => jwtVerify(token, key, { ...checks, algorithms: ['HS256'] }));
  }

  return undefined;
}

/** Reads `JWT_SECRET`, `JWT_SECRET_FILE`, `JWT_JWKS_FILE`, `JWT_ISSUER` and `JWT_AUDIENCE`. */
export async function jwtOptionsFromEnv(env: NodeJS.ProcessEnv): Promise<JwtOptions> {
  const secret = env.JWT_SECRET_FILE
    ? (await readFile(env.JWT_SECRET_FILE, 'utf8')).trim()
    : env.JWT_SECRET;
  const jwks = env.JWT_JWKS_FILE ? await readFile(env.JWT_JWKS_FILE, 'utf8') : undefined;

  return {
    ...(secret ? { secret } : {}),
    ...(jwks ? { jwks } : {}),
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
  };
}

async function verified(verify: () => Promise<{ payload: JWTPayload }>): Promise<Principal> {
  let payload: JWTPayload;

  try {
    ({ payload } = await verify());
  } catch (error) {
    throw new AuthenticationError(
      `The bearer token was refused (${describeJoseError(error)}). Send a token signed with ` +
        'the configured key, unexpired, or an API key.',
      error,
    );
  }

  return principalOfClaims(payload);
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `claim ${error.claim}: ${error.reason}`;
  if (error instanceof joseErrors.JOSEError) return error.code;

  return 'it is not a JWT';
}

/** The principal a verified token names; its claims must make sense together. */
export function principalOfClaims(payload: JWTPayload): Principal {
  const { role, partner } = payload as { role?: unknown; partner?: unknown };
  const scopes = scopesOf(payload);

  if (!isAccessRole(role)) {
    throw new AuthenticationError(
      'The bearer token has no valid `role` claim: it must be admin, frontend or partner.',
    );
  }

  if (role === 'partner' && (typeof partner !== 'string' || !PARTNER_NAME.test(partner))) {
    throw new AuthenticationError(
      'A partner token needs a `partner` claim: the partner name its grants are recorded under.',
    );
  }

  return {
    role,
    partner: role === 'partner' ? (partner as string) : null,
    scopes,
    subject: `jwt:${payload.sub ?? (role === 'partner' ? partner : role)}`,
  };
}

function scopesOf(payload: JWTPayload): Scope[] {
  const claim = (payload as { scopes?: unknown; scope?: unknown }).scopes ?? payload.scope;
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(' ') : [];

  return values.filter(isScope);
}
