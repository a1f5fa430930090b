import { expected } from './fixture.ts';

/** What `drop.expected.json` says the reconciliation of the fixture drop must find. */
export interface ExpectedBilling {
  fixed_rated_not_billed: string[];
  fixed_billed_never_rated: string[];
  mobile_rated_not_billed: string[];
  mobile_billed_amount_differs: string;
  invoice_total_differs: { invoice: string; billed: string; summary: string };
}

export const expectedBilling = expected as unknown as ExpectedBilling;
