/** The database the server and the key commands open: DATABASE_URL, or the quick start's. */
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEFAULT_DATABASE_URL = `pglite:${REPO_ROOT}.data/pglite`;

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
