/**
 * A customer's usage totals for the newest month (Paris time), per kind of usage: records,
 * seconds of voice, kilobytes of data, messages, and the rated amount. PostGraphile answers
 * it with pg-aggregates' grouped aggregates over a filtered connection.
 */
import { customerRef, NEWEST_MONTH } from '../dataset.ts';
import { parisMonth } from '../months.ts';
import {
  canonical,
  dataOf,
  floorRequest,
  graphqlRequest,
  oneOf,
  type Operation,
} from '../operation.ts';

const PRODUCT = `query UsageTotals($ref: String!, $period: String!) {
  customer(ref: $ref) {
    usage(period: $period) { eventType records seconds kilobytes messages ratedAmount }
  }
}`;

const POSTGRAPHILE = `query UsageTotals($ref: String!, $from: Datetime!, $to: Datetime!) {
  customer: customerByRowId(rowId: $ref) {
    cdrs: mobileCdrsByCustomerId(
      filter: { startedAt: { greaterThanOrEqualTo: $from, lessThan: $to } }
    ) {
      groupedAggregates(groupBy: [EVENT_TYPE]) {
        keys
        distinctCount { cdrId }
        sum { durationS volume amount }
      }
    }
  }
}`;

interface Total {
  eventType: string;
  records: unknown;
  seconds: unknown;
  kilobytes: unknown;
  messages: unknown;
  ratedAmount: unknown;
}

function answerOf(totals: Total[]) {
  return totals
    .map((total) => [
      total.eventType,
      canonical.count(total.records),
      canonical.count(total.seconds),
      canonical.count(total.kilobytes),
      canonical.count(total.messages),
      canonical.decimal(total.ratedAmount),
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

interface Group {
  keys: [string];
  distinctCount: { cdrId: string };
  sum: { durationS: string; volume: string; amount: string };
}

/** pg-aggregates' groups as totals: a kind's volume is kilobytes for data, else messages. */
function fromGroups(groups: Group[]): Total[] {
  return groups.map((group) => {
    const [eventType] = group.keys;
    const volume = Number(group.sum.volume);

    return {
      eventType,
      records: group.distinctCount.cdrId,
      seconds: group.sum.durationS,
      kilobytes: eventType === 'DATA' ? volume : 0,
      messages: eventType === 'SMS' || eventType === 'MMS' ? volume : 0,
      ratedAmount: group.sum.amount,
    };
  });
}

export const usageTotals: Operation = {
  id: 'usage-totals',
  name: 'usage totals',
  needs: 'usage',
  pick: (size, random) => ({
    ref: customerRef(oneOf(size.customers, random)),
    period: NEWEST_MONTH,
    ...parisMonth(NEWEST_MONTH),
  }),
  request: {
    product: ({ ref, period }) => graphqlRequest(PRODUCT, { ref: ref!, period: period! }),
    postgraphile: ({ ref, from, to }) =>
      graphqlRequest(POSTGRAPHILE, { ref: ref!, from: from!, to: to! }),
    floor: (variables) => floorRequest('usage-totals', variables),
  },
  answer: {
    product: (body) => {
      const customer = dataOf(body).customer as { usage: Total[] };

      return answerOf(customer.usage);
    },
    postgraphile: (body) => {
      const customer = dataOf(body).customer as { cdrs: { groupedAggregates: Group[] } };

      return answerOf(fromGroups(customer.cdrs.groupedAggregates));
    },
    floor: (body) => answerOf(body as Total[]),
  },
};
