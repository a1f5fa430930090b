/**
 * The server's configuration, from one place: the environment and, optionally, a JSON file of
 * the same settings (`--config <file>` or VNODROP_CONFIG; the environment wins over the file).
 * Everything is checked before the server starts, and every bad setting is named at once.
 */
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import type { LogLevel } from '@vnodrop/log';
import { jwtOptionsFromEnv } from '../access/jwt.ts';
import {
  DEFAULT_ACCESS,
  DEFAULT_LIMITS,
  SettingsError,
  type AccessSettings,
  type SettingProblem,
} from '../access/settings.ts';
import { DEFAULT_DATABASE_URL, splitDatabaseUrls } from '../database-url.ts';
import {
  FEED_READINESS,
  isSettingName,
  SETTING_NAMES,
  SETTINGS,
  type SettingName,
  type SettingValues,
} from './settings-table.ts';

export interface ServerConfig {
  databaseUrl: string;
  /** Streaming replicas the requests read from; empty: they read from `databaseUrl`. */
  readUrls: string[];
  port: number;
  host: string;
  /** Unset: the logger's own default (`info`, silent under a test runner). */
  logLevel: LogLevel | undefined;
  access: AccessSettings;
  readiness: { feeds: (typeof FEED_READINESS)[number] };
  /** When set, `/metrics` wants it as a bearer token. */
  metricsToken: string | undefined;
  /** The configuration file read, if any. */
  file: string | undefined;
}

export interface LoadConfigOptions {
  env: NodeJS.ProcessEnv;
  /** `--config <file>`; VNODROP_CONFIG otherwise. */
  file?: string | undefined;
}

/** Keys a configuration file may hold besides the settings. */
const FILE_EXTRAS = new Set(['$schema', '$comment']);

interface RawSetting {
  value: unknown;
  /** Where it was read: `the environment`, or the file's path. */
  origin: string | null;
}

/** Reads, checks and returns the whole configuration, or throws a `SettingsError`. */
export async function loadServerConfig(options: LoadConfigOptions): Promise<ServerConfig> {
  const file = options.file ?? nonEmpty(options.env.VNODROP_CONFIG);
  const raw = new Map<SettingName, RawSetting>();
  const problems: SettingProblem[] = [];

  if (file) {
    for (const [name, value] of Object.entries(await readConfigFile(file, options.file))) {
      if (FILE_EXTRAS.has(name)) continue;

      if (!isSettingName(name) || name === 'VNODROP_CONFIG') {
        problems.push({
          setting: name,
          message: `not a setting (in ${file}); the settings are ${SETTING_NAMES.filter(
            (known) => known !== 'VNODROP_CONFIG',
          ).join(', ')}`,
        });
        continue;
      }

      raw.set(name, { value, origin: file });
    }
  }

  for (const name of SETTING_NAMES) {
    const value = nonEmpty(options.env[name]);

    if (value !== undefined) raw.set(name, { value, origin: null });
  }

  const values = checkSettings(raw, problems);
  problems.push(...(await unreadableFiles(values)));

  if (problems.length > 0) {
    throw new SettingsError(problems);
  }

  return assemble(values, file);
}

/** Each setting through its schema; a failure becomes a problem that quotes the value. */
function checkSettings(raw: Map<SettingName, RawSetting>, problems: SettingProblem[]) {
  const values: Record<string, unknown> = {};

  for (const [name, { value, origin }] of raw) {
    const spec = SETTINGS[name];
    const result = spec.schema.safeParse(value);

    if (result.success) {
      values[name] = result.data;
      continue;
    }

    const shown = spec.secret ? 'a value (not shown: it is a secret)' : JSON.stringify(value);
    const where = origin ? ` (in ${origin})` : '';

    problems.push({
      setting: name,
      message: `${result.error.issues[0]?.message ?? 'not valid'}, got ${shown}${where}`,
    });
  }

  return values as SettingValues;
}

async function readConfigFile(file: string, fromFlag: string | undefined) {
  const setting = fromFlag ? '--config' : 'VNODROP_CONFIG';
  let text: string;

  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SettingsError({
      setting,
      message: `cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? error})`,
    });
  }

  let parsed: unknown;

  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SettingsError({
      setting,
      message: `"${file}" is not JSON (${(error as Error).message})`,
    });
  }

  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SettingsError({
      setting,
      message: `"${file}" must hold one JSON object of settings, such as {"PORT": 4000}`,
    });
  }

  return parsed as Record<string, unknown>;
}

/** The files the settings name must be readable, and a key set must be one. */
async function unreadableFiles(values: SettingValues): Promise<SettingProblem[]> {
  const files = (['JWT_SECRET_FILE', 'JWT_JWKS_FILE'] as const).filter((name) => values[name]);
  const problems = await Promise.all(
    files.map(async (name): Promise<SettingProblem | null> => {
      const path = values[name]!;

      try {
        await access(path, constants.R_OK);
      } catch (error) {
        return {
          setting: name,
          message: `cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? error})`,
        };
      }

      if (name === 'JWT_JWKS_FILE' && !isKeySet(await readFile(path, 'utf8'))) {
        return { setting: name, message: `"${path}" is not a JSON Web Key Set ({"keys": […]})` };
      }

      return null;
    }),
  );

  return problems.filter((problem): problem is SettingProblem => problem !== null);
}

function isKeySet(text: string): boolean {
  try {
    return Array.isArray((JSON.parse(text) as { keys?: unknown }).keys);
  } catch {
    return false;
  }
}

async function assemble(values: SettingValues, file: string | undefined): Promise<ServerConfig> {
  const limits = DEFAULT_LIMITS;
  const jwt = await jwtOptionsFromEnv({
    JWT_SECRET: values.JWT_SECRET,
    JWT_SECRET_FILE: values.JWT_SECRET_FILE,
    JWT_JWKS_FILE: values.JWT_JWKS_FILE,
    JWT_ISSUER: values.JWT_ISSUER,
    JWT_AUDIENCE: values.JWT_AUDIENCE,
  });

  return {
    databaseUrl: values.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    readUrls: splitDatabaseUrls(values.DATABASE_READ_URLS),
    port: values.PORT ?? 4000,
    host: values.HOST ?? '127.0.0.1',
    logLevel: values.LOG_LEVEL,
    access: {
      mode: values.AUTH_MODE ?? DEFAULT_ACCESS.mode,
      jwt,
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE ?? DEFAULT_ACCESS.rateLimitPerMinute,
      limits: {
        maxDepth: values.GRAPHQL_MAX_DEPTH ?? limits.maxDepth,
        maxAliases: values.GRAPHQL_MAX_ALIASES ?? limits.maxAliases,
        maxCost: values.GRAPHQL_MAX_COST ?? limits.maxCost,
        partnerMaxCost: values.GRAPHQL_PARTNER_MAX_COST ?? limits.partnerMaxCost,
        maxBatch: values.GRAPHQL_MAX_BATCH ?? limits.maxBatch,
        maxBodyBytes: values.GRAPHQL_MAX_BODY_BYTES ?? limits.maxBodyBytes,
        statementTimeoutMs: values.STATEMENT_TIMEOUT_MS ?? limits.statementTimeoutMs,
      },
    },
    readiness: { feeds: values.READINESS_FEEDS ?? 'fail' },
    metricsToken: values.METRICS_TOKEN,
    file,
  };
}

/** How the server admits and limits callers, from the environment alone. */
export async function accessSettingsFromEnv(env: NodeJS.ProcessEnv): Promise<AccessSettings> {
  return (await loadServerConfig({ env })).access;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
