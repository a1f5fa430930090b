import { expect, it } from 'vitest';
import {
  DuplicateColumnError,
  MissingColumnError,
  SchemaError,
  formatOf,
  headerKey,
  readCsv,
} from '../src/index.ts';
import { parsed, readAll, sourceOf } from './helpers.ts';

const vga = formatOf('account-vga');

it('headers: case, accents, spaces, underscores and punctuation are ignored', () => {
  expect(headerKey('N° Commande')).toBe('ncommande');
  expect(headerKey('customer_id')).toBe(headerKey('CustomerId'));
  expect(headerKey('Numéro de ligne')).toBe(headerKey('numero_de_ligne'));
  expect(headerKey('Début validité')).toBe(headerKey('DEBUT VALIDITE'));
});

it('headers: French aliases, any order, extra columns kept by their header', async () => {
  const text =
    'Statut;Numéro de ligne;Code client;Commentaire interne;date_activation\r\n' +
    'Résilié;01 46 27 04 82;C000001;à rappeler;01/11/2024\r\n';
  const { file, rows } = await readAll(text, vga);

  expect(file.extraHeaders).toEqual(['Commentaire interne']);
  const [row] = parsed(rows);
  expect(row?.values).toMatchObject({
    status: 'TERMINATED',
    lineNumber: { e164: '+33146270482', raw: '01 46 27 04 82' },
    customerId: 'C000001',
    activationDate: '2024-11-01',
    offer: null,
    city: null,
  });
  expect(row?.extra).toEqual({ 'Commentaire interne': 'à rappeler' });
});

it('headers: a missing required column rejects the file, naming it and the headers found', async () => {
  const source = sourceOf(
    'CustomerId;Offer\r\nC000001;VGA\r\n',
    'Account_VGA_VNO042_20261203_0400.csv',
  );
  const error = await readCsv(source, vga).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(MissingColumnError);
  expect(error).toBeInstanceOf(SchemaError);
  expect(error).toMatchObject({
    file: 'Account_VGA_VNO042_20261203_0400.csv',
    columns: ['LineNumber', 'Status'],
    headers: ['CustomerId', 'Offer'],
  });
  expect((error as Error).message).toBe(
    '"Account_VGA_VNO042_20261203_0400.csv" lacks the required columns "LineNumber", "Status" ' +
      '(headers found: "CustomerId", "Offer"). Fix the header line, or declare the spelling as ' +
      'an alias in @vnodrop/schemas formats.',
  );
  expect(source.allClosed()).toBe(true);
});

it('headers: two headers meaning the same column reject the file', async () => {
  const text = 'CustomerId;LineNumber;Status;Statut\r\nC1;0146270482;ACTIVE;Actif\r\n';
  const error = await readCsv(sourceOf(text, 'twice.csv'), vga).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(DuplicateColumnError);
  expect(error).toMatchObject({
    file: 'twice.csv',
    column: 'Status',
    headers: ['Status', 'Statut'],
  });
});

it('headers: an empty header cell in the middle is an extra column named by its position', async () => {
  const text = 'CustomerId;;LineNumber;Status\r\nC1;note;0146270482;ACTIVE\r\n';
  const { file, rows } = await readAll(text, vga);

  expect(file.extraHeaders).toEqual(['(column 2)']);
  expect(parsed(rows)[0]?.extra).toEqual({ '(column 2)': 'note' });
});

it('headers: the SIM order listing is read by its French headers', async () => {
  const text =
    'N° Commande;Date commande;ICCID;IMSI;MSISDN;PIN1;PUK1;PIN2;PUK2;Format;Profil\r\n' +
    'CMD2026-0915;15/09/2026;8933010103105183473;208013116566701;0682997376;0790;97739173;4073;' +
    '45540424;Triple découpe;PRO\r\n';
  const { rows } = await readAll(text, formatOf('sim-order'));

  expect(parsed(rows)[0]?.values).toEqual({
    orderRef: 'CMD2026-0915',
    orderDate: '2026-09-15',
    iccid: '8933010103105183473',
    imsi: '208013116566701',
    msisdn: { e164: '+33682997376', raw: '0682997376' },
    pin1: '0790',
    puk1: '97739173',
    pin2: '4073',
    puk2: '45540424',
    format: 'TRIPLE',
    profile: 'PRO',
  });
});
