/** The embedded database, PGlite: in memory, or persisted in a directory. */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { DatabaseHandle, DatabaseOptions } from '../client.ts';
import { DatabaseConnectionError, DatabaseInUseError } from '../errors.ts';
import { lockDirectory } from './directory-lock.ts';
import { relations } from '../relations.ts';
import type { DatabaseTarget } from '../url.ts';

export async function openPglite(
  url: string,
  target: Extract<DatabaseTarget, { kind: 'pglite' }>,
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  let pglite: PGlite;
  let unlock = async () => {};
  try {
    if (target.dataDir) {
      await mkdir(target.dataDir, { recursive: true });
      unlock = await lockDirectory(target.dataDir);
    }
    pglite = await PGlite.create(target.dataDir);
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw error;
    await unlock();
    throw new DatabaseConnectionError(url, { cause: error });
  }

  const onQuery = options.onQuery;
  const db = drizzle({
    client: pglite,
    relations,
    logger: onQuery ? { logQuery: (sql, params) => onQuery(sql, params) } : false,
  });

  const close = async () => {
    await pglite.close();
    await unlock();
  };

  return { db, kind: 'pglite', url, readUrls: [], pglite, close };
}
