import path from 'node:path';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import {
  copyTree,
  createTestDatabase,
  makeTempDir,
  startSshd,
  startTcpProxy,
  type SshdServer,
  type TcpFault,
  type TcpProxy,
  type TestDatabase,
} from '@vnodrop/testkit';
import { runSync } from '../../src/run/run-sync.ts';
import type { SyncSummary } from '../../src/run/summary.ts';
import { connectSource } from '../../src/run/connect-source.ts';
import type { Source } from '../../src/sources/index.ts';
import { contentChecksums } from './checksum.ts';
import { fixtureDrop } from './fixture.ts';

/** Short timeouts and quick retries, so that a fault costs a test seconds, not minutes. */
export const FAST = {
  limits: { idleTimeoutMs: 1_000, connectTimeoutMs: 2_000 },
  retry: { attempts: 3, delayMs: 100 },
} as const;

/** Where the bytes of a clean run go: the handshake, the listing, then the downloads. */
export interface TrafficMap {
  afterConnect: number;
  afterList: number;
  total: number;
}

/** The fixture drop behind sshd, reached through a proxy that injects faults. */
export class FaultySftp {
  private constructor(
    readonly sshd: SshdServer,
    readonly proxy: TcpProxy,
  ) {}

  static async start(): Promise<FaultySftp> {
    const served = path.join(await makeTempDir('vnodrop-faults-'), 'drop');
    await copyTree(fixtureDrop, served);
    const sshd = await startSshd({ root: served, maxSessions: 10 });

    return new FaultySftp(sshd, await startTcpProxy(sshd.port));
  }

  get url(): string {
    return this.sshd.url.replace(`:${this.sshd.port}/`, `:${this.proxy.port}/`);
  }

  open(): Promise<Source> {
    const credentials = { privateKey: this.sshd.privateKey, hostKey: this.sshd.hostKeyFingerprint };
    return connectSource(this.url, credentials, { ...FAST.limits, retry: FAST.retry });
  }

  /** One sync through the proxy; a run that fails as a whole gives its error. */
  async sync(database: TestDatabase): Promise<SyncSummary | Error> {
    let source: Source | undefined;
    try {
      source = await this.open();
      return await runSync({ source, database: database.handle, settleMs: 0, retry: FAST.retry });
    } catch (error) {
      return error as Error;
    } finally {
      await source?.close();
    }
  }

  /** A clean run into a new database: its checksums, and where its bytes went. */
  async cleanRun(): Promise<{
    sums: Record<string, string>;
    traffic: TrafficMap;
    summary: SyncSummary;
  }> {
    const database = await createTestDatabase('postgres');
    const start = this.proxy.bytes.down;
    const source = await this.open();
    try {
      const afterConnect = this.proxy.bytes.down - start;
      await source.list();
      const afterList = this.proxy.bytes.down - start;
      const summary = await runSync({ source, database: database.handle, settleMs: 0 });
      const traffic = { afterConnect, afterList, total: this.proxy.bytes.down - start };

      return { sums: await contentChecksums(database.handle.db), traffic, summary };
    } finally {
      await source.close();
      await database.drop();
    }
  }

  /**
   * Syncs into a new database with `fault` armed, then heals the network and syncs again:
   * what the faulty run gave, how long it took, and the database's checksums in the end.
   */
  async faultThenRerun(fault: TcpFault) {
    const database = await createTestDatabase('postgres');
    try {
      this.proxy.inject(fault);
      const started = Date.now();
      const faulty = await this.sync(database);
      const elapsedMs = Date.now() - started;
      const failedInLedger = await failedPaths(database);
      this.proxy.heal();
      const rerun = await this.sync(database);
      const sums = await contentChecksums(database.handle.db);

      return { faulty, elapsedMs, failedInLedger, rerun, sums };
    } finally {
      this.proxy.heal();
      await database.drop();
    }
  }

  async stop(): Promise<void> {
    await this.proxy?.stop();
    await this.sshd?.stop();
  }
}

/** The ledger's files marked failed: the next run takes them again. */
async function failedPaths(database: TestDatabase): Promise<string[]> {
  const rows = await selectRows<{ path: string }>(
    database.handle.db,
    sql`select path from source_files where status = 'failed' order by path`,
  );
  return rows.map((row) => row.path);
}
