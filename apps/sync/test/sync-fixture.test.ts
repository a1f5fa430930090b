import { pathToFileURL } from 'node:url';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../src/run/run-sync.ts';
import type { SyncSummary } from '../src/run/summary.ts';
import { openSource, type Source } from '../src/sources/index.ts';
import { contentChecksums } from './support/checksum.ts';
import { checkFixtureExpectations } from './support/expectations.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

describe.each(BACKENDS)('sync (%s): the fixture drop from a local folder', (kind) => {
  let database: TestDatabase;
  let source: Source;
  let first: SyncSummary;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    source = await openSource(pathToFileURL(fixtureDrop).href);
    first = await runSync({ source, database: database.handle });
  });

  afterAll(async () => {
    await source?.close();
    await database?.drop();
  });

  it('sync: every file of the drop loads, nothing is rejected or fails', () => {
    expect(first.failures).toEqual([]);
    expect(first.filesSeen).toBe(expected.files.length);
    expect(first.filesFailed + first.filesRejected + first.rowsRejected).toBe(0);
    expect(first.filesLoaded + first.filesStored).toBe(expected.files.length);
  });

  it('sync: every count and value of drop.expected.json is in the database', async () => {
    await checkFixtureExpectations(database.handle.db);
  });

  it('sync: a second run loads nothing and changes nothing', async () => {
    const before = await contentChecksums(database.handle.db);

    const second = await runSync({ source, database: database.handle });

    expect(second.filesLoaded + second.filesStored + second.filesFailed).toBe(0);
    expect(second.filesSkipped).toBe(expected.files.length);
    expect(await contentChecksums(database.handle.db)).toEqual(before);
  });

  it('sync: a dry run reads everything and writes nothing', async () => {
    const fresh = await createTestDatabase(kind);

    try {
      const dry = await runSync({ source, database: fresh.handle, dryRun: true });

      expect(dry.filesLoaded + dry.filesStored).toBe(expected.files.length);
      const sums = await contentChecksums(fresh.handle.db);
      expect(sums.customers).toBe('0:d41d8cd98f00b204e9800998ecf8427e');
      expect(sums.source_files).toBe('0:d41d8cd98f00b204e9800998ecf8427e');
    } finally {
      await fresh.drop();
    }
  });
});
