/**
 * The filter of usage records, as SQL over the rated tables. The same conditions serve the
 * pages of records, their counts and the records of one customer, line or SIM card.
 */
import {
  billedFixedCdrs,
  billedMobileCdrs,
  type EventType,
  type fixedCdrs,
  type mobileCdrs,
  type RateService,
} from '@vnodrop/db';
import { and, type Column, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { EventTypeEnum, ServiceEnum } from '../types/enums.ts';

export interface CdrFilterInput {
  from?: Date | null;
  to?: Date | null;
  eventType?: EventType[] | null;
  service?: RateService[] | null;
  customer?: string | null;
  number?: string | null;
  billed?: boolean | null;
}

export const CdrFilter = builder.inputType('CdrFilter', {
  description: 'Narrows a list of usage records. Every condition given must hold.',
  fields: (t) => ({
    from: t.field({
      type: 'DateTime',
      required: false,
      description: 'Records that started at or after this instant.',
    }),
    to: t.field({
      type: 'DateTime',
      required: false,
      description: 'Records that started before this instant (exclusive).',
    }),
    eventType: t.field({
      type: [EventTypeEnum],
      required: false,
      description: 'Only these kinds of usage; fixed-line records are VOICE.',
    }),
    service: t.field({
      type: [ServiceEnum],
      required: false,
      description: 'Only records of these services.',
    }),
    customer: t.string({
      required: false,
      description: "Only this customer's records, by its reference (`C000001`).",
    }),
    number: t.field({
      type: 'PhoneNumber',
      required: false,
      description: 'Only records of this calling line or SIM number (MSISDN).',
    }),
    billed: t.boolean({
      required: false,
      description: 'True: only records a billed file has billed; false: only those not billed.',
    }),
  }),
});

/** The condition no row meets: the filter excludes the whole table. */
const NOTHING = sql`false`;

/** True when a condition can match no row, so that its table need not be queried. */
export function isNothing(condition: SQL | undefined): boolean {
  return condition === NOTHING;
}

function period(startedAt: Column, filter: CdrFilterInput) {
  return [
    filter.from ? gte(startedAt, filter.from) : undefined,
    filter.to ? lt(startedAt, filter.to) : undefined,
  ];
}

/** The condition on the mobile records table (or its alias); undefined when none. */
export function mobileCdrCondition(
  table: typeof mobileCdrs,
  filter: CdrFilterInput | null | undefined,
): SQL | undefined {
  if (!filter) {
    return undefined;
  }

  if (filter.service?.length && !filter.service.includes('MOBILE')) {
    return NOTHING;
  }

  const billed = sql`exists (select 1 from ${billedMobileCdrs} where ${billedMobileCdrs.customerId} = ${table.customerId} and ${billedMobileCdrs.cdrId} = ${table.cdrId})`;

  return and(
    ...period(table.startedAt, filter),
    filter.eventType?.length ? inArray(table.eventType, filter.eventType) : undefined,
    filter.customer ? eq(table.customerId, filter.customer) : undefined,
    filter.number ? eq(table.msisdn, filter.number) : undefined,
    filter.billed == null ? undefined : filter.billed ? billed : sql`not ${billed}`,
  );
}

/** The condition on the fixed records table (or its alias); undefined when none. */
export function fixedCdrCondition(
  table: typeof fixedCdrs,
  filter: CdrFilterInput | null | undefined,
): SQL | undefined {
  if (!filter) {
    return undefined;
  }

  if (filter.eventType?.length && !filter.eventType.includes('VOICE')) {
    return NOTHING;
  }

  const services = filter.service?.filter((service) => service !== 'MOBILE');

  if (filter.service?.length && !services?.length) {
    return NOTHING;
  }

  const billed = sql`exists (select 1 from ${billedFixedCdrs} where ${billedFixedCdrs.customerId} = ${table.customerId} and ${billedFixedCdrs.cdrId} = ${table.cdrId})`;

  return and(
    ...period(table.startedAt, filter),
    services?.length ? inArray(table.service, services as ('VGA' | 'VOIP')[]) : undefined,
    filter.customer ? eq(table.customerId, filter.customer) : undefined,
    filter.number ? eq(table.lineNumber, filter.number) : undefined,
    filter.billed == null ? undefined : filter.billed ? billed : sql`not ${billed}`,
  );
}
