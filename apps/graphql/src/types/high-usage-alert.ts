/** High mobile-data usage alerts (`HighUsage`). */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';

export const HighUsageAlert = builder.drizzleNode('highUsageAlerts', {
  name: 'HighUsageAlert',
  description: 'A SIM card whose data usage passed a threshold.',
  id: { column: (alert) => alert.id },
  fields: (t) => ({
    msisdn: t.expose('msisdn', { type: 'PhoneNumber' }),
    iccid: t.expose('iccid', { type: 'Iccid', nullable: true }),
    sim: t.relation('sim', { nullable: true }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    periodStart: t.expose('periodStart', { type: 'Date' }),
    volumeMb: t.expose('volumeMb', { type: 'Decimal', description: 'Megabytes used.' }),
    thresholdMb: t.expose('thresholdMb', { type: 'Decimal' }),
    level: t.exposeInt('level', { nullable: true, description: 'Percent of the threshold.' }),
    detectedAt: t.expose('detectedAt', { type: 'DateTime' }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const HighUsageAlertConnection = connectionType(HighUsageAlert, 'HighUsageAlertConnection');
