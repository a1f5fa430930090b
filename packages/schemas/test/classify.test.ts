import { expect, it } from 'vitest';
import { classifyPath, contentTypeOf } from '../src/index.ts';

const familyOf = (path: string) => classifyPath(path)?.format?.family ?? null;

it('classify: snapshots, rated records and alerts carry their extraction time (Paris)', () => {
  const facts = classifyPath('Account_VGA/Account_VGA_VNO042_20261203_0400.csv');

  expect(facts?.format?.family).toBe('account-vga');
  expect(facts?.vnoCode).toBe('VNO042');
  expect(facts?.extractedAt?.toISOString()).toBe('2026-12-03T03:00:00.000Z');
  expect(classifyPath('RatedCDRs/MOBILE/RatedCDRs_MOBILE_VNO042_20260615_1000.csv')).toMatchObject({
    format: { family: 'rated-mobile' },
    extractedAt: new Date('2026-06-15T08:00:00.000Z'),
  });
  expect(classifyPath('HighUsage/HighUsage_VNO042_20261025_1400.csv')?.format?.family).toBe(
    'high-usage',
  );
});

it('classify: every CSV family by folder and file name', () => {
  expect(familyOf('Account_VoIP/Account_VoIP_VNO042_20261025_0400.csv')).toBe('account-voip');
  expect(familyOf('Account_XDSL/Account_XDSL_VNO042_20261025_0400.csv')).toBe('account-xdsl');
  expect(familyOf('AccountStatus/AccountStatus_VNO042_20261025_0300.csv')).toBe('account-status');
  expect(familyOf('RatedCDRs/VGA/RatedCDRs_VGA_VNO042_20261025_0600.csv')).toBe('rated-vga');
  expect(familyOf('RatedCDRs/VOIP/RatedCDRs_VOIP_VNO042_20261025_2300.csv')).toBe('rated-voip');
  expect(familyOf('RatedCDRs/XDSL/RatedCDRs_XDSL_VNO042_20261025_2300.csv')).toBe('rated-xdsl');
  expect(familyOf('BilledCDRs/MOBILE/BilledCDRs_MOBILE_VNO042_202610.csv')).toBe('billed-mobile');
  expect(familyOf('BilledCDRs/VGA/BilledCDRs_VGA_VNO042_202610.csv')).toBe('billed-vga');
  expect(familyOf('Cartes SIM/Commande_CMD2026-0915_20260915.csv')).toBe('sim-order');
  expect(familyOf('Tables tarifaires/Tarifs_GRILLE-MOB-2026_20261001.csv')).toBe('rate-table');
  expect(familyOf('Factures/Clients/202610/Recap_202610.csv')).toBe('invoice-summary');
});

it('classify: monthly files, orders and rate tables carry what their names say', () => {
  expect(classifyPath('BilledCDRs/VGA/BilledCDRs_VGA_VNO042_202611.csv')).toMatchObject({
    vnoCode: 'VNO042',
    period: '2026-11',
  });
  expect(classifyPath('Cartes SIM/Commande_CMD2026-0915_20260915.csv')).toMatchObject({
    orderRef: 'CMD2026-0915',
    fileDate: '2026-09-15',
  });
  expect(classifyPath('Tables tarifaires/Tarifs_GRILLE-MOB-2026_20261001.csv')).toMatchObject({
    tableCode: 'GRILLE-MOB-2026',
    fileDate: '2026-10-01',
  });
  expect(classifyPath('Factures/Clients/202610/Recap_202610.csv')).toMatchObject({
    period: '2026-10',
  });
});

it('classify: compressed CSVs are recognised and say how they are compressed', () => {
  expect(classifyPath('AccountStatus/AccountStatus_VNO042_20261025_0300.csv.gz')).toMatchObject({
    format: { family: 'account-status' },
    compression: 'gzip',
  });
  expect(classifyPath('BilledCDRs/VGA/BilledCDRs_VGA_VNO042_202610.zip')).toMatchObject({
    format: { family: 'billed-vga' },
    compression: 'zip',
    period: '2026-10',
  });
  expect(
    classifyPath('Account_VGA/Account_VGA_VNO042_20261203_0400.csv')?.compression,
  ).toBeUndefined();
});

