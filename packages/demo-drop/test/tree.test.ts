import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoDropSummary } from '../src/index.ts';
import { generate, readFolder, type Row } from './support/drop.ts';

/** The default drop against its golden summary, and the summary against the files. */

const GOLDEN = new URL('./golden/summary-seed-42.json', import.meta.url);

let dir = '';
let summary: DemoDropSummary;

beforeAll(async () => {
  ({ dir, summary } = await generate('tree'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const distinct = (files: { rows: Row[] }[], column: string): Set<string> =>
  new Set(files.flatMap(({ rows }) => rows.map((row) => row[column] ?? '')));

const count = (prefix: string): number => summary.files.filter((f) => f.startsWith(prefix)).length;

describe('tree', () => {
  it('tree: the default drop matches its golden summary', async () => {
    const golden = JSON.parse(await readFile(GOLDEN, 'utf8')) as DemoDropSummary;
    expect(summary).toEqual(golden);
  });

  it('tree: every folder of the drop is written, on its schedule', () => {
    expect(count('Account_VGA/')).toBe(18);
    expect(count('Account_VoIP/')).toBe(18);
    expect(count('Account_XDSL/')).toBe(18);
    expect(count('AccountStatus/')).toBe(72);
    expect(count('RatedCDRs/MOBILE/')).toBe(12);
    expect(count('RatedCDRs/VGA/')).toBe(9);
    expect(count('RatedCDRs/VOIP/')).toBe(6);
    expect(count('RatedCDRs/XDSL/')).toBe(6);
    expect(summary.files).toContain('BilledCDRs/MOBILE/BilledCDRs_MOBILE_VNO042_202610.csv');
    expect(summary.files).toContain('BilledCDRs/VGA/BilledCDRs_VGA_VNO042_202610.csv');
    expect(count('Cartes SIM/Commande_CMD')).toBeGreaterThanOrEqual(2);
    expect(count('HighUsage/HighUsage_VNO042_')).toBeGreaterThanOrEqual(1);
    expect(count('Tables tarifaires/Tarifs_GRILLE-MOB-2026_')).toBe(2);
    expect(count('Tables tarifaires/Tarifs_GRILLE-FIXE-2026_')).toBe(1);
    expect(summary.files).toContain('Factures/Clients/202610/Recap_202610.csv');
    expect(count('Factures/Clients/202610/FAC-202610-')).toBe(summary.invoices);
    expect(summary.files).toContain('Factures/Intégrateur/202610/ORI-2026-10-0042.pdf');
    expect(summary.files).toContain('Documents/Guide intégrateur v1.1.pdf');
    expect(summary.files).toContain('Personnalisation/logo.png');
  });

  it('tree: file names follow the drop’s patterns', () => {
    const patterns = [
      /^(Account_VGA|Account_VoIP|Account_XDSL|AccountStatus)\/\1_VNO042_\d{8}_\d{4}\.csv$/,
      /^RatedCDRs\/(MOBILE|VGA|VOIP|XDSL)\/RatedCDRs_\1_VNO042_\d{8}_\d{4}\.csv$/,
      /^HighUsage\/HighUsage_VNO042_\d{8}_\d{4}\.csv$/,
      /^BilledCDRs\/(MOBILE|VGA)\/BilledCDRs_\1_VNO042_\d{6}\.csv$/,
      /^Cartes SIM\/Commande_CMD\d{4}-\d{4}_\d{8}\.csv$/,
      /^Tables tarifaires\/Tarifs_GRILLE-[A-Z]+-\d{4}_\d{8}\.csv$/,
      /^Factures\/Clients\/\d{6}\/(FAC-\d{6}-\d{4}_C\d{6}\.pdf|Recap_\d{6}\.csv)$/,
      /^Factures\/Intégrateur\/\d{6}\/ORI-\d{4}-\d{2}-\d{4}\.pdf$/,
      /^Documents\/.+\.pdf$/,
      /^Personnalisation\/.+\.png$/,
    ];
    const unmatched = summary.files.filter((file) => !patterns.some((p) => p.test(file)));
    expect(unmatched).toEqual([]);
  });

  it('counts: the summary counts what the files hold', async () => {
    const folder = (name: string) => readFolder(dir, summary.files, name);
    const [vga, voip, xdsl, sims, mobile, fixedVga, fixedVoip, charges, recap] = await Promise.all([
      folder('Account_VGA'),
      folder('Account_VoIP'),
      folder('Account_XDSL'),
      folder('AccountStatus'),
      folder('RatedCDRs/MOBILE'),
      folder('RatedCDRs/VGA'),
      folder('RatedCDRs/VOIP'),
      folder('RatedCDRs/XDSL'),
      folder('Factures/Clients/202610'),
    ]);

    expect(distinct([...vga, ...voip, ...xdsl, ...sims], 'CustomerId').size).toBe(
      summary.customers,
    );
    expect(distinct(vga, 'LineNumber').size).toBe(summary.vgaLines);
    expect(distinct(voip, 'SipNumber').size).toBe(summary.voipNumbers);
    expect(distinct(xdsl, 'AccessRef').size).toBe(summary.xdslAccesses);
    expect(distinct(sims, 'Iccid').size).toBe(summary.sims);
    expect(distinct(mobile, 'CdrId').size).toBe(summary.mobileCdrs);
    expect(distinct([...fixedVga, ...fixedVoip], 'CdrId').size).toBe(summary.fixedCdrs);
    expect(distinct(charges, 'CdrId').size).toBe(summary.xdslCharges);
    expect(recap.flatMap(({ rows }) => rows)).toHaveLength(summary.invoices);
  });
});
