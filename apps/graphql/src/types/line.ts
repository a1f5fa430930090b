/**
 * `Line`: what VGA lines, VoIP numbers and xDSL accesses have in common. Each is reported by
 * its own snapshot family and lives in its own table; the interface lets a client ask for "the
 * line with this number" and get whichever it is.
 */
import { PERIOD_DESCRIPTION } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { Customer } from './customer.ts';
import { LineStatusEnum } from './enums.ts';
import { SourceFile } from './source-file.ts';
import { StatusChangeConnection } from './status-change.ts';
import { UsageTotal } from './usage-total.ts';

export const LINE_TYPES = ['VgaLine', 'VoipLine', 'XdslAccess'] as const;
export type LineTypeName = (typeof LINE_TYPES)[number];

export const Line = builder.interfaceRef<object>('Line');

Line.implement({
  description: 'A fixed line: a VGA line, a VoIP number or an xDSL access.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => {
    if ('accessRef' in row) return 'XdslAccess';
    if ('sipAccount' in row) return 'VoipLine';

    return 'VgaLine';
  },
  fields: (t) => ({
    number: t.field({
      type: 'PhoneNumber',
      nullable: true,
      description: 'The directory number, E.164; an xDSL access may have none.',
    }),
    status: t.field({ type: LineStatusEnum }),
    offer: t.string({ nullable: true }),
    offerLabel: t.string({ nullable: true }),
    activationDate: t.field({ type: 'Date', nullable: true }),
    terminationDate: t.field({ type: 'Date', nullable: true }),
    orderRef: t.string({ nullable: true }),
    reported: t.boolean({ description: 'Listed in the newest snapshot of its family.' }),
    firstSeenAt: t.field({ type: 'DateTime' }),
    lastReportedAt: t.field({ type: 'DateTime' }),
    snapshotAt: t.field({
      type: 'DateTime',
      description: 'Extraction time of the snapshot that set the current state.',
    }),
    customer: t.field({ type: Customer }),
    statusHistory: t.field({
      type: StatusChangeConnection,
      args: {
        first: t.arg.int({ required: false }),
        after: t.arg.string({ required: false }),
        last: t.arg.int({ required: false }),
        before: t.arg.string({ required: false }),
      },
    }),
    usage: t.field({
      type: [UsageTotal],
      description:
        'A month of usage of the calls made from the line, by kind of usage; none for an xDSL ' +
        'access.',
      args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
    }),
    sourceFile: t.field({ type: SourceFile }),
    sourceLine: t.int(),
  }),
});
