/** The copy a replica starts from: `pg_basebackup` of the whole primary cluster. */
import { join } from 'node:path';
import { runCommand } from './command.ts';

const HBA_HINT =
  'The primary must accept replication connections from 127.0.0.1: add ' +
  '`host replication all 127.0.0.1/32 trust` to the top of its pg_hba.conf and reload ' +
  '(`.ci/run` does it).';

/** The uid and gid of the `postgres` user, which owns and runs the copy. */
export async function postgresOwner(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all(
    ['-u', '-g'].map(async (flag) => Number((await runCommand('id', [flag, 'postgres'])).trim())),
  );
  return { uid: uid!, gid: gid! };
}

/**
 * Copies the cluster of `primary` into `dataDir` (its parent owned by `postgres`), streaming
 * the write-ahead log written meanwhile, and makes it a standby of `primary` (`-R`). The
 * password, if any, goes through the environment, never on the command line.
 */
export async function copyCluster(bin: string, primary: URL, dataDir: string): Promise<void> {
  const connection = ['-h', primary.hostname, '-p', primary.port || '5432', '-U', primary.username];
  const copy = ['-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'];
  const env: Record<string, string> = primary.password
    ? { PGPASSWORD: decodeURIComponent(primary.password) }
    : {};

  try {
    await runCommand(
      'runuser',
      ['-u', 'postgres', '--', join(bin, 'pg_basebackup'), ...connection, ...copy],
      { env },
    );
  } catch (error) {
    const message = (error as Error).message;
    const hint = /pg_hba\.conf|replication connection/i.test(message) ? ` ${HBA_HINT}` : '';

    throw new Error(`pg_basebackup could not copy the test server: ${message}${hint}`, {
      cause: error,
    });
  }
}
