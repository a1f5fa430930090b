/**
 * Rated fixed-line records (`RatedCDRs/VGA`, `RatedCDRs/VOIP`): calls of VGA lines and VoIP
 * numbers.
 */
import { builder } from '../builder.ts';
import { brandAs } from './brand.ts';
import { BilledCdr, Cdr } from './cdr.ts';
import { connectionType } from './connections.ts';
import { ServiceEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { ratingFields } from './rating-fields.ts';
import { Line } from './line.ts';

export const FixedCdr = builder.drizzleNode('fixedCdrs', {
  name: 'FixedCdr',
  description: 'A rated call of a VGA line or a VoIP number.',
  interfaces: () => [Cdr],
  // The record id is unique across the drop; the start time stays out of ids, as drizzle's
  // postgres.js driver cannot bind a Date passed outside a column (drizzle-orm#5789).
  id: { column: (cdr) => [cdr.customerId, cdr.cdrId] },
  fields: (t) => ({
    cdrId: t.exposeString('cdrId'),
    service: t.expose('service', { type: ServiceEnum }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    number: t.expose('lineNumber', { type: 'PhoneNumber', description: 'The calling line.' }),
    numberRaw: t.exposeString('lineNumberRaw'),
    line: t.field({
      type: Line,
      nullable: true,
      description: 'The calling VGA line or VoIP number, once a snapshot has reported it.',
      select: (_args, _context, nestedSelection) => ({
        with: {
          vgaLine: nestedSelection(true, [], 'VgaLine'),
          voipNumber: nestedSelection(true, [], 'VoipLine'),
        },
      }),
      resolve: (cdr) => {
        if (cdr.service === 'VGA') {
          return cdr.vgaLine && brandAs(cdr.vgaLine, 'VgaLine');
        }

        return cdr.voipNumber && brandAs(cdr.voipNumber, 'VoipLine');
      },
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    timeAmbiguous: t.exposeBoolean('timeAmbiguous'),
    durationSeconds: t.exposeInt('durationS'),
    calledNumber: t.expose('calledNumber', { type: 'PhoneNumber', nullable: true }),
    calledNumberRaw: t.exposeString('calledNumberRaw'),
    destination: t.exposeString('destination', { nullable: true }),
    zone: t.exposeString('zone', { nullable: true }),
    unitPrice: t.expose('unitPrice', { type: 'Decimal', nullable: true }),
    amount: t.expose('amount', { type: 'Decimal' }),
    ...ratingFields(t),
    tariffCode: t.exposeString('tariffCode', { nullable: true }),
    billed: t.relation('billed', { nullable: true }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (cdr) => extraColumns(cdr.extra) }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
    loadedAt: t.expose('loadedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const FixedCdrConnection = connectionType(FixedCdr, 'FixedCdrConnection');

export const BilledFixedCdr = builder.drizzleNode('billedFixedCdrs', {
  name: 'BilledFixedCdr',
  description: 'A billed call of a VGA line or a VoIP number.',
  interfaces: () => [BilledCdr],
  id: { column: (cdr) => [cdr.customerId, cdr.cdrId] },
  fields: (t) => ({
    cdrId: t.exposeString('cdrId'),
    service: t.expose('service', { type: ServiceEnum }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    number: t.expose('lineNumber', { type: 'PhoneNumber' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    durationSeconds: t.exposeInt('durationS'),
    calledNumberRaw: t.exposeString('calledNumberRaw'),
    unitPrice: t.expose('unitPrice', { type: 'Decimal', nullable: true }),
    amount: t.expose('amount', { type: 'Decimal' }),
    ...ratingFields(t),
    tariffCode: t.exposeString('tariffCode', { nullable: true }),
    billingPeriod: t.exposeString('billingPeriod'),
    invoiceNumber: t.exposeString('invoiceNumber', { nullable: true }),
    invoice: t.relation('invoice', { nullable: true }),
    rated: t.relation('rated', { nullable: true }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const BilledFixedCdrConnection = connectionType(BilledFixedCdr, 'BilledFixedCdrConnection');
