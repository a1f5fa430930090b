/**
 * Rate tables (what the billing is based on) and the monthly invoice summary.
 */
import type { ColumnSpec, CsvFormat } from '../types.ts';
import { INVOICE_AMOUNT, UNIT_PRICE, customerId, required } from './columns.ts';
import { destination, invoiceNumber, service, zone } from './usage-columns.ts';
import { EVENT_TYPE_SPELLINGS } from './enums.ts';

const tableCode: ColumnSpec = {
  key: 'tableCode',
  header: 'Code grille',
  aliases: ['Grille', 'Grille tarifaire', 'Code table', 'TableCode', 'TariffCode'],
  type: 'text',
  required: true,
};

const usageType: ColumnSpec = {
  key: 'type',
  header: 'Type',
  aliases: ['Type usage', 'Type d’usage', 'EventType'],
  type: 'enum',
  values: EVENT_TYPE_SPELLINGS,
  required: true,
};

const prefix: ColumnSpec = {
  key: 'prefix',
  header: 'Préfixe',
  aliases: ['Prefix', 'Indicatif'],
  type: 'digits',
};

const price: ColumnSpec = {
  key: 'unitPrice',
  header: 'Prix HT',
  aliases: ['Prix', 'Tarif', 'Tarif HT', 'UnitPrice', 'Prix unitaire'],
  type: 'decimal',
  ...UNIT_PRICE,
  required: true,
};

const connectionFee: ColumnSpec = {
  key: 'connectionFee',
  header: 'Frais de connexion',
  aliases: ['Frais connexion', 'Frais d’établissement', 'Mise en relation', 'ConnectionFee'],
  type: 'decimal',
  ...UNIT_PRICE,
};

const increment: ColumnSpec = {
  key: 'increment',
  header: 'Palier',
  aliases: ['Incrément', 'Pas de taxation', 'Billing increment'],
  type: 'increment',
};

const validFrom: ColumnSpec = {
  key: 'validFrom',
  header: 'Début validité',
  aliases: ['Date début validité', 'Date d’effet', 'Valid from', 'Date début'],
  type: 'date',
  required: true,
};

const validTo: ColumnSpec = {
  key: 'validTo',
  header: 'Fin validité',
  aliases: ['Date fin validité', 'Valid to', 'Date fin'],
  type: 'date',
};

export const rateTable: CsvFormat = {
  family: 'rate-table',
  kind: 'rate-table',
  title: 'Rate table',
  folder: 'Tables tarifaires',
  fileName: /^Tarifs_(?<tableCode>.+)_(?<date>\d{8})\.csv$/i,
  columns: [
    tableCode,
    service,
    usageType,
    prefix,
    destination,
    zone,
    price,
    connectionFee,
    increment,
    validFrom,
    validTo,
  ],
  key: ['tableCode', 'service', 'type', 'prefix', 'validFrom'],
};

function invoiceAmount(key: string, header: string, aliases: readonly string[]): ColumnSpec {
  return { key, header, aliases, type: 'decimal', ...INVOICE_AMOUNT };
}

export const invoiceSummary: CsvFormat = {
  family: 'invoice-summary',
  kind: 'invoice-summary',
  title: 'Monthly invoice summary',
  folder: 'Factures/Clients',
  periodFolder: true,
  fileName: /^Recap_(?<period>\d{6})\.csv$/i,
  columns: [
    required(invoiceNumber),
    customerId,
    {
      key: 'invoiceDate',
      header: 'InvoiceDate',
      aliases: ['Date facture', 'Date de facture'],
      type: 'date',
      required: true,
    },
    {
      key: 'dueDate',
      header: 'DueDate',
      aliases: ['Date échéance', 'Date d’échéance', 'Échéance'],
      type: 'date',
    },
    required(invoiceAmount('amountExclTax', 'AmountExclTax', ['Montant HT', 'Total HT', 'HT'])),
    invoiceAmount('vatAmount', 'VatAmount', ['TVA', 'Montant TVA']),
    invoiceAmount('amountInclTax', 'AmountInclTax', ['Montant TTC', 'Total TTC', 'TTC']),
  ],
  key: ['invoiceNumber'],
};
