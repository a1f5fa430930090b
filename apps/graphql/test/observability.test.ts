import type { AddressInfo } from 'node:net';
import { createDatabase, FEED_CADENCES, sourceFiles, syncRuns, type Database } from '@vnodrop/db';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadiness } from '../src/observability/readiness.ts';
import { createServer, type ServerOptions } from '../src/server.ts';
import { captureLogger } from './capture-logger.ts';

const MINUTE = 60_000;

/** A ledger as the sync leaves it: two runs, files of three families, rows set aside. */
async function seedLedger(db: Database, now: Date) {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
  const [done, failed] = await db
    .insert(syncRuns)
    .values([
      { source: 'file:///drop', status: 'succeeded', startedAt: ago(70), finishedAt: ago(68) },
      { source: 'file:///drop', status: 'failed', startedAt: ago(10), finishedAt: ago(9) },
    ])
    .returning({ id: syncRuns.id });
  const file = (
    path: string,
    family: string,
    status: 'loaded' | 'rejected' | 'duplicate',
    extractedMinutesAgo: number,
    rows: { loaded?: number; rejected?: number; duplicate?: number; ms?: number } = {},
  ) => ({
    path,
    folder: path.split('/')[0]!,
    name: path.split('/')[1]!,
    family,
    size: 100,
    status,
    extractedAt: ago(extractedMinutesAgo),
    rowsLoaded: rows.loaded ?? 0,
    rowsRejected: rows.rejected ?? 0,
    rowsDuplicate: rows.duplicate ?? 0,
    durationMs: rows.ms ?? 0,
    startedAt: ago(extractedMinutesAgo - 1),
    finishedAt: ago(extractedMinutesAgo - 2),
    syncRunId: status === 'rejected' ? failed!.id : done!.id,
  });

  await db.insert(sourceFiles).values([
    ...FEED_CADENCES.map((cadence, index) =>
      file(`Feeds/${cadence.family}.csv`, cadence.family, 'loaded', 20, {
        loaded: 10 + index,
        ms: 250,
      }),
    ),
    file('RatedCDRs/mobile-2.csv', 'rated-mobile', 'loaded', 30, {
      loaded: 100,
      rejected: 3,
      duplicate: 2,
      ms: 1_500,
    }),
    file('RatedCDRs/mobile-bad.csv', 'rated-mobile', 'rejected', 12),
  ]);

  return { newestMobileLoad: ago(18) };
}

/** The samples of a Prometheus text exposition, by `name{labels}`. */
function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();

  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+(?:\{[^}]*\})?) (\S+)$/i.exec(line);
    if (match) map.set(match[1]!, Number(match[2]));
  }

  return map;
}

