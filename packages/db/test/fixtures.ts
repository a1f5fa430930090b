/** Rows the tests build on: a ledger entry, a customer, its lines, cards and records. */
import {
  customers,
  mobileCdrs,
  sims,
  sourceFiles,
  syncRuns,
  vgaLines,
  voipNumbers,
  type Database,
} from '../src/index.ts';

export const SNAPSHOT_AT = new Date('2026-12-03T03:00:00.000Z');

export async function insertSourceFile(db: Database, path = 'AccountStatus/test.csv') {
  const [run] = await db
    .insert(syncRuns)
    .values({ source: 'file:///drop', status: 'running' })
    .returning({ id: syncRuns.id });
  const [file] = await db
    .insert(sourceFiles)
    .values({
      path,
      folder: path.split('/')[0] ?? '',
      name: path.split('/').at(-1) ?? path,
      size: 1234,
      status: 'loaded',
      syncRunId: run?.id,
    })
    .returning({ id: sourceFiles.id });
  if (!file) {
    throw new Error('the ledger entry was not inserted');
  }
  return file.id;
}

export function snapshotColumns(sourceFileId: number, sourceLine: number) {
  return {
    status: 'ACTIVE' as const,
    firstSeenAt: SNAPSHOT_AT,
    lastReportedAt: SNAPSHOT_AT,
    snapshotAt: SNAPSHOT_AT,
    sourceFileId,
    sourceLine,
  };
}

/** Customer C001 with two VGA lines, a VoIP number and a SIM card. */
export async function insertCustomerWithServices(db: Database, sourceFileId: number) {
  await db
    .insert(customers)
    .values({ id: 'C001', name: 'Boulangerie Martin', sourceFileId, sourceLine: 2 });
  await db.insert(vgaLines).values([
    {
      customerId: 'C001',
      number: '+33298000002',
      numberRaw: '0298000002',
      ...snapshotColumns(sourceFileId, 3),
    },
    {
      customerId: 'C001',
      number: '+33298000001',
      numberRaw: '0298000001',
      ...snapshotColumns(sourceFileId, 2),
    },
  ]);
  await db.insert(voipNumbers).values({
    customerId: 'C001',
    number: '+33972000001',
    numberRaw: '33972000001',
    channels: 2,
    ...snapshotColumns(sourceFileId, 2),
  });
  await db.insert(sims).values({
    customerId: 'C001',
    iccid: '89330123456789012345',
    msisdn: '+33612345678',
    msisdnRaw: '0612345678',
    imsi: '208011234567890',
    ...snapshotColumns(sourceFileId, 2),
  });
}

/** A rated mobile voice record; `startedAt` picks its partition. */
export function mobileCdr(sourceFileId: number, cdrId: string, startedAt: Date) {
  return {
    customerId: 'C001',
    cdrId,
    startedAt,
    msisdn: '+33612345678',
    msisdnRaw: '0612345678',
    iccid: '89330123456789012345',
    eventType: 'VOICE' as const,
    direction: 'OUT' as const,
    calledNumber: '+33298000001',
    calledNumberRaw: '0298000001',
    calledIsPhone: true,
    durationS: 65,
    unitPrice: '0.0450',
    amount: '0.0488',
    sourceFileId,
    sourceLine: 2,
  } satisfies typeof mobileCdrs.$inferInsert;
}
