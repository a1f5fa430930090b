/**
 * A month of one SIM card's records, newest first, 100 a page: one of the busy cards, whose
 * month fills more than a page, in the newest month (Paris time).
 */
import { BUSY_EVERY, iccidOf, NEWEST_MONTH } from '../dataset.ts';
import { parisMonth } from '../months.ts';
import {
  canonical,
  dataOf,
  floorRequest,
  graphqlRequest,
  oneOf,
  type Operation,
} from '../operation.ts';

const PRODUCT = `query SimMonth($iccid: Iccid!, $from: DateTime!, $to: DateTime!) {
  sim(iccid: $iccid) {
    iccid msisdn
    cdrs(first: 100, filter: { from: $from, to: $to }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        cdrId startedAt eventType direction calledNumber durationSeconds volume amount
      }
    }
  }
}`;

const POSTGRAPHILE = `query SimMonth($iccid: String!, $from: Datetime!, $to: Datetime!) {
  sim: simByIccid(iccid: $iccid) {
    iccid msisdn
    cdrs: mobileCdrsByIccid(
      first: 100
      orderBy: STARTED_AT_DESC
      filter: { startedAt: { greaterThanOrEqualTo: $from, lessThan: $to } }
    ) {
      pageInfo { hasNextPage endCursor }
      nodes {
        cdrId startedAt eventType direction calledNumber durationSeconds: durationS volume amount
      }
    }
  }
}`;

interface Month {
  iccid: string;
  msisdn: string;
  cdrs: { pageInfo: { hasNextPage: boolean }; nodes: Record<string, unknown>[] };
}

function answerOf(month: Month) {
  return {
    iccid: month.iccid,
    msisdn: month.msisdn,
    hasNextPage: month.cdrs.pageInfo.hasNextPage,
    cdrs: month.cdrs.nodes.map((cdr) => [
      cdr.cdrId,
      canonical.instant(cdr.startedAt),
      cdr.eventType,
      cdr.direction,
      cdr.calledNumber,
      canonical.count(cdr.durationSeconds),
      canonical.count(cdr.volume),
      canonical.decimal(cdr.amount),
    ]),
  };
}

export const simMonth: Operation = {
  id: 'sim-month',
  name: "a SIM's month",
  pick: (size, random) => {
    const cards = Math.floor(size.sims / size.customers) * size.customers;
    const busy = oneOf(Math.max(1, Math.floor(cards / BUSY_EVERY)), random);

    return { iccid: iccidOf(1 + BUSY_EVERY * (busy - 1)), ...parisMonth(NEWEST_MONTH) };
  },
  request: {
    product: (variables) => graphqlRequest(PRODUCT, variables),
    postgraphile: (variables) => graphqlRequest(POSTGRAPHILE, variables),
    floor: (variables) => floorRequest('sim-month', variables),
  },
  answer: {
    product: (body) => answerOf(dataOf(body).sim as Month),
    postgraphile: (body) => answerOf(dataOf(body).sim as Month),
    floor: (body) => answerOf(body as Month),
  },
};
