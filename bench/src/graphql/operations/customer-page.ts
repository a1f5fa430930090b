/**
 * A customer's page: the customer, its first 50 lines (by number) and SIM cards (newest
 * activation first) with their counts, and its 20 newest mobile records.
 */
import { customerRef } from '../dataset.ts';
import {
  canonical,
  dataOf,
  floorRequest,
  graphqlRequest,
  oneOf,
  type Operation,
} from '../operation.ts';

const PRODUCT = `query CustomerPage($ref: String!) {
  customer(ref: $ref) {
    ref name
    vgaLines(first: 50) { totalCount nodes { number status activationDate } }
    sims(first: 50) { totalCount nodes { iccid msisdn status activationDate } }
    mobileCdrs(first: 20) {
      nodes { cdrId startedAt eventType durationSeconds volume amount }
    }
  }
}`;

const POSTGRAPHILE = `query CustomerPage($ref: String!) {
  customer: customerByRowId(rowId: $ref) {
    ref: rowId name
    lines: vgaLinesByCustomerId(first: 50, orderBy: NUMBER_ASC) {
      totalCount nodes { number status activationDate }
    }
    sims: simsByCustomerId(first: 50, orderBy: ACTIVATION_DATE_DESC) {
      totalCount nodes { iccid msisdn status activationDate }
    }
    cdrs: mobileCdrsByCustomerId(first: 20, orderBy: STARTED_AT_DESC) {
      nodes { cdrId startedAt eventType durationSeconds: durationS volume amount }
    }
  }
}`;

interface Page {
  ref: string;
  name: string;
  lines: { totalCount: number; nodes: { number: string }[] };
  sims: { totalCount: number; nodes: { iccid: string }[] };
  cdrs: { nodes: Record<string, unknown>[] };
}

function answerOf(page: Page) {
  return {
    ref: page.ref,
    name: page.name,
    lines: [page.lines.totalCount, page.lines.nodes.map((line) => line.number)],
    sims: [page.sims.totalCount, page.sims.nodes.map((sim) => sim.iccid)],
    cdrs: page.cdrs.nodes.map((cdr) => [
      cdr.cdrId,
      canonical.instant(cdr.startedAt),
      cdr.eventType,
      canonical.count(cdr.durationSeconds),
      canonical.count(cdr.volume),
      canonical.decimal(cdr.amount),
    ]),
  };
}

export const customerPage: Operation = {
  id: 'customer-page',
  name: 'customer page',
  pick: (size, random) => ({ ref: customerRef(oneOf(size.customers, random)) }),
  request: {
    product: (variables) => graphqlRequest(PRODUCT, variables),
    postgraphile: (variables) => graphqlRequest(POSTGRAPHILE, variables),
    floor: (variables) => floorRequest('customer-page', variables),
  },
  answer: {
    product: (body) => {
      const { vgaLines, mobileCdrs, ...customer } = dataOf(body).customer as Page & {
        vgaLines: Page['lines'];
        mobileCdrs: Page['cdrs'];
      };

      return answerOf({ ...customer, lines: vgaLines, cdrs: mobileCdrs });
    },
    postgraphile: (body) => answerOf(dataOf(body).customer as Page),
    floor: (body) => answerOf(body as Page),
  },
};
