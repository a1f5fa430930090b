import { readFileSync } from 'node:fs';
import { errorMessage, SourceConfigError } from './errors.ts';
import type { HostKeyCheck, SourceCredentials } from './types.ts';

/** Every variable `credentialsFromEnv` reads. */
export const SOURCE_ENV_VARS = [
  'SYNC_SOURCE_PASSWORD',
  'SYNC_SOURCE_PASSWORD_FILE',
  'SYNC_SOURCE_KEY_FILE',
  'SYNC_SOURCE_KEY_PASSPHRASE',
  'SYNC_SOURCE_KEY_PASSPHRASE_FILE',
  'SYNC_SOURCE_HOST_KEY',
  'SYNC_SOURCE_KNOWN_HOSTS',
  'SYNC_SOURCE_HOST_KEY_CHECK',
  'SYNC_SOURCE_TLS_INSECURE',
  'SYNC_SOURCE_CA_FILE',
] as const;

type Env = Record<string, string | undefined>;

function readVariableFile(env: Env, name: string): string | undefined {
  const path = env[name];
  if (path === undefined || path === '') return undefined;

  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SourceConfigError(`cannot read ${name}=${path}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}

/** A secret given directly or as a file (the file's final line break is not part of it). */
function secret(env: Env, name: string): string | undefined {
  const direct = env[name];
  const fromFile = readVariableFile(env, `${name}_FILE`)?.replace(/\r?\n$/, '');

  if (direct !== undefined && direct !== '' && fromFile !== undefined) {
    throw new SourceConfigError(`both ${name} and ${name}_FILE are set: keep only one`);
  }
  return direct !== undefined && direct !== '' ? direct : fromFile;
}

function hostKeyCheck(env: Env): HostKeyCheck | undefined {
  const value = env.SYNC_SOURCE_HOST_KEY_CHECK?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (value === 'strict' || value === 'off') return value;

  const given = env.SYNC_SOURCE_HOST_KEY_CHECK;
  throw new SourceConfigError(
    `SYNC_SOURCE_HOST_KEY_CHECK=${given} is not understood: use strict or off`,
  );
}

function flag(env: Env, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true' || value === 'yes') return true;

  throw new SourceConfigError(`${name}=${env[name]} is not understood: use 1 or 0`);
}

/**
 * Reads the source's secrets and trust settings from the environment; files named by
 * `*_FILE` variables are read here. Nothing is ever taken from the command line.
 */
export function credentialsFromEnv(env: Env = process.env): SourceCredentials {
  const credentials: SourceCredentials = {
    password: secret(env, 'SYNC_SOURCE_PASSWORD'),
    privateKey: readVariableFile(env, 'SYNC_SOURCE_KEY_FILE'),
    passphrase: secret(env, 'SYNC_SOURCE_KEY_PASSPHRASE'),
    hostKey: env.SYNC_SOURCE_HOST_KEY?.trim() || undefined,
    knownHosts: readVariableFile(env, 'SYNC_SOURCE_KNOWN_HOSTS'),
    hostKeyCheck: hostKeyCheck(env),
    tlsInsecure: flag(env, 'SYNC_SOURCE_TLS_INSECURE'),
    ca: readVariableFile(env, 'SYNC_SOURCE_CA_FILE'),
  };

  return Object.fromEntries(
    Object.entries(credentials).filter(([, value]) => value !== undefined),
  ) as SourceCredentials;
}