it('classify: stored files (invoices, documents, branding)', () => {
  expect(classifyPath('Factures/Clients/202610/FAC-202610-0001_C000001.pdf')).toEqual({
    path: 'Factures/Clients/202610/FAC-202610-0001_C000001.pdf',
    stored: 'invoice-pdf',
    period: '2026-10',
    invoiceNumber: 'FAC-202610-0001',
    customerId: 'C000001',
  });
  expect(classifyPath('Factures/Intégrateur/202610/ORI-2026-10-0042.pdf')).toEqual({
    path: 'Factures/Intégrateur/202610/ORI-2026-10-0042.pdf',
    stored: 'wholesaler-invoice',
    period: '2026-10',
  });
  expect(classifyPath('Documents/Guide intégrateur v1.1.pdf')?.stored).toBe('document');
  expect(classifyPath('Documents/Contrats/2026/annexe.docx')?.stored).toBe('document');
  expect(classifyPath('Personnalisation/logo.png')?.stored).toBe('branding');
});

it('classify: accented folder names match in NFC and NFD', () => {
  const nfd = 'Factures/Inte\u0301grateur/202610/ORI-2026-10-0042.pdf';

  expect(classifyPath(nfd)?.stored).toBe('wholesaler-invoice');
  expect(classifyPath(nfd)?.path).toBe(nfd);
  expect(classifyPath('Factures/Int\u00e9grateur/202610/x.pdf')?.stored).toBe('wholesaler-invoice');
});

it('classify: files being uploaded, hidden files and unknown paths are ignored', () => {
  for (const path of [
    'Account_VGA/Account_VGA_VNO042_20261203_0400.csv.part',
    'Account_VGA/Account_VGA_VNO042_20261203_0400.csv.tmp',
    'Account_VGA/Account_VGA_VNO042_20261203_0400.csv.filepart',
    'Account_VGA/.Account_VGA_VNO042_20261203_0400.csv',
    '.ssh/authorized_keys',
    'Documents/.DS_Store',
    'README.txt',
    'Autre/Account_VGA_VNO042_20261203_0400.csv',
    'Account_VGA/Account_VOIP_VNO042_20261203_0400.csv',
    'Account_VGA/archive/Account_VGA_VNO042_20261203_0400.csv',
    'Account_VGA/Account_VGA_VNO042_20261332_0400.csv',
    'Factures/Clients/202610/notes.txt',
    'Factures/Clients/FAC-202610-0001_C000001.pdf',
    'Factures/Intégrateur/ORI-2026-10-0042.pdf',
  ]) {
    expect(classifyPath(path), path).toBeNull();
  }
});

it('classify: a leading ./ or / is tolerated', () => {
  expect(familyOf('./Account_VGA/Account_VGA_VNO042_20261203_0400.csv')).toBe('account-vga');
  expect(familyOf('/Cartes SIM/Commande_CMD1_20260915.csv')).toBe('sim-order');
});

it('content type: by extension, octet-stream otherwise', () => {
  expect(contentTypeOf('FAC-202610-0001_C000001.pdf')).toBe('application/pdf');
  expect(contentTypeOf('logo.PNG')).toBe('image/png');
  expect(contentTypeOf('photo.jpg')).toBe('image/jpeg');
  expect(contentTypeOf('logo.svg')).toBe('image/svg+xml');
  expect(contentTypeOf('Recap_202610.csv')).toBe('text/csv');
  expect(contentTypeOf('lisez-moi.txt')).toBe('text/plain');
  expect(contentTypeOf('guide.docx')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(contentTypeOf('tarifs.xlsx')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(contentTypeOf('archive.zip')).toBe('application/zip');
  expect(contentTypeOf('sans-extension')).toBe('application/octet-stream');
});
