/**
 * `highUsageAlerts`: new high-usage alerts as they are loaded, over server-sent events. Each
 * subscription reads, on every wake-up, the alerts newer than the last it sent, under its
 * caller's read scope: a partner hears of its own customers' alerts only.
 */
import { highUsageAlerts, type Transaction } from '@vnodrop/db';
import { desc } from 'drizzle-orm';
import { Repeater } from 'graphql-yoga';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';
import { InvalidArgumentError } from '../errors.ts';
import { scopedReadOf, type ScopedRead } from '../plugins/use-subscription-scope.ts';
import { HighUsageAlert } from '../types/high-usage-alert.ts';
import { alertWakeups } from './alert-wakeups.ts';

/** Alerts read at once when catching up; more are read straight after. */
const BATCH = 200;

type AlertRow = typeof highUsageAlerts.$inferSelect;

/** The newest alert the caller may see, or 0 when it sees none. */
async function newestVisible(tx: Transaction): Promise<number> {
  const [row] = await tx
    .select({ id: highUsageAlerts.id })
    .from(highUsageAlerts)
    .orderBy(desc(highUsageAlerts.id))
    .limit(1);

  return row?.id ?? 0;
}

function newerThan(tx: Transaction, id: number): Promise<AlertRow[]> {
  return tx.query.highUsageAlerts.findMany({
    where: { id: { gt: id } },
    orderBy: { id: 'asc' },
    limit: BATCH,
  });
}

/** Every alert visible to the caller that is newer than `after` (or than now), in id order. */
function newAlerts(context: GraphContext, after: number | null): Repeater<AlertRow> {
  const read: ScopedRead = scopedReadOf(context);

  return new Repeater<AlertRow>(async (push, stop) => {
    let last = 0;
    let reading: Promise<void> = read(async (tx) => {
      last = after ?? (await newestVisible(tx));
    }).catch((error: unknown) => stop(error));
    const catchUp = () => {
      reading = reading
        .then(async () => {
          let rows: AlertRow[];
          do {
            rows = await read((tx) => newerThan(tx, last));
            for (const row of rows) {
              last = row.id;
              await push(row);
            }
          } while (rows.length === BATCH);
        })
        .catch((error: unknown) => stop(error));
    };

    const remove = await alertWakeups(context.db).add(catchUp);
    catchUp();
    await stop;
    await remove();
  });
}

/** The database id of an alert's global id (`after`). */
function alertId(after: { typename: string; id: string } | null | undefined): number | null {
  if (!after) return null;
  if (after.typename !== 'HighUsageAlert' || !/^\d+$/.test(after.id)) {
    throw new InvalidArgumentError(
      'after',
      '`after` must be the id of a HighUsageAlert, as the graph gave it.',
    );
  }

  return Number(after.id);
}

builder.subscriptionType({
  description: 'Events pushed to the caller over server-sent events (`Accept: text/event-stream`).',
});

builder.subscriptionField('highUsageAlerts', (t) =>
  t.field({
    type: HighUsageAlert,
    description:
      'Each high-usage alert loaded from now on, as soon as it is loaded; with `after`, first ' +
      'those newer than that alert, so that none is missed between two subscriptions.',
    args: {
      after: t.arg.globalID({
        required: false,
        description: 'The id of the last alert already seen.',
      }),
    },
    subscribe: (_root, args, context) => newAlerts(context, alertId(args.after)),
    resolve: (alert: AlertRow) => alert,
  }),
);
