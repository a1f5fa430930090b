/**
 * The reconciliation of a month: rated records against billed ones, and each invoice against
 * its billed records. `Reconciliation` holds the figures per service (`totals`), the records
 * that disagree (`discrepancies`, a page at a time) and the invoices that do (`invoiceChecks`).
 */
import {
  BILLING_DISCREPANCY_KINDS,
  checkInvoiceTotals,
  INVOICE_CHECK_STATUSES,
  listBillingDiscrepancies,
  type BillingDiscrepancy as DiscrepancyRow,
  type BillingDiscrepancyKind,
  type InvoiceCheck as InvoiceCheckRow,
  type RateService,
  type ReconciliationSummary,
} from '@vnodrop/db';
import { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { customerLoader, invoiceLoader, recordLoader } from '../loaders/row-loaders.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging.ts';
import { BilledCdr, Cdr } from './cdr.ts';
import { connectionType } from './connections.ts';
import { Customer } from './customer.ts';
import { ServiceEnum } from './enums.ts';
import { Invoice } from './invoice.ts';

/** What the root field hands down: the month, the service, and its figures once read. */
export interface ReconciliationShape {
  readonly period: string;
  readonly service: RateService | null;
  /** The summaries of the month, read once, by the first field that needs them. */
  readonly summaries: () => Promise<ReconciliationSummary[]>;
}

function enumValues<const T extends string>(values: readonly T[]) {
  return Object.fromEntries(
    values.map((value) => [value.toUpperCase().replace(/-/g, '_'), { value }]),
  ) as Record<string, { value: T }>;
}

export const DiscrepancyKindEnum = builder.enumType('DiscrepancyKind', {
  description:
    "RATED_NOT_BILLED: a rated record missing from its month's billed file (once that file is " +
    'in); BILLED_NEVER_RATED: a billed record no rated file delivered; AMOUNT_DIFFERS: billed ' +
    'at another amount than rated; DUPLICATE: the same usage as another record, under another id.',
  values: enumValues(BILLING_DISCREPANCY_KINDS),
});

export const InvoiceCheckStatusEnum = builder.enumType('InvoiceCheckStatus', {
  description:
    "MATCHES: the summary's amount is the sum of the billed records; DIFFERS: it is not; " +
    'NO_SUMMARY: billed records name an invoice the summary does not list; NO_RECORDS: a ' +
    'listed invoice has no billed record.',
  values: enumValues(INVOICE_CHECK_STATUSES),
});

export const ReconciliationTotals =
  builder.objectRef<ReconciliationSummary>('ReconciliationTotals');

ReconciliationTotals.implement({
  description: 'A month of one service in figures. Amounts are euros excluding VAT.',
  fields: (t) => ({
    period: t.exposeString('period'),
    service: t.expose('service', { type: ServiceEnum }),
    billedFileLoaded: t.exposeBoolean('billedFileLoaded', {
      description: "The month's billed file is in: rated records missing from it count.",
    }),
    ratedRecords: t.exposeInt('ratedRecords'),
    ratedAmount: t.expose('ratedAmount', { type: 'Decimal' }),
    expectedAmount: t.expose('expectedAmount', {
      type: 'Decimal',
      description: 'What the rate tables give the rated records.',
    }),
    unratedRecords: t.exposeInt('unratedRecords', {
      description: 'Rated records that no rate prices (or not re-rated yet).',
    }),
    ratingDiffers: t.exposeInt('ratingDiffers', {
      description: 'Rated records whose amount is not what the rate tables give.',
    }),
    billedRecords: t.exposeInt('billedRecords'),
    billedAmount: t.expose('billedAmount', { type: 'Decimal' }),
    ratedNotBilled: t.exposeInt('ratedNotBilled'),
    ratedNotBilledAmount: t.expose('ratedNotBilledAmount', { type: 'Decimal' }),
    billedNeverRated: t.exposeInt('billedNeverRated'),
    billedNeverRatedAmount: t.expose('billedNeverRatedAmount', { type: 'Decimal' }),
    amountDiffers: t.exposeInt('amountDiffers'),
    amountDifference: t.expose('amountDifference', {
      type: 'Decimal',
      description: 'Billed less rated, over the records billed at another amount.',
    }),
    duplicates: t.exposeInt('duplicates'),
  }),
});

export const BillingDiscrepancy = builder.objectRef<DiscrepancyRow>('BillingDiscrepancy');

BillingDiscrepancy.implement({
  description: 'A record on which the rated and the billed files disagree.',
  fields: (t) => ({
    kind: t.expose('kind', { type: DiscrepancyKindEnum }),
    service: t.expose('service', { type: ServiceEnum }),
    period: t.exposeString('period', { description: '`YYYY-MM`, the month of the call.' }),
    cdrId: t.exposeString('cdrId'),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    customerRef: t.exposeString('customerId'),
    customer: t.field({
      type: Customer,
      nullable: true,
      resolve: (row, _args, context) => customerLoader(context).load(row.customerId),
    }),
    ratedAmount: t.expose('ratedAmount', { type: 'Decimal', nullable: true }),
    billedAmount: t.expose('billedAmount', { type: 'Decimal', nullable: true }),
    expectedAmount: t.expose('expectedAmount', {
      type: 'Decimal',
      nullable: true,
      description: 'What the rate tables give the record.',
    }),
    billingPeriod: t.exposeString('billingPeriod', { nullable: true }),
    invoiceNumber: t.exposeString('invoiceNumber', { nullable: true }),
    invoice: t.field({
      type: Invoice,
      nullable: true,
      resolve: (row, _args, context) =>
        row.invoiceNumber === null ? null : invoiceLoader(context).load(row.invoiceNumber),
    }),
    duplicateOf: t.exposeString('duplicateOf', {
      nullable: true,
      description: 'DUPLICATE: the id of the record whose usage this one repeats.',
    }),
    record: t.field({
      type: Cdr,
      nullable: true,
      description: 'The rated record with this id; none when no rated file delivered it.',
      resolve: (row, _args, context) =>
        recordLoader(context).load({ kind: 'rated', service: row.service, cdrId: row.cdrId }),
    }),
    billedRecord: t.field({
      type: BilledCdr,
      nullable: true,
      description: 'The billed record with this id; none when no billed file billed it.',
      resolve: (row, _args, context) =>
        recordLoader(context).load({ kind: 'billed', service: row.service, cdrId: row.cdrId }),
    }),
  }),
});

export const BillingDiscrepancyConnection = connectionType(
  BillingDiscrepancy,
  'BillingDiscrepancyConnection',
);

export const InvoiceCheck = builder.objectRef<InvoiceCheckRow>('InvoiceCheck');

InvoiceCheck.implement({
  description: 'An invoice of the monthly summary against the sum of the records billed on it.',
  fields: (t) => ({
    invoiceNumber: t.exposeString('invoiceNumber'),
    customerRef: t.exposeString('customerId'),
    customer: t.field({
      type: Customer,
      nullable: true,
      resolve: (row, _args, context) => customerLoader(context).load(row.customerId),
    }),
    invoice: t.field({
      type: Invoice,
      nullable: true,
      description: 'None when the summary does not list the invoice.',
      resolve: (row, _args, context) => invoiceLoader(context).load(row.invoiceNumber),
    }),
    period: t.exposeString('period'),
    status: t.expose('status', { type: InvoiceCheckStatusEnum }),
    summaryAmount: t.expose('summaryAmount', {
      type: 'Decimal',
      nullable: true,
      description: '`AmountExclTax` of the monthly summary.',
    }),
    billedAmount: t.expose('billedAmount', {
      type: 'Decimal',
      description: 'The sum of its billed records, rounded to the cent.',
    }),
    billedRecords: t.exposeInt('billedRecords'),
    difference: t.expose('difference', {
      type: 'Decimal',
      nullable: true,
      description: '`summaryAmount − billedAmount`.',
    }),
  }),
});

export const InvoiceCheckConnection = connectionType(InvoiceCheck, 'InvoiceCheckConnection');

const COUNT_OF: Record<BillingDiscrepancyKind, keyof ReconciliationSummary> = {
  'rated-not-billed': 'ratedNotBilled',
  'billed-never-rated': 'billedNeverRated',
  'amount-differs': 'amountDiffers',
  duplicate: 'duplicates',
};

/** How many discrepancies of `kinds` the summaries count. */
function discrepancyCount(
  summaries: readonly ReconciliationSummary[],
  kinds: readonly BillingDiscrepancyKind[],
): number {
  return summaries.reduce(
    (total, summary) =>
      total + kinds.reduce((sum, kind) => sum + Number(summary[COUNT_OF[kind]]), 0),
    0,
  );
}

const PAGE = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE };

