/**
 * Database URLs: `postgres://…` / `postgresql://…` for a PostgreSQL server, `pglite:memory`
 * and `pglite:<directory>` for the embedded database (PGlite).
 */
import path from 'node:path';
import { DatabaseUrlError } from './errors.ts';

export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly host: string; readonly port: number }
  /** `dataDir` is absolute, or absent for an in-memory database. */
  | { readonly kind: 'pglite'; readonly dataDir?: string };

const PGLITE = 'pglite:';

/** The URL with its password (and any `password` parameter) replaced by `***`. */
export function redactUrl(url: string): string {
  if (url.startsWith(PGLITE)) {
    return url;
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/([^/@]*)@/, (_, userInfo: string) => {
      const user = userInfo.split(':')[0] ?? '';
      return userInfo.includes(':') ? `//${user}:***@` : `//${user}@`;
    });
  }

  if (parsed.password) {
    parsed.password = '***';
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^(password|sslpassword|pass)$/i.test(key)) {
      parsed.searchParams.set(key, '***');
    }
  }
  return parsed.toString();
}

/** What a URL points at; throws {@link DatabaseUrlError} for anything else. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  if (url.startsWith(PGLITE)) {
    const location = url.slice(PGLITE.length);
    if (location === 'memory' || location === '') {
      return { kind: 'pglite' };
    }
    return { kind: 'pglite', dataDir: path.resolve(cwd, location) };
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new DatabaseUrlError(redactUrl(url), 'it is not a URL', { cause: error });
  }

  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(redactUrl(url), `unknown scheme "${parsed.protocol}"`);
  }
  const host =
    parsed.hostname.replace(/^\[(.*)\]$/, '$1') ||
    parsed.searchParams.get('host') ||
    process.env.PGHOST ||
    'localhost';
  return { kind: 'postgres', host, port: parsed.port ? Number(parsed.port) : 5432 };
}
