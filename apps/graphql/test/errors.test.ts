import { Writable } from 'node:stream';
import { createLogger } from '@vnodrop/log';
import { sql } from 'drizzle-orm';
import { BACKENDS, createTestDatabase } from '@vnodrop/testkit';
import { describe, expect, it } from 'vitest';
import { graphClient } from './graph.ts';
import { seedCustomers } from './seed.ts';

/** A logger at `error` level whose lines are kept, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });

  return { lines, logger: createLogger({ level: 'error', destination }) };
}

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    it('graph: an unexpected error is masked for the client and logged once', async () => {
      const database = await createTestDatabase(kind);
      await seedCustomers(database.handle.db, { customers: 1 });
      const { lines, logger } = capturingLogger();
      const query = graphClient(database.handle.db, logger);
      await database.handle.db.execute(sql`revoke select on customers from vnodrop_reader`);

      try {
        const result = await query(`{ customers { totalCount nodes { ref } } }`);

        expect(result.errors).toEqual([
          expect.objectContaining({
            message: 'Unexpected error.',
            path: ['customers'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          }),
        ]);
        expect(JSON.stringify(result), 'no SQL reaches the client').not.toMatch(
          /select |from "|permission/i,
        );
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ level: 50 });
        expect(JSON.stringify(lines[0])).toMatch(/permission denied for table customers/);
      } finally {
        await database.drop();
      }
    });

    it('graph: a database that is gone is masked for the client and logged once', async () => {
      const database = await createTestDatabase(kind);
      const { lines, logger } = capturingLogger();
      const query = graphClient(database.handle.db, logger);
      await database.drop();

      const result = await query(`{ customers { totalCount nodes { ref } } }`);

      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
      expect(lines).toHaveLength(1);
    });

    it('graph: errors written for clients keep their message and are not logged', async () => {
      const database = await createTestDatabase(kind);
      const { lines, logger } = capturingLogger();
      const query = graphClient(database.handle.db, logger);

      try {
        const phone = await query(`query L($n: PhoneNumber!) { line(number: $n) { number } }`, {
          n: '11223344',
        });
        const sim = await query(`{ sim { iccid } }`);

        expect(phone.errors?.[0]?.message).toMatch(/"11223344" is not a valid phone number/);
        expect(phone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(sim.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/Give `iccid` or `msisdn`/),
          extensions: { code: 'BAD_USER_INPUT', argument: 'iccid' },
        });
        expect(lines).toEqual([]);
      } finally {
        await database.drop();
      }
    });
  });
}
