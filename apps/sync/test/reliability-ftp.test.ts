import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  copyTree,
  createTestDatabase,
  makeTempDir,
  startVsftpd,
  type VsftpdServer,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import { openSource, type Source } from '../src/sources/index.ts';
import { contentChecksums } from './support/checksum.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

/** The fixture drop from vsftpd, in clear and over TLS, gives what the local folder gives. */
describe('reliability: the fixture drop over FTP and FTPS', () => {
  let ftp: VsftpdServer;
  let ftps: VsftpdServer;
  let reference: Record<string, string>;

  beforeAll(async () => {
    const served = path.join(await makeTempDir('vnodrop-ftp-'), 'drop');
    await copyTree(fixtureDrop, served);
    [ftp, ftps] = await Promise.all([
      startVsftpd({ root: served }),
      startVsftpd({ root: served, tls: true }),
    ]);
    reference = await syncInto(() => openSource(pathToFileURL(fixtureDrop).href));
  });

  afterAll(async () => {
    await Promise.all([ftp?.stop(), ftps?.stop()]);
  });

  /** Syncs what `open` gives into a new PostgreSQL database and sums its content. */
  async function syncInto(open: () => Promise<Source>) {
    const database = await createTestDatabase('postgres');
    const source = await open();
    try {
      const summary = await runSync({ source, database: database.handle, settleMs: 0 });
      expect(summary.failures).toEqual([]);
      expect(summary.filesLoaded + summary.filesStored).toBe(expected.files.length);

      return await contentChecksums(database.handle.db);
    } finally {
      await source.close();
      await database.drop();
    }
  }

  it('reliability: over FTP, the database equals the local run', async () => {
    const sums = await syncInto(() => openSource(ftp.url, { password: ftp.password }));

    expect(sums).toEqual(reference);
  });

  it('reliability: over FTPS, the database equals the local run', async () => {
    const ca = await readFile(ftps.certificatePath!, 'utf8');

    const sums = await syncInto(() => openSource(ftps.url, { password: ftps.password, ca }));

    expect(sums).toEqual(reference);
  });
});
