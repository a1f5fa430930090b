/** What `drop.expected.json` says the billing assurance of the fixture drop must find. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fixturesDir } from '@vnodrop/testkit';

export interface ExpectedBilling {
  counts: Record<string, number>;
  fixed_rated_not_billed: string[];
  fixed_billed_never_rated: string[];
  mobile_rated_not_billed: string[];
  mobile_billed_amount_differs: string;
  invoice_total_differs: { invoice: string; billed: string; summary: string };
  invoices: number;
  customer_sample: {
    customerId: string;
    simIccids: string[];
    vgaLines: string[];
    ratedMobileCdrs: number;
    ratedVgaCdrs: number;
    invoices: string[];
  };
}

export const FIXTURE_PERIOD = '2026-10';

export async function readExpectedBilling(): Promise<ExpectedBilling> {
  return JSON.parse(
    await readFile(path.join(fixturesDir, 'drop.expected.json'), 'utf8'),
  ) as ExpectedBilling;
}
