/** A customer of the integrator, and everything the drop says about it. */
import { PERIOD_DESCRIPTION } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { fixedCdrCondition, mobileCdrCondition, CdrFilter } from '../filters/cdr-filter.ts';
import { LineFilter, lineWhere } from '../filters/line-filter.ts';
import { connectionType } from './connections.ts';
import { FixedCdrConnection } from './fixed-cdr.ts';
import { HighUsageAlertConnection } from './high-usage-alert.ts';
import { InvoiceConnection } from './invoice.ts';
import { MobileCdrConnection } from './mobile-cdr.ts';
import { SimConnection } from './sim.ts';
import { StatusChangeConnection } from './status-change.ts';
import { loadUsage, UsageTotal } from './usage-total.ts';
import { VgaLineConnection } from './vga-line.ts';
import { VoipLineConnection } from './voip-line.ts';
import { XdslAccessConnection } from './xdsl-access.ts';
import { XdslChargeConnection } from './xdsl-charge.ts';

export const Customer = builder.drizzleNode('customers', {
  name: 'Customer',
  description: "A customer of the integrator, keyed by the wholesaler's customer id.",
  id: { column: (customer) => customer.id },
  fields: (t) => ({
    ref: t.exposeString('id', {
      description: "The wholesaler's customer id (`CustomerId`, such as `C000001`).",
    }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'From the newest row that named the customer.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    vgaLines: t.relatedConnection(
      'vgaLines',
      {
        totalCount: true,
        args: { filter: t.arg({ type: LineFilter, required: false }) },
        query: (args) => ({ where: lineWhere(args.filter), orderBy: { number: 'asc' } }),
      },
      VgaLineConnection,
    ),
    voipLines: t.relatedConnection(
      'voipNumbers',
      {
        totalCount: true,
        args: { filter: t.arg({ type: LineFilter, required: false }) },
        query: (args) => ({ where: lineWhere(args.filter), orderBy: { number: 'asc' } }),
      },
      VoipLineConnection,
    ),
    xdslAccesses: t.relatedConnection(
      'xdslAccesses',
      {
        totalCount: true,
        args: { filter: t.arg({ type: LineFilter, required: false }) },
        query: (args) => ({ where: lineWhere(args.filter), orderBy: { accessRef: 'asc' } }),
      },
      XdslAccessConnection,
    ),
    sims: t.relatedConnection(
      'sims',
      {
        totalCount: true,
        description: 'Newest activation first; cards never activated last.',
        args: { filter: t.arg({ type: LineFilter, required: false }) },
        query: (args) => ({
          where: lineWhere(args.filter),
          extras: {
            activationOrder: (table, { sql }) =>
              sql<string>`coalesce(${table.activationDate}::text, '')`,
          },
          orderBy: { activationOrder: 'desc' },
        }),
      },
      SimConnection,
    ),
    mobileCdrs: t.relatedConnection(
      'mobileCdrs',
      {
        totalCount: true,
        description: 'Rated mobile records, newest first.',
        args: { filter: t.arg({ type: CdrFilter, required: false }) },
        query: (args) => ({
          where: args.filter
            ? { RAW: (table) => mobileCdrCondition(table, args.filter)! }
            : undefined,
          orderBy: { startedAt: 'desc' },
        }),
      },
      MobileCdrConnection,
    ),
    fixedCdrs: t.relatedConnection(
      'fixedCdrs',
      {
        totalCount: true,
        description: 'Rated VGA and VoIP records, newest first.',
        args: { filter: t.arg({ type: CdrFilter, required: false }) },
        query: (args) => ({
          where: args.filter
            ? { RAW: (table) => fixedCdrCondition(table, args.filter)! }
            : undefined,
          orderBy: { startedAt: 'desc' },
        }),
      },
      FixedCdrConnection,
    ),
    xdslCharges: t.relatedConnection(
      'xdslCharges',
      { totalCount: true, query: { orderBy: { cdrId: 'asc' } } },
      XdslChargeConnection,
    ),
    invoices: t.relatedConnection(
      'invoices',
      {
        totalCount: true,
        description: 'Newest first.',
        query: { orderBy: { invoiceDate: 'desc', invoiceNumber: 'desc' } },
      },
      InvoiceConnection,
    ),
    alerts: t.relatedConnection(
      'highUsageAlerts',
      {
        totalCount: true,
        description: 'High data usage alerts, newest first.',
        query: { orderBy: { detectedAt: 'desc' } },
      },
      HighUsageAlertConnection,
    ),
    statusHistory: t.relatedConnection(
      'statusChanges',
      {
        totalCount: true,
        description: 'Every status change of its lines, accesses and SIM cards, oldest first.',
        query: { orderBy: { observedAt: 'asc' } },
      },
      StatusChangeConnection,
    ),
    usage: t.field({
      type: [UsageTotal],
      description: 'A month of usage of all its lines and cards, by service and kind of usage.',
      args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
      resolve: (customer, args, context) => loadUsage(context, 'customer', customer.id, args),
    }),
    sourceFile: t.relation('sourceFile', {
      description: 'The file of the newest row that named the customer.',
    }),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const CustomerConnection = connectionType(Customer, 'CustomerConnection');
