/**
 * `UsageTotal`: a month of usage of a customer, a line or a SIM card, for one service and kind
 * of usage, from the rated records (and what the billed ones and the re-rating say of them).
 */
import type { RateService, UsageGrouping, UsageTotal as UsageTotalRow } from '@vnodrop/db';
import { periodArgument } from '../billing/period.ts';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';
import { usageLoader } from '../loaders/usage-loader.ts';
import { EventTypeEnum, ServiceEnum } from './enums.ts';

export const UsageTotal = builder.objectRef<UsageTotalRow>('UsageTotal');

UsageTotal.implement({
  description:
    'Usage of one month, service and kind of usage. Amounts are euros excluding VAT: as the ' +
    'wholesaler rated the records, as the rate tables give them (re-rated), and as billed.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '`YYYY-MM`, the month of the calls.' }),
    service: t.expose('service', { type: ServiceEnum }),
    eventType: t.expose('eventType', { type: EventTypeEnum }),
    records: t.exposeInt('records', { description: 'Rated records.' }),
    billedRecords: t.exposeInt('billedRecords', {
      description: "Billed records (none until the month's billed file has come).",
    }),
    unratedRecords: t.exposeInt('unratedRecords', {
      description: 'Rated records that no rate of the tables prices (or not re-rated yet).',
    }),
    seconds: t.expose('seconds', { type: 'SafeInt', description: 'Voice: seconds of calls.' }),
    kilobytes: t.expose('kilobytes', { type: 'SafeInt', description: 'Data: kilobytes.' }),
    messages: t.expose('messages', { type: 'SafeInt', description: 'SMS and MMS: messages.' }),
    ratedAmount: t.expose('ratedAmount', {
      type: 'Decimal',
      description: "The rated records' amounts, as the wholesaler rated them.",
    }),
    expectedAmount: t.expose('expectedAmount', {
      type: 'Decimal',
      description: 'What the rate tables give the same records (the re-rating).',
    }),
    billedAmount: t.expose('billedAmount', {
      type: 'Decimal',
      description: "The billed records' amounts.",
    }),
  }),
});

/** What a `usage` field asks for: its month. */
export interface UsageArgs {
  period: string;
}

/**
 * The totals of `subject` for the month of `args`, batched with every other subject of the
 * same kind asked for in the operation; only those of `service` when given.
 */
export async function loadUsage(
  context: GraphContext,
  by: UsageGrouping,
  subject: string,
  args: UsageArgs,
  service?: RateService,
): Promise<UsageTotalRow[]> {
  const period = periodArgument(args.period);
  const totals = await usageLoader(context).load({ by, period, subject });

  return service === undefined ? totals : totals.filter((total) => total.service === service);
}
