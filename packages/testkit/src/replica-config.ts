/**
 * The configuration files of a streaming replica's data directory. Debian keeps a cluster's
 * `postgresql.conf` and `pg_hba.conf` in /etc, so `pg_basebackup` copies none: the replica
 * gets its own, for a server on loopback only.
 */
import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Settings a hot standby must have at least as high as its primary's, or it refuses to start
 * (PostgreSQL's "insufficient parameter settings").
 */
export const STANDBY_MINIMUMS = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
] as const;

export interface ReplicaConfig {
  dataDir: string;
  port: number;
  /** Where the Unix socket goes (a path short enough for a socket name). */
  socketDir: string;
  /** The primary's values of {@link STANDBY_MINIMUMS}. */
  minimums: Record<string, string>;
  /** Log every statement the replica runs. */
  logStatements: boolean;
  /** The owner of the files: the `postgres` user and group. */
  owner: { uid: number; gid: number };
}

function quoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export async function writeReplicaConfig(config: ReplicaConfig): Promise<void> {
  const settings: Record<string, string> = {
    listen_addresses: quoted('127.0.0.1'),
    port: String(config.port),
    unix_socket_directories: quoted(config.socketDir),
    hot_standby: 'on',
    // A throwaway copy: nothing to keep safe on disk.
    fsync: 'off',
    log_destination: quoted('stderr'),
    logging_collector: 'off',
    log_statement: quoted(config.logStatements ? 'all' : 'none'),
    ...config.minimums,
  };
  const files: Record<string, string> = {
    'postgresql.conf': Object.entries(settings)
      .map(([name, value]) => `${name} = ${value}\n`)
      .join(''),
    'pg_hba.conf': 'local all all trust\nhost all all 127.0.0.1/32 trust\n',
    'pg_ident.conf': '',
  };

  for (const [name, text] of Object.entries(files)) {
    const path = join(config.dataDir, name);
    await writeFile(path, text, { mode: 0o600 });
    await chown(path, config.owner.uid, config.owner.gid);
  }
}