export const Reconciliation = builder.objectRef<ReconciliationShape>('Reconciliation');

Reconciliation.implement({
  description:
    'A month of billing assurance, for one service or all: rated against billed, record by ' +
    'record, and invoices against their records.',
  fields: (t) => ({
    period: t.exposeString('period'),
    service: t.expose('service', { type: ServiceEnum, nullable: true }),
    totals: t.field({
      type: [ReconciliationTotals],
      description: 'The figures of each service that has rated or billed records that month.',
      resolve: (report) => report.summaries(),
    }),
    discrepancies: t.connection(
      {
        type: BillingDiscrepancy,
        description: 'The records that disagree, by service, kind and record id.',
        args: {
          kinds: t.arg({
            type: [DiscrepancyKindEnum],
            required: false,
            description: 'Only these kinds (all by default).',
          }),
        },
        resolve: async (report, args, context) => {
          const kinds = args.kinds?.length ? args.kinds : BILLING_DISCREPANCY_KINDS;
          const page = await resolveOffsetConnection({ args, ...PAGE }, ({ offset, limit }) =>
            listBillingDiscrepancies(context.db, {
              period: report.period,
              ...(report.service === null ? {} : { service: report.service }),
              kinds,
              offset,
              limit,
            }),
          );

          return {
            ...page,
            totalCount: async () => discrepancyCount(await report.summaries(), kinds),
          };
        },
      },
      // The connection types are shared and untyped by node (see `connections.ts`).
      BillingDiscrepancyConnection as never,
    ),
    invoiceChecks: t.connection(
      {
        type: InvoiceCheck,
        description:
          "The month's invoices against their billed records (every service: an invoice covers " +
          'them all), by invoice number.',
        args: {
          differencesOnly: t.arg.boolean({
            defaultValue: true,
            description: 'Leave out the invoices that match (the default).',
          }),
        },
        resolve: async (report, args, context) => {
          const checks = await checkInvoiceTotals(context.db, {
            period: report.period,
            onlyDifferences: args.differencesOnly ?? true,
          });

          return resolveArrayConnection({ args, ...PAGE }, checks);
        },
      },
      InvoiceCheckConnection as never,
    ),
  }),
});
