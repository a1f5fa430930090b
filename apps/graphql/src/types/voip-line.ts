/** VoIP numbers and their SIP accounts, from the `Account_VoIP` snapshots. */
import { PERIOD_DESCRIPTION } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { CdrFilter, fixedCdrCondition } from '../filters/cdr-filter.ts';
import { connectionType } from './connections.ts';
import { LineStatusEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { FixedCdrConnection } from './fixed-cdr.ts';
import { Line } from './line.ts';
import { StatusChangeConnection } from './status-change.ts';
import { loadUsage, UsageTotal } from './usage-total.ts';

export const VoipLine = builder.drizzleNode('voipNumbers', {
  name: 'VoipLine',
  description: 'A VoIP number (SIP account).',
  interfaces: () => [Line],
  id: { column: (line) => line.id },
  fields: (t) => ({
    number: t.expose('number', { type: 'PhoneNumber' }),
    numberRaw: t.exposeString('numberRaw', { description: 'The number as the file wrote it.' }),
    sipAccount: t.exposeString('sipAccount', { nullable: true }),
    channels: t.exposeInt('channels', { nullable: true }),
    status: t.expose('status', { type: LineStatusEnum }),
    offer: t.exposeString('offer', { nullable: true }),
    offerLabel: t.exposeString('offerLabel', { nullable: true }),
    activationDate: t.expose('activationDate', { type: 'Date', nullable: true }),
    terminationDate: t.expose('terminationDate', { type: 'Date', nullable: true }),
    orderRef: t.exposeString('orderRef', { nullable: true }),
    reported: t.exposeBoolean('reported'),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime' }),
    lastReportedAt: t.expose('lastReportedAt', { type: 'DateTime' }),
    snapshotAt: t.expose('snapshotAt', { type: 'DateTime' }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (line) => extraColumns(line.extra) }),
    customer: t.relation('customer'),
    cdrs: t.relatedConnection(
      'fixedCdrs',
      {
        totalCount: true,
        description: 'Rated calls made from the number, newest first.',
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
    usage: t.field({
      type: [UsageTotal],
      description: 'A month of usage of the calls made from the line, by kind of usage.',
      args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
      resolve: (line, args, context) => loadUsage(context, 'line', line.number, args, 'VOIP'),
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

export const VoipLineConnection = connectionType(VoipLine, 'VoipLineConnection');
