/** Rated mobile usage records (`RatedCDRs/MOBILE`): voice, SMS, MMS and data. */
import { builder } from '../builder.ts';
import { BilledCdr, Cdr } from './cdr.ts';
import { connectionType } from './connections.ts';
import { DirectionEnum, EventTypeEnum, ServiceEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { ratingFields } from './rating-fields.ts';

export const MobileCdr = builder.drizzleNode('mobileCdrs', {
  name: 'MobileCdr',
  description: 'A rated mobile record of a SIM card.',
  interfaces: () => [Cdr],
  // The record id is unique across the drop; the start time stays out of ids, as drizzle's
  // postgres.js driver cannot bind a Date passed outside a column (drizzle-orm#5789).
  id: { column: (cdr) => [cdr.customerId, cdr.cdrId] },
  fields: (t) => ({
    cdrId: t.exposeString('cdrId'),
    service: t.field({ type: ServiceEnum, resolve: () => 'MOBILE' as const }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    number: t.expose('msisdn', { type: 'PhoneNumber', description: 'The SIM card number.' }),
    msisdnRaw: t.exposeString('msisdnRaw'),
    iccid: t.expose('iccid', { type: 'Iccid', nullable: true }),
    sim: t.relation('sim', {
      nullable: true,
      description: 'The card, by the ICCID the record carries.',
    }),
    eventType: t.expose('eventType', { type: EventTypeEnum }),
    direction: t.expose('direction', { type: DirectionEnum, nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    timeAmbiguous: t.exposeBoolean('timeAmbiguous'),
    durationSeconds: t.exposeInt('durationS', { nullable: true }),
    volume: t.exposeInt('volume', {
      nullable: true,
      description: 'Kilobytes for data, a count for SMS and MMS.',
    }),
    calledNumber: t.expose('calledNumber', { type: 'PhoneNumber', nullable: true }),
    calledNumberRaw: t.exposeString('calledNumberRaw', { nullable: true }),
    roaming: t.exposeBoolean('roaming', { nullable: true }),
    country: t.exposeString('country', {
      nullable: true,
      description: 'ISO 3166 alpha-2 when roaming.',
    }),
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

export const MobileCdrConnection = connectionType(MobileCdr, 'MobileCdrConnection');

export const BilledMobileCdr = builder.drizzleNode('billedMobileCdrs', {
  name: 'BilledMobileCdr',
  description: 'A billed mobile record.',
  interfaces: () => [BilledCdr],
  id: { column: (cdr) => [cdr.customerId, cdr.cdrId] },
  fields: (t) => ({
    cdrId: t.exposeString('cdrId'),
    service: t.field({ type: ServiceEnum, resolve: () => 'MOBILE' as const }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    number: t.expose('msisdn', { type: 'PhoneNumber' }),
    iccid: t.expose('iccid', { type: 'Iccid', nullable: true }),
    eventType: t.expose('eventType', { type: EventTypeEnum }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    durationSeconds: t.exposeInt('durationS', { nullable: true }),
    volume: t.exposeInt('volume', { nullable: true }),
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

export const BilledMobileCdrConnection = connectionType(
  BilledMobileCdr,
  'BilledMobileCdrConnection',
);