for (const kind of BACKENDS) {
  describe(`observability (${kind})`, () => {
    let database: TestDatabase;
    let base: string;
    let server: ReturnType<typeof createServer>;
    let seeded: { newestMobileLoad: Date };
    const logs = captureLogger('info');

    async function listen(options: Partial<ServerOptions> = {}) {
      const started = createServer({
        db: database.handle.db,
        logger: logs.logger,
        access: { mode: 'open', rateLimitPerMinute: 0 },
        ...options,
      });
      await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));

      return {
        server: started,
        base: `http://127.0.0.1:${(started.address() as AddressInfo).port}`,
        close: () => new Promise((resolve) => started.close(resolve)),
      };
    }

    const graphql = (url: string, query: string, headers: Record<string, string> = {}) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      ({ server, base } = await listen({ metricsToken: 'scrape-me' }));
    });

    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
      await database?.drop();
    });

    it('readiness: an empty ledger is not ready (no feed came), with every check in the body', async () => {
      const response = await fetch(`${base}/readiness`);
      const body = await response.json();

      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(body).toMatchObject({
        status: 'not ready',
        checks: {
          database: { status: 'pass' },
          migrations: { status: 'pass' },
          feeds: {
            status: 'fail',
            message: expect.stringMatching(/no recent file of account-vga/),
          },
        },
      });
      expect(body.checks.migrations.applied).toBe(body.checks.migrations.expected);
      expect(body.checks.feeds.feeds).toHaveLength(FEED_CADENCES.length);

      const warnOnly = await listen({ readiness: { feeds: 'warn' } });
      try {
        const relaxed = await fetch(`${warnOnly.base}/readiness`);

        expect(relaxed.status).toBe(200);
        expect(await relaxed.json()).toMatchObject({
          status: 'ready',
          checks: { feeds: { status: 'warn' } },
        });
      } finally {
        await warnOnly.close();
      }
    });

    it('readiness: fresh feeds make it ready', async () => {
      seeded = await seedLedger(database.handle.db, new Date());
      const response = await fetch(`${base}/readiness`);
      const body = await response.json();

      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({
        status: 'ready',
        checks: { database: { status: 'pass' }, migrations: { status: 'pass' } },
      });
      expect(body.checks.feeds.status).toBe('pass');
      expect(
        body.checks.feeds.feeds.every((feed: { status: string }) => feed.status === 'on-time'),
      ).toBe(true);
    });

    it('metrics: requests and latency per operation name, errors, and the sync ledger', async () => {
      const named = await graphql(base, 'query CountCustomers { customers { totalCount } }', {
        'x-request-id': 'trace-42',
      });
      expect(named.status).toBe(200);
      expect(named.headers.get('x-request-id')).toBe('trace-42');
      expect((await graphql(base, 'query Broken { nope }')).status).toBe(200);
      const generated = (await graphql(base, '{ customers { totalCount } }')).headers.get(
        'x-request-id',
      );
      expect(generated).toMatch(/^[0-9a-f-]{36}$/);

      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const response = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer scrape-me' },
      });
      const text = await response.text();
      const metric = samples(text);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(
        metric.get(
          'vnodrop_graphql_operations_total{operation="CountCustomers",type="query",outcome="success"}',
        ),
      ).toBe(1);
      expect(
        metric.get(
          'vnodrop_graphql_operation_duration_seconds_count{operation="CountCustomers",type="query"}',
        ),
      ).toBe(1);
      expect(
        metric.get(
          'vnodrop_graphql_operations_total{operation="anonymous",type="query",outcome="success"}',
        ),
      ).toBe(1);
      expect(
        metric.get(
          'vnodrop_graphql_errors_total{operation="Broken",code="GRAPHQL_VALIDATION_FAILED"}',
        ),
      ).toBe(1);
      expect(
        metric.get('vnodrop_http_requests_total{method="POST",route="/graphql",status="200"}'),
      ).toBe(3);
      expect(
        metric.get('vnodrop_http_request_duration_seconds_count{method="POST",route="/graphql"}'),
      ).toBe(3);

      expect(metric.get('vnodrop_sync_figures_up')).toBe(1);
      expect(metric.get('vnodrop_sync_files{family="rated-mobile",status="loaded"}')).toBe(2);
      expect(metric.get('vnodrop_sync_files{family="rated-mobile",status="rejected"}')).toBe(1);
      expect(metric.get('vnodrop_sync_rows{family="rated-mobile",outcome="loaded"}')).toBe(
        100 + 14,
      );
      expect(metric.get('vnodrop_sync_rows{family="rated-mobile",outcome="rejected"}')).toBe(3);
      expect(metric.get('vnodrop_sync_rows{family="rated-mobile",outcome="duplicate"}')).toBe(2);
      expect(metric.get('vnodrop_sync_load_seconds{family="rated-mobile"}')).toBeCloseTo(1.75);
      expect(
        metric.get('vnodrop_sync_last_success_timestamp_seconds{family="rated-mobile"}'),
      ).toBeCloseTo(seeded.newestMobileLoad.getTime() / 1000, 0);
      expect(metric.get('vnodrop_sync_runs{status="succeeded"}')).toBe(1);
      expect(metric.get('vnodrop_sync_runs{status="failed"}')).toBe(1);
      expect(metric.get('vnodrop_sync_last_run_status{status="failed"}')).toBe(1);
      expect(metric.get('vnodrop_sync_last_run_duration_seconds')).toBeCloseTo(60, 0);
      expect(metric.get('vnodrop_feed_fresh{family="account-status"}')).toBe(1);
      expect(metric.get('vnodrop_feed_overdue_seconds{family="rated-mobile"}')).toBe(0);
      expect(text).toContain('process_cpu_user_seconds_total');

      const lines = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          requestId: 'trace-42',
          method: 'POST',
          path: '/graphql',
          status: 200,
          operations: ['CountCustomers'],
        }),
      );
      expect(lines).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          operations: ['Broken'],
          errors: ['GRAPHQL_VALIDATION_FAILED'],
        }),
      );
    });

    it('readiness: a migration missing from the database is named, and the server is not ready', async () => {
      const [last] = await database.handle.db
        .execute(sql`select name from drizzle.__drizzle_migrations order by id desc limit 1`)
        .then((result) =>
          Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows,
        );
      const name = (last as { name: string }).name;

      await database.handle.db.execute(
        sql`delete from drizzle.__drizzle_migrations where name = ${name}`,
      );
      const response = await fetch(`${base}/readiness`);

      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'not ready',
        checks: { migrations: { status: 'fail', pending: [name] } },
      });
    });
  });
}

describe('observability: readiness without a database', () => {
  it('readiness: a database that does not answer fails the database check', async () => {
    const closed = await createDatabase('pglite:memory');
    await closed.close();

    expect(await checkReadiness(closed.db, { feeds: 'fail' })).toMatchObject({
      status: 'not ready',
      checks: {
        database: { status: 'fail', message: expect.any(String) },
        migrations: { status: 'fail' },
        feeds: { status: 'fail' },
      },
    });
  });
});
