import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { BACKENDS, loadFixtureDatabase } from '../src/index.ts';

describe.each(BACKENDS)('testkit (%s): the fixture database', (kind) => {
  it('testkit: the sync command line loads the fixture drop', async () => {
    const database = await loadFixtureDatabase(kind);

    try {
      const result = await database.handle.db.execute(
        sql`select count(*)::int as n from customers`,
      );
      const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
      expect(rows).toEqual([{ n: 25 }]);
    } finally {
      await database.drop();
    }
  });
});
