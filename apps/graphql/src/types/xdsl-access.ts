/** xDSL accesses, from the `Account_XDSL` snapshots, with their rated charges. */
import { PERIOD_DESCRIPTION } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { LineStatusEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { Line } from './line.ts';
import { StatusChangeConnection } from './status-change.ts';
import { UsageTotal } from './usage-total.ts';
import { XdslChargeConnection } from './xdsl-charge.ts';

export const XdslAccess = builder.drizzleNode('xdslAccesses', {
  name: 'XdslAccess',
  description: 'An xDSL access, by its access reference.',
  interfaces: () => [Line],
  id: { column: (access) => access.id },
  fields: (t) => ({
    accessRef: t.exposeString('accessRef'),
    number: t.expose('lineNumber', {
      type: 'PhoneNumber',
      nullable: true,
      description: 'The phone line the access rides on, when there is one.',
    }),
    numberRaw: t.exposeString('lineNumberRaw', { nullable: true }),
    technology: t.exposeString('technology', { nullable: true }),
    downloadKbps: t.exposeInt('downloadKbps', { nullable: true }),
    uploadKbps: t.exposeInt('uploadKbps', { nullable: true }),
    status: t.expose('status', { type: LineStatusEnum }),
    offer: t.exposeString('offer', { nullable: true }),
    offerLabel: t.exposeString('offerLabel', { nullable: true }),
    activationDate: t.expose('activationDate', { type: 'Date', nullable: true }),
    terminationDate: t.expose('terminationDate', { type: 'Date', nullable: true }),
    orderRef: t.exposeString('orderRef', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    zipCode: t.exposeString('zipCode', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    reported: t.exposeBoolean('reported'),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime' }),
    lastReportedAt: t.expose('lastReportedAt', { type: 'DateTime' }),
    snapshotAt: t.expose('snapshotAt', { type: 'DateTime' }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (line) => extraColumns(line.extra) }),
    customer: t.relation('customer'),
    charges: t.relatedConnection(
      'xdslCharges',
      {
        totalCount: true,
        description: 'Rated charges of the access: subscriptions, one-off fees, usage.',
        query: { orderBy: { cdrId: 'asc' } },
      },
      XdslChargeConnection,
    ),
    usage: t.field({
      type: [UsageTotal],
      description:
        'None: an access has rated charges (`charges`), not usage records. For the calls of the ' +
        'line it rides on, ask that line.',
      args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
      resolve: () => [],
    }),
    statusHistory: t.relatedConnection(
      'statusChanges',
      { totalCount: true, query: { orderBy: { observedAt: 'asc' } } },
      StatusChangeConnection,
    ),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const XdslAccessConnection = connectionType(XdslAccess, 'XdslAccessConnection');
