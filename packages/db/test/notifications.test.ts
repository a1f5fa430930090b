import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { HIGH_USAGE_ALERTS_CHANNEL, highUsageAlerts, listen } from '../src/index.ts';
import { insertSourceFile } from './fixtures.ts';

/** Resolves with the next `count` payloads heard on the channel. */
function heard(payloads: string[], count: number): Promise<string[]> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (payloads.length >= count) {
        clearInterval(check);
        resolve(payloads.slice(0, count));
      }
    }, 10);
  });
}

describe.each(BACKENDS)('notifications on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('notifications: inserting alerts announces the newest id, once per statement', async () => {
    const db = database.handle.db;
    const fileId = await insertSourceFile(db, 'HighUsage/HighUsage_VNO042_20261025_1400.csv');
    const payloads: string[] = [];
    let listening = 0;
    const stop = await listen(db, HIGH_USAGE_ALERTS_CHANNEL, (payload) => payloads.push(payload), {
      onListen: () => (listening += 1),
    });

    const alert = (line: number) => ({
      customerId: 'C001',
      msisdn: `+3361200000${line}`,
      msisdnRaw: `061200000${line}`,
      periodStart: '2026-10-01',
      volumeMb: '5120.000',
      thresholdMb: '5000.000',
      detectedAt: new Date(`2026-10-25T1${line}:00:00Z`),
      sourceFileId: fileId,
      sourceLine: line,
    });
    const inserted = await db
      .insert(highUsageAlerts)
      .values([alert(1), alert(2)])
      .returning({ id: highUsageAlerts.id });
    await db.update(highUsageAlerts).set({ level: 102 });
    await db.insert(highUsageAlerts).values(alert(3)).onConflictDoNothing();
    await db.insert(highUsageAlerts).values(alert(3)).onConflictDoNothing();

    const [first, second] = await heard(payloads, 2);
    await stop();

    expect(listening).toBe(1);
    expect(first).toBe(String(Math.max(...inserted.map((row) => row.id))));
    expect(Number(second)).toBeGreaterThan(Number(first));
    expect(payloads, 'an update, or an insert that adds nothing, is not announced').toHaveLength(2);
  });
});
