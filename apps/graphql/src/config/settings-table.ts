/**
 * Every setting of the GraphQL server, once: its name (an environment variable, and the same
 * key in a configuration file), what it means, its default, and the zod schema that checks
 * it. `--help`, the loader and the README's table (a test compares them) all read this table.
 */
import { z } from 'zod';
import { DEFAULT_ACCESS, DEFAULT_LIMITS } from '../access/settings.ts';

/** A value as read: text from the environment, or any JSON value from a file. */
type Raw = unknown;

function custom(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

function text(value: Raw): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

/** A whole number within `min`..`max`, given as a number or as digits. */
function integer(min: number, max: number, what?: string) {
  const expected =
    what ??
    (max === Number.MAX_SAFE_INTEGER
      ? `a whole number, ${min} or more`
      : `an integer between ${min} and ${max}`);

  return z.custom<Raw>().transform((value, ctx) => {
    const digits = text(value);

    if (digits === undefined || !/^\d+$/.test(digits)) return custom(ctx, `expected ${expected}`);

    const number = Number(digits);

    return number < min || number > max ? custom(ctx, `expected ${expected}`) : number;
  });
}

/** A count: 0 or more. */
const count = () => integer(0, Number.MAX_SAFE_INTEGER, 'a whole number (0 or more)');

/** One of `values`, with `hint` saying what each means. */
function oneOf<const T extends readonly string[]>(values: T, hint?: string) {
  const list = values.map((value) => `"${value}"`).join(', ');

  return z.custom<Raw>().transform((value, ctx) => {
    const word = text(value);

    return word !== undefined && (values as readonly string[]).includes(word)
      ? (word as T[number])
      : custom(ctx, `expected one of ${list}${hint ? ` (${hint})` : ''}`);
  });
}

/** Non-empty text. */
function string(what = 'a non-empty text') {
  return z.custom<Raw>().transform((value, ctx) => {
    const word = text(value);

    return word ? word : custom(ctx, `expected ${what}`);
  });
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** What a stale feed does to `/readiness`. */
export const FEED_READINESS = ['fail', 'warn', 'off'] as const;

export interface SettingSpec {
  schema: z.ZodType<unknown, Raw>;
  /** The default as the README and `--help` show it; none when unset means "not used". */
  fallback?: string;
  help: string;
  /** The value is a secret: never printed, never logged. */
  secret?: boolean;
}

function spec<T>(
  schema: z.ZodType<T, Raw>,
  help: string,
  fallback?: string,
  secret = false,
): SettingSpec & { schema: z.ZodType<T, Raw> } {
  return { schema, help, ...(fallback === undefined ? {} : { fallback }), secret };
}

const limits = DEFAULT_LIMITS;

/** The settings, in the order `--help` and the README list them. */
export const SETTINGS = {
  DATABASE_URL: spec(
    string('a postgres:// URL or pglite:<directory>'),
    'the database: `postgres://user@host:5432/db`, or `pglite:<dir>` for the embedded one; ' +
      'migrated on start',
    'pglite:<repo>/.data/pglite',
  ),
  DATABASE_READ_URLS: spec(
    string('postgres:// URLs separated by commas'),
    'streaming replicas of DATABASE_URL, comma separated: requests read from them; migrations ' +
      'and rate-limit counts go to DATABASE_URL (PostgreSQL only)',
    undefined,
    true,
  ),
  PORT: spec(integer(1, 65535), 'the port the server listens on', '4000'),
  HOST: spec(string('a host name or address'), 'the address it listens on', '127.0.0.1'),
  LOG_LEVEL: spec(
    oneOf(LOG_LEVELS),
    'trace, debug, info, warn, error, fatal or silent; JSON lines on standard error, one per ' +
      'request with its request id',
    'info (silent under a test runner)',
  ),
  AUTH_MODE: spec(
    oneOf(
      ['required', 'open'] as const,
      '"required" is the default; "open" is for local development',
    ),
    '`required`: every request needs an API key or a JWT; `open`: none needed, reads as ' +
      '`frontend` (local development only, logged as a warning)',
    DEFAULT_ACCESS.mode,
  ),
  JWT_SECRET: spec(string(), 'the HS256 secret of bearer tokens', undefined, true),
  JWT_SECRET_FILE: spec(string('a file path'), 'or a file holding it'),
  JWT_JWKS_FILE: spec(
    string('a file path'),
    'or a JSON Web Key Set whose keys sign the tokens (RS256, PS256, ES256, ES384, EdDSA)',
  ),
  JWT_ISSUER: spec(string(), "checked against a token's `iss` when set"),
  JWT_AUDIENCE: spec(string(), "checked against a token's `aud` when set"),
  RATE_LIMIT_PER_MINUTE: spec(
    count(),
    'requests per minute per key or token, counted in the database for all instances; `0` ' +
      'turns it off',
    String(DEFAULT_ACCESS.rateLimitPerMinute),
  ),
  GRAPHQL_MAX_DEPTH: spec(count(), 'the deepest selection', String(limits.maxDepth)),
  GRAPHQL_MAX_ALIASES: spec(count(), 'aliases in one document', String(limits.maxAliases)),
  GRAPHQL_MAX_COST: spec(
    count(),
    'cost of one operation of an admin or frontend caller (a connection multiplies what it ' +
      'selects by its page size)',
    String(limits.maxCost),
  ),
  GRAPHQL_PARTNER_MAX_COST: spec(
    count(),
    'cost of one operation of a partner',
    String(limits.partnerMaxCost),
  ),
  GRAPHQL_MAX_BATCH: spec(count(), 'operations in one batched request', String(limits.maxBatch)),
  GRAPHQL_MAX_BODY_BYTES: spec(count(), 'bytes of a request body', String(limits.maxBodyBytes)),
  STATEMENT_TIMEOUT_MS: spec(
    count(),
    'longest a SQL statement of a request may run, in milliseconds (PostgreSQL); `0` for none',
    String(limits.statementTimeoutMs),
  ),
  READINESS_FEEDS: spec(
    oneOf(FEED_READINESS),
    'what a feed of the drop that stopped coming does to `/readiness`: `fail` answers 503, ' +
      '`warn` reports it and stays 200, `off` does not check the feeds',
    'fail',
  ),
  METRICS_TOKEN: spec(
    string(),
    'when set, `/metrics` answers only `Authorization: Bearer <token>`',
    undefined,
    true,
  ),
  VNODROP_CONFIG: spec(
    string('a file path'),
    'a JSON file of these settings (`{"PORT": 4000}`); the environment wins over it; ' +
      'also `--config <file>`',
  ),
} satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** The checked value of each setting; undefined where unset (the caller applies the default). */
export type SettingValues = {
  [K in SettingName]?: z.output<(typeof SETTINGS)[K]['schema']>;
};

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(SETTINGS, name);
}
