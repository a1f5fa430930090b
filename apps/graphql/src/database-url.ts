/**
 * The database the server and the key commands open: DATABASE_URL, or the quick start's. The
 * server also reads from the replicas of DATABASE_READ_URLS; the key commands, which write,
 * use the primary alone.
 */
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEFAULT_DATABASE_URL = `pglite:${REPO_ROOT}.data/pglite`;

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/**
 * The URLs of a comma-separated list, such as DATABASE_READ_URLS. Only a comma before a new
 * URL separates: the one of a multi-host URL (`postgres://h1:5432,h2:5432/db`) stays in it.
 */
export function splitDatabaseUrls(list: string | undefined): string[] {
  return (list ?? '')
    .split(/,\s*(?=[a-z][a-z0-9+.-]*:\/\/|pglite:)/i)
    .map((url) => url.trim())
    .filter((url) => url !== '');
}

/** The read replicas of DATABASE_READ_URLS; none when unset. */
export function databaseReadUrlsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return splitDatabaseUrls(env.DATABASE_READ_URLS);
}
