/**
 * A real streaming replica of the test server, on a loopback port: `pg_basebackup` copies the
 * cluster over a replication connection, and the Debian binaries run the copy as a hot standby
 * in the foreground, as the `postgres` user (PostgreSQL refuses to run as root).
 *
 * The primary must accept replication connections from 127.0.0.1 (`.ci/run` adds the
 * `pg_hba.conf` line). No replication slot is made: a slot left by a killed test would keep
 * the primary's write-ahead log forever, and a replica on loopback keeps up without one.
 */
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { requireRoot } from './command.ts';
import { DEFAULT_TEST_DATABASE_URL } from './database.ts';
import { freePort, LOOPBACK } from './ports.ts';
import { STANDBY_MINIMUMS, writeReplicaConfig } from './replica-config.ts';
import { copyCluster, postgresOwner } from './replica-copy.ts';
import { startServerProcess } from './server-process.ts';

export interface ReplicaOptions {
  /** The primary server (default TEST_DATABASE_URL, or the local test server). */
  primaryUrl?: string;
  /** Log every statement the replica runs, to be read in `output()`. */
  logStatements?: boolean;
}

export interface PostgresReplica {
  readonly host: string;
  readonly port: number;
  /** Its data directory, a copy of the primary's cluster (removed by `stop`). */
  readonly dataDir: string;
  /** A database URL of the primary, pointed at the replica instead. */
  urlOf(primaryUrl: string): string;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  catchUp(timeoutMs?: number): Promise<void>;
  /** Stops applying the primary's changes (they still arrive, and wait). */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** The replica's log: the last 32 KiB it wrote. */
  output(): string;
  stop(): Promise<void>;
}

/** A client of one database of a server; the password stays in `url`, never in a message. */
function clientOf(url: string): postgres.Sql {
  return postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
}

/** Retries `select 1` until the standby has reached a consistent state and takes clients. */
async function waitUntilReady(replica: postgres.Sql, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    try {
      await replica`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`the replica took no connections within ${timeoutMs}ms`, { cause: error });
      }
      await sleep(100);
    }
  }
}

/** Starts a streaming replica of the test server. Needs root, and the server's binaries. */
export async function startReplica(options: ReplicaOptions = {}): Promise<PostgresReplica> {
  requireRoot('startReplica', 'it runs PostgreSQL as the postgres user');
  const primaryUrl =
    options.primaryUrl ?? (process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL);
  const primary = clientOf(primaryUrl);
  const dir = await mkdtemp(join(tmpdir(), 'vnodrop-replica-'));
  let replica: postgres.Sql | undefined;

  try {
    const owner = await postgresOwner();
    await chown(dir, owner.uid, owner.gid);

    const settings = await primary<{ name: string; setting: string }[]>`
      select name, setting from pg_settings
      where name in ${primary([...STANDBY_MINIMUMS, 'server_version_num'])}`;
    const values = Object.fromEntries(settings.map((row) => [row.name, row.setting]));
    const { server_version_num: version, ...minimums } = values;
    const bin = `/usr/lib/postgresql/${Math.floor(Number(version) / 10_000)}/bin`;
    const dataDir = join(dir, 'data');

    await copyCluster(bin, new URL(primaryUrl), dataDir);

    const port = await freePort();
    await writeReplicaConfig({
      dataDir,
      port,
      socketDir: dir,
      minimums,
      logStatements: options.logStatements ?? false,
      owner,
    });

    const server = await startServerProcess({
      name: 'PostgreSQL replica',
      command: 'runuser',
      args: ['-u', 'postgres', '--', join(bin, 'postgres'), '-D', dataDir],
      port,
      startTimeoutMs: 60_000,
      installHint: `apt-get install postgresql (the server's binaries, in ${bin})`,
      stopSignal: 'SIGINT',
    });

    const urlOf = (url: string) => {
      const target = new URL(url);
      target.hostname = LOOPBACK;
      target.port = String(port);
      return target.toString();
    };
    replica = clientOf(urlOf(primaryUrl));
    const standby = replica;
    await waitUntilReady(standby).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });

    return {
      host: LOOPBACK,
      port,
      dataDir,
      urlOf,
      async catchUp(timeoutMs = 60_000) {
        const [target] = await primary<[{ lsn: string }]>`select pg_current_wal_lsn()::text as lsn`;
        const deadline = Date.now() + timeoutMs;

        for (;;) {
          const [state] = await standby<[{ replayed: string; caught: boolean }]>`
            select pg_last_wal_replay_lsn()::text as replayed,
                   pg_last_wal_replay_lsn() >= ${target.lsn}::pg_lsn as caught`;
          if (state.caught) return;

          if (Date.now() > deadline) {
            throw new Error(
              `the replica replayed up to ${state.replayed} in ${timeoutMs}ms, not ` +
                `${target.lsn}: is its replay paused?`,
            );
          }
          await sleep(50);
        }
      },
      async pauseReplay() {
        await standby`select pg_wal_replay_pause()`;
      },
      async resumeReplay() {
        await standby`select pg_wal_replay_resume()`;
      },
      output: () => server.output(),
      async stop() {
        await standby.end({ timeout: 1 });
        await primary.end({ timeout: 1 });
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await replica?.end({ timeout: 0 });
    await primary.end({ timeout: 0 });
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
