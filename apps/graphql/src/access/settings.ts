/**
 * How the server admits and limits callers, read from the environment by `main.ts` and the
 * defaults every other entry point gets. See the README's configuration table.
 */
import type { AuthMode } from './authenticate.ts';
import { jwtOptionsFromEnv, type JwtOptions } from './jwt.ts';

export interface Limits {
  /** Deepest selection. */
  maxDepth: number;
  /** Aliases in one document. */
  maxAliases: number;
  /** Cost (see `complexity.ts`) of one operation of an admin or frontend caller. */
  maxCost: number;
  /** Cost of one operation of a partner. */
  partnerMaxCost: number;
  /** Operations in one batched request. */
  maxBatch: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Longest a SQL statement of a request may run (PostgreSQL); 0 for no limit. */
  statementTimeoutMs: number;
}

export interface AccessSettings {
  mode: AuthMode;
  jwt: JwtOptions;
  /** Requests per minute per credential; 0 for no limit. */
  rateLimitPerMinute: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5_000_000,
  partnerMaxCost: 250_000,
  maxBatch: 10,
  maxBodyBytes: 100_000,
  statementTimeoutMs: 15_000,
};

export const DEFAULT_ACCESS: AccessSettings = {
  mode: 'required',
  jwt: {},
  rateLimitPerMinute: 600,
  limits: DEFAULT_LIMITS,
};

export class SettingsError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'SettingsError';
  }
}

function count(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const text = env[variable];

  if (text === undefined || text === '') {
    return fallback;
  }

  if (!/^\d+$/.test(text.trim())) {
    throw new SettingsError(variable, `expected a whole number, got "${text}".`);
  }

  return Number(text);
}

export async function accessSettingsFromEnv(env: NodeJS.ProcessEnv): Promise<AccessSettings> {
  const mode = env.AUTH_MODE || 'required';

  if (mode !== 'required' && mode !== 'open') {
    throw new SettingsError(
      'AUTH_MODE',
      `expected "required" (the default) or "open" (local development), got "${mode}".`,
    );
  }

  const defaults = DEFAULT_LIMITS;

  return {
    mode,
    jwt: await jwtOptionsFromEnv(env),
    rateLimitPerMinute: count(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_ACCESS.rateLimitPerMinute),
    limits: {
      maxDepth: count(env, 'GRAPHQL_MAX_DEPTH', defaults.maxDepth),
      maxAliases: count(env, 'GRAPHQL_MAX_ALIASES', defaults.maxAliases),
      maxCost: count(env, 'GRAPHQL_MAX_COST', defaults.maxCost),
      partnerMaxCost: count(env, 'GRAPHQL_PARTNER_MAX_COST', defaults.partnerMaxCost),
      maxBatch: count(env, 'GRAPHQL_MAX_BATCH', defaults.maxBatch),
      maxBodyBytes: count(env, 'GRAPHQL_MAX_BODY_BYTES', defaults.maxBodyBytes),
      statementTimeoutMs: count(env, 'STATEMENT_TIMEOUT_MS', defaults.statementTimeoutMs),
    },
  };
}
