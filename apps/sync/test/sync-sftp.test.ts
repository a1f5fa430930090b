import { pathToFileURL } from 'node:url';
import path from 'node:path';
import {
  copyTree,
  createTestDatabase,
  makeTempDir,
  startSshd,
  type SshdServer,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import type { SyncSummary } from '../src/run/summary.ts';
import { openSource } from '../src/sources/index.ts';
import { contentChecksums } from './support/checksum.ts';
import { checkFixtureExpectations } from './support/expectations.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

describe('sync: the fixture drop over SFTP into PostgreSQL', () => {
  let sshd: SshdServer;
  let postgres: TestDatabase;
  let summary: SyncSummary;

  beforeAll(async () => {
    const served = path.join(await makeTempDir('vnodrop-sftp-'), 'drop');
    await copyTree(fixtureDrop, served);
    sshd = await startSshd({ root: served });
    postgres = await createTestDatabase('postgres');

    const source = await openSource(sshd.url, {
      privateKey: sshd.privateKey,
      hostKey: sshd.hostKeyFingerprint,
    });
    try {
      summary = await runSync({ source, database: postgres.handle, settleMs: 0 });
    } finally {
      await source.close();
    }
  });

  afterAll(async () => {
    await postgres?.drop();
    await sshd?.stop();
  });

  it('sync (sftp): every file arrives and loads, none fails', () => {
    expect(summary.failures).toEqual([]);
    expect(summary.filesLoaded + summary.filesStored).toBe(expected.files.length);
    expect(summary.rowsRejected).toBe(0);
  });

  it('sync (sftp): every count and value of drop.expected.json is in PostgreSQL', async () => {
    await checkFixtureExpectations(postgres.handle.db);
  });

  it('sync (sftp): the local folder into the embedded database gives the same content', async () => {
    const pglite = await createTestDatabase('pglite');
    const local = await openSource(pathToFileURL(fixtureDrop).href);

    try {
      await runSync({ source: local, database: pglite.handle });

      expect(await contentChecksums(pglite.handle.db)).toEqual(
        await contentChecksums(postgres.handle.db),
      );
    } finally {
      await local.close();
      await pglite.drop();
    }
  });
});
