import { encodeGlobalID } from '@pothos/plugin-relay';
import { highUsageAlerts, type Database } from '@vnodrop/db';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphApp } from '../src/app.ts';
import { accessWith, byHash, keyFor, partnerKey, persist } from './access-kit.ts';
import { customerRef, iccid, msisdn, seedCustomers } from './seed.ts';
import { openEvents, type EventStream } from './sse.ts';

const ALERTS = `subscription Alerts($after: ID) {
  highUsageAlerts(after: $after) {
    id msisdn customerRef volumeMb thresholdMb
    customer { ref }
    sim { iccid customer { ref } }
  }
}`;

interface AlertEvent {
  highUsageAlerts: {
    msisdn: string;
    customerRef: string;
    volumeMb: string;
    customer: { ref: string } | null;
    sim: { iccid: string; customer: { ref: string } } | null;
  };
}

/** A new alert for customer `n`'s first card, loaded `minute` minutes after the seed's. */
async function raiseAlert(db: Database, fileId: number, n: number, minute: number) {
  await db.insert(highUsageAlerts).values({
    customerId: customerRef(n),
    msisdn: msisdn(n, 1),
    msisdnRaw: msisdn(n, 1).replace('+33', '0'),
    iccid: iccid(n, 1),
    periodStart: '2026-10-01',
    volumeMb: `${6000 + minute}.000`,
    thresholdMb: '5000.000',
    detectedAt: new Date(Date.UTC(2026, 9, 26, 12, minute)),
    sourceFileId: fileId,
    sourceLine: 100 + minute,
  });
}

async function nextAlert(events: EventStream) {
  const event = await events.next();
  expect(event.errors).toBeUndefined();

  return (event.data as unknown as AlertEvent).highUsageAlerts;
}

for (const kind of BACKENDS) {
  describe(`alerts (${kind})`, () => {
    let database: TestDatabase;
    let fileId: number;
    /** The seeded alerts, C000001's then C000002's, by their global ids. */
    let seeded: string[];

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      fileId = await seedCustomers(database.handle.db, { customers: 2 });
      const rows = await database.handle.db
        .select({ id: highUsageAlerts.id })
        .from(highUsageAlerts)
        .orderBy(asc(highUsageAlerts.id));
      seeded = rows.map((row) => encodeGlobalID('HighUsageAlert', row.id));
    });

    afterAll(() => database?.drop());

    it('alerts: a subscriber over SSE receives each new alert, with its card and customer', async () => {
      const db = database.handle.db;
      const app = createGraphApp({ db, access: accessWith() });
      const events = await openEvents(
        app,
        { query: ALERTS, variables: { after: seeded[0] } },
        await keyFor(db, { role: 'frontend' }),
      );

      try {
        expect(events.status).toBe(200);
        expect((await nextAlert(events)).customerRef, 'newer than `after`: caught up').toBe(
          'C000002',
        );

        await raiseAlert(db, fileId, 1, 1);
        await raiseAlert(db, fileId, 2, 2);

        const first = await nextAlert(events);
        const second = await nextAlert(events);
        expect(first).toMatchObject({
          msisdn: msisdn(1, 1),
          customerRef: 'C000001',
          volumeMb: '6001.000',
          customer: { ref: 'C000001' },
          sim: { iccid: iccid(1, 1), customer: { ref: 'C000001' } },
        });
        expect(second.customerRef).toBe('C000002');
      } finally {
        await events.close();
      }
    });

    it("alerts: a partner's subscription hears only its own customers' alerts", async () => {
      const db = database.handle.db;
      const app = createGraphApp({ db, access: accessWith() });
      const hash = await persist(db, ALERTS);
      const north = await openEvents(
        app,
        byHash(hash, { after: encodeGlobalID('HighUsageAlert', 0) }),
        await partnerKey(db, 'north', ['C000001']),
      );

      try {
        const caughtUp = [await nextAlert(north), await nextAlert(north)];
        expect(caughtUp.map((alert) => alert.customerRef)).toEqual(['C000001', 'C000001']);

        await raiseAlert(db, fileId, 2, 3);
        await raiseAlert(db, fileId, 1, 4);

        const heard = await nextAlert(north);
        expect(heard).toMatchObject({ customerRef: 'C000001', volumeMb: '6004.000' });
      } finally {
        await north.close();
      }
    });

    it('alerts: a partner may not subscribe with a document of its own', async () => {
      const db = database.handle.db;
      const app = createGraphApp({ db, access: accessWith() });
      const response = await app.fetch('http://graph.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...(await partnerKey(db, 'south', ['C000002'])),
        },
        body: JSON.stringify({ query: ALERTS }),
      });
      const text = await response.text();

      expect(text).toContain('PERSISTED_QUERY_ONLY');
    });
  });
}
