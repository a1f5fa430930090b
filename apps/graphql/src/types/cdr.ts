/**
 * `Cdr` and `BilledCdr`: what rated and billed usage records have in common, whatever the
 * service. Mobile and fixed records live in different tables with different columns; the
 * interfaces let one list hold both.
 */
import { builder } from '../builder.ts';
import { Customer } from './customer.ts';
import { ServiceEnum } from './enums.ts';
import { ExtraColumn } from './extra-column.ts';
import { Invoice } from './invoice.ts';
import { ratingInterfaceFields } from './rating-fields.ts';
import { SourceFile } from './source-file.ts';

export const Cdr = builder.interfaceRef<object>('Cdr');
export const BilledCdr = builder.interfaceRef<object>('BilledCdr');

Cdr.implement({
  description: 'A rated usage record (CDR), as the daily rated files deliver it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => ('msisdn' in row ? 'MobileCdr' : 'FixedCdr'),
  fields: (t) => ({
    cdrId: t.string({ description: 'The record id, unique across the files of the drop.' }),
    service: t.field({ type: ServiceEnum }),
    customerRef: t.string({ description: 'The customer id the record carries (`C000001`).' }),
    customer: t.field({ type: Customer, nullable: true }),
    number: t.field({
      type: 'PhoneNumber',
      description: 'The calling line, or the SIM card number, E.164.',
    }),
    startedAt: t.field({ type: 'DateTime' }),
    timeAmbiguous: t.boolean({
      description:
        'The local start time fell in the repeated autumn hour; its first occurrence was taken.',
    }),
    durationSeconds: t.int({ nullable: true }),
    calledNumber: t.field({
      type: 'PhoneNumber',
      nullable: true,
      description: 'E.164 when the called number is a phone number.',
    }),
    calledNumberRaw: t.string({
      nullable: true,
      description: 'The called number as written, short codes included.',
    }),
    destination: t.string({ nullable: true }),
    zone: t.string({ nullable: true }),
    unitPrice: t.field({ type: 'Decimal', nullable: true }),
    amount: t.field({ type: 'Decimal', description: 'Euros excluding VAT.' }),
    ...ratingInterfaceFields(t),
    tariffCode: t.string({ nullable: true }),
    billed: t.field({
      type: BilledCdr,
      nullable: true,
      description: 'The billed record with the same id, once a billed file has billed it.',
    }),
    extraColumns: t.field({ type: [ExtraColumn] }),
    sourceFile: t.field({ type: SourceFile }),
    sourceLine: t.int(),
    loadedAt: t.field({ type: 'DateTime' }),
    updatedAt: t.field({ type: 'DateTime' }),
  }),
});

BilledCdr.implement({
  description: 'A billed usage record: a rated record of the month, with the invoice it went on.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => ('msisdn' in row ? 'BilledMobileCdr' : 'BilledFixedCdr'),
  fields: (t) => ({
    cdrId: t.string({ description: 'The id of the rated record it bills.' }),
    service: t.field({ type: ServiceEnum }),
    customerRef: t.string(),
    customer: t.field({ type: Customer, nullable: true }),
    number: t.field({ type: 'PhoneNumber' }),
    startedAt: t.field({ type: 'DateTime' }),
    durationSeconds: t.int({ nullable: true }),
    unitPrice: t.field({ type: 'Decimal', nullable: true }),
    amount: t.field({ type: 'Decimal', description: 'The billed amount, euros excluding VAT.' }),
    ...ratingInterfaceFields(t),
    tariffCode: t.string({ nullable: true }),
    billingPeriod: t.string({ description: '`YYYY-MM`.' }),
    invoiceNumber: t.string({ nullable: true }),
    invoice: t.field({ type: Invoice, nullable: true }),
    rated: t.field({
      type: Cdr,
      nullable: true,
      description: 'The rated record it bills; none when no rated file delivered it.',
    }),
    sourceFile: t.field({ type: SourceFile }),
    sourceLine: t.int(),
  }),
});
