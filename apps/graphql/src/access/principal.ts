/**
 * Who is calling: every request resolves to a principal, whatever its credential. The role
 * decides which documents it may send and which customers it reads; scopes add what no role
 * gives by default (the PIN and PUK codes of SIM cards).
 */
import { ACCESS_ROLES, type AccessRole, type ReadScope } from '@vnodrop/db';

export { ACCESS_ROLES, type AccessRole };

/** Scopes a credential may hold. */
export const SCOPES = ['sim:secrets'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  /** `admin` and `frontend` read every customer and may send any document; `partner` may not. */
  readonly role: AccessRole;
  /** The partner a `partner` reads for; null for the other roles. */
  readonly partner: string | null;
  readonly scopes: readonly Scope[];
  /** Who, for logs and rate limits: `key:<id>`, `jwt:<subject>` or `open`. Never a secret. */
  readonly subject: string;
}

/** A partner name: lower case letters, digits, `-` and `_`, as it appears in grants and keys. */
export const PARTNER_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === 'string' && (ACCESS_ROLES as readonly string[]).includes(value);
}

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes(scope);
}

/** What the database lets the principal's requests see (see `withReadScope`). */
export function readScopeOf(principal: Principal, statementTimeoutMs: number): ReadScope {
  return {
    customers: principal.role === 'partner' ? { partner: principal.partner ?? '' } : 'all',
    simSecrets: hasScope(principal, 'sim:secrets'),
    statementTimeoutMs,
  };
}

/** The caller of a server started with `AUTH_MODE=open` that sent no credential. */
export const OPEN_PRINCIPAL: Principal = {
  role: 'frontend',
  partner: null,
  scopes: [],
  subject: 'open',
};
