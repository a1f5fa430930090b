import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the folder holding `pnpm-workspace.yaml` above this module. */
export function repositoryRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;

  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }

  return dir;
}

/** The embedded database the quick start uses when no DATABASE_URL is given. */
export function defaultDatabaseUrl(): string {
  return `pglite:${path.join(repositoryRoot(), '.data', 'pglite')}`;
}

/** Where the quick start writes its generated demo drop. */
export function demoDropDir(): string {
  return path.join(repositoryRoot(), '.data', 'demo-drop');
}

export function databaseUrl(option: string | undefined, env = process.env): string {
  return option ?? env.DATABASE_URL ?? defaultDatabaseUrl();
}
