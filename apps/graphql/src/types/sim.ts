/** SIM cards, from the `AccountStatus` snapshots, with what their order said. */
import { PERIOD_DESCRIPTION } from '../billing/period.ts';
import { builder } from '../builder.ts';
import { CdrFilter, mobileCdrCondition } from '../filters/cdr-filter.ts';
import { connectionType } from './connections.ts';
import { LineStatusEnum, SimFormatEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { HighUsageAlertConnection } from './high-usage-alert.ts';
import { MobileCdrConnection } from './mobile-cdr.ts';
import {
  canReadSecrets,
  SECRET_COLUMNS,
  SecretsScopeError,
  SimSecrets,
  type SimSecretsShape,
} from './sim-secrets.ts';
import { StatusChangeConnection } from './status-change.ts';
import { loadUsage, UsageTotal } from './usage-total.ts';

export const Sim = builder.drizzleNode('sims', {
  name: 'Sim',
  description:
    'A SIM card, by its ICCID. Its PIN and PUK codes are in `secrets`, for callers with the ' +
    '`sim:secrets` scope.',
  id: { column: (sim) => sim.id },
  fields: (t) => ({
    iccid: t.expose('iccid', { type: 'Iccid' }),
    msisdn: t.expose('msisdn', {
      type: 'PhoneNumber',
      nullable: true,
      description: 'The mobile number, E.164; none before activation.',
    }),
    msisdnRaw: t.exposeString('msisdnRaw', { nullable: true }),
    imsi: t.exposeString('imsi', { nullable: true }),
    status: t.expose('status', { type: LineStatusEnum }),
    statusAt: t.expose('statusAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the status took effect, as the snapshot says.',
    }),
    offer: t.exposeString('offer', { nullable: true }),
    offerLabel: t.exposeString('offerLabel', { nullable: true }),
    activationDate: t.expose('activationDate', { type: 'Date', nullable: true }),
    terminationDate: t.expose('terminationDate', { type: 'Date', nullable: true }),
    format: t.expose('simFormat', { type: SimFormatEnum, nullable: true }),
    profile: t.exposeString('profile', { nullable: true }),
    orderRef: t.exposeString('orderRef', { nullable: true }),
    reported: t.exposeBoolean('reported'),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime' }),
    lastReportedAt: t.expose('lastReportedAt', { type: 'DateTime' }),
    snapshotAt: t.expose('snapshotAt', { type: 'DateTime' }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (sim) => extraColumns(sim.extra) }),
    customer: t.relation('customer'),
    secrets: t.field({
      type: SimSecrets,
      nullable: true,
      description:
        'PIN and PUK codes from the order that listed the card; null when no order did. Needs ' +
        'the `sim:secrets` scope: without it the field is null, with an error.',
      select: (_args, context) =>
        canReadSecrets(context) ? { with: { secrets: { columns: SECRET_COLUMNS } } } : {},
      resolve: (sim, _args, context) => {
        if (!canReadSecrets(context)) {
          throw new SecretsScopeError();
        }

        return (sim as { secrets?: SimSecretsShape | null }).secrets ?? null;
      },
    }),
    order: t.relation('order', {
      nullable: true,
      description: 'The SIM order that listed the card.',
    }),
    cdrs: t.relatedConnection(
      'mobileCdrs',
      {
        totalCount: true,
        description: 'Rated usage of the card, newest first.',
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
    alerts: t.relatedConnection(
      'highUsageAlerts',
      { totalCount: true, query: { orderBy: { detectedAt: 'desc' } } },
      HighUsageAlertConnection,
    ),
    usage: t.field({
      type: [UsageTotal],
      description:
        'A month of usage of the card (the records that carry its ICCID), by kind of usage.',
      args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
      resolve: (sim, args, context) => loadUsage(context, 'sim', sim.iccid, args),
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

export const SimConnection = connectionType(Sim, 'SimConnection');
