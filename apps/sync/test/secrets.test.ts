/**
 * No secret in any log line: the fixture drop synced over SFTP by password at trace level,
 * then every PIN and PUK code it holds, and the password, searched for in what the sync wrote.
 */
import path from 'node:path';
import { simSecrets } from '@vnodrop/db';
import {
  copyTree,
  createTestDatabase,
  makeTempDir,
  spawnSyncCli,
  startSshd,
  type SshdServer,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDrop } from './support/fixture.ts';

describe('secrets: the sync logs no secret', () => {
  let sshd: SshdServer;
  let database: TestDatabase;
  let log: string;
  let code: number | null;

  beforeAll(async () => {
    const served = path.join(await makeTempDir('vnodrop-secrets-'), 'drop');
    await copyTree(fixtureDrop, served);
    sshd = await startSshd({ root: served });
    database = await createTestDatabase('postgres');

    const child = spawnSyncCli(['run', '--source', sshd.url, '--database', database.url], {
      env: {
        LOG_LEVEL: 'trace',
        SYNC_SOURCE_PASSWORD: sshd.password,
        SYNC_SOURCE_HOST_KEY: sshd.hostKeyFingerprint,
      },
    });
    ({ code } = await child.exited);
    log = child.stderr() + child.stdout();
  });

  afterAll(async () => {
    await database?.drop();
    await sshd?.stop();
  });

  it('secrets: no PIN, PUK or password of the run in any line, at trace level', async () => {
    const rows = await database.handle.db.select().from(simSecrets);
    const codes = rows
      .flatMap((row) => [row.pin1, row.puk1, row.pin2, row.puk2])
      .filter((value): value is string => !!value);

    expect(code).toBe(0);
    expect(log).toMatch(/"level":20,/);
    expect(codes.length).toBeGreaterThan(0);
    for (const value of new Set(codes)) {
      // As text, not inside a longer number: a 4-digit PIN may be part of a time or a count.
      const written = new RegExp(`(^|[^\\d:.])${value}(\\D|$)`, 'm');
      expect(written.test(log), `a code ${value.slice(0, 2)}… is in the log`).toBe(false);
    }
    expect(log.includes(sshd.password), 'the password is in the log').toBe(false);
  });
});
