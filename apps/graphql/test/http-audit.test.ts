/**
 * The GraphQL over HTTP audits of `graphql-http`, against the real server started as an
 * operator starts it: every MUST passes, and the counts are printed in the test output.
 */
import { createTestDatabase, freePort, type TestDatabase } from '@vnodrop/testkit';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/access/api-keys.ts';
import { startServer, type ServerProcess } from './run-process.ts';

const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;

function tally(results: AuditResult[]) {
  return LEVELS.map((level) => {
    const ofLevel = results.filter((result) => result.name.startsWith(`${level} `));
    const passed = ofLevel.filter((result) => result.status === 'ok').length;

    return { level, passed, total: ofLevel.length };
  });
}

async function audit(url: string, headers: Record<string, string>) {
  const fetchFn: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), ...headers },
    });
  const audits = serverAudits({ url, fetchFn });

  return Promise.all(audits.map((one) => one.fn()));
}

const MODES = [
  { mode: 'required', credential: 'a frontend API key' },
  { mode: 'open', credential: 'no credential' },
] as const;

describe('graphql over http: the graphql-http audit', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });

  afterAll(async () => {
    await database?.drop();
  });

  for (const { mode, credential } of MODES) {
    describe(`AUTH_MODE=${mode}`, () => {
      let server: ServerProcess;
      let url: string;
      let headers: Record<string, string> = {};

      beforeAll(async () => {
        const port = await freePort();

        if (mode === 'required') {
          const { key } = await createApiKey(database.handle.db, {
            role: 'frontend',
            partner: null,
            scopes: [],
            label: 'graphql-http audit',
          });
          headers = { authorization: `Bearer ${key}` };
        }

        server = await startServer({
          DATABASE_URL: database.url,
          PORT: String(port),
          AUTH_MODE: mode,
          RATE_LIMIT_PER_MINUTE: '0',
          LOG_LEVEL: 'warn',
        });
        url = `http://127.0.0.1:${port}/graphql`;
      });

      afterAll(async () => {
        await server?.stop();
      });

      it(`http: every MUST audit of graphql-http passes, with ${credential}`, async () => {
        const results = await audit(url, headers);
        const counts = tally(results);
        const failed = results.filter((result) => result.status !== 'ok');

        console.info(
          `graphql-http audit (AUTH_MODE=${mode}): ` +
            counts.map(({ level, passed, total }) => `${passed}/${total} ${level}`).join(', ') +
            ' passed' +
            (failed.length
              ? `\n${failed.map((result) => `  ${result.status}: ${result.name}`).join('\n')}`
              : ''),
        );

        const mustFailures = results
          .filter((result) => result.name.startsWith('MUST ') && result.status !== 'ok')
          .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);

        expect(mustFailures).toEqual([]);
        expect(counts[0]!.total, 'graphql-http ran no MUST audit').toBeGreaterThan(0);
      });
    });
  }
});
