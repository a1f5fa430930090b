import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `shared/fixtures` beside the checkout, or FIXTURES_DIR. */
export const fixturesDir =
  process.env.FIXTURES_DIR ?? path.resolve(here, '../../../../../shared/fixtures');

export const fixtureDrop = path.join(fixturesDir, 'drop');

export interface ExpectedDrop {
  counts: Record<string, number>;
  vga_status_changes: Record<string, string[]>;
  vga_dropped_after_second_snapshot: string;
  sim_barred_from_0300: string;
  mobile_duplicate_cdr: string;
  dst_cdrs: { cdrId: string; utc: string; ambiguous: boolean }[];
  puk_sample: { iccid: string; puk1: string };
  invoices: number;
  invoice_total_differs: { invoice: string; billed: string; summary: string };
  customer_sample: {
    customerId: string;
    name: string;
    vgaLines: string[];
    voipNumbers: string[];
    xdslAccesses: string[];
    simIccids: string[];
    ratedMobileCdrs: number;
    ratedVgaCdrs: number;
    invoices: string[];
  };
  files: string[];
}

export const expected: ExpectedDrop = JSON.parse(
  readFileSync(path.join(fixturesDir, 'drop.expected.json'), 'utf8'),
);
