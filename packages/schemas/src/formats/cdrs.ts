/**
 * Rated usage records (daily) and billed records (monthly: the rated columns plus the period
 * and the invoice they went on).
 */
import type { ColumnSpec, CsvFormat } from '../types.ts';
import { QUANTITY, accessRef, customerId, iccid, lineNumber, msisdn, required } from './columns.ts';
import {
  billingPeriod,
  calledNumber,
  cdrId,
  chargeType,
  destination,
  direction,
  duration,
  eventType,
  invoiceNumber,
  ratedAmount,
  startTime,
  tariffCode,
  unitPrice,
  volume,
  zone,
} from './usage-columns.ts';
import { extractionName } from './snapshots.ts';

/** `BilledCDRs_<Service>_<VnoCode>_<YYYYMM>.csv`. */
function monthlyName(family: string): RegExp {
  return new RegExp(`^${family}_(?<vnoCode>[^_]+)_(?<period>\\d{6})\\.csv$`, 'i');
}

const roaming: ColumnSpec = {
  key: 'roaming',
  header: 'Roaming',
  aliases: ['Itinérance', 'En itinérance'],
  type: 'bool',
};

const country: ColumnSpec = {
  key: 'country',
  header: 'Country',
  aliases: ['Pays', 'Pays visité', 'CountryCode'],
  type: 'text',
};

const label: ColumnSpec = {
  key: 'label',
  header: 'Label',
  aliases: ['Libellé', 'Description', 'Désignation'],
  type: 'text',
};

const periodStart: ColumnSpec = {
  key: 'periodStart',
  header: 'PeriodStart',
  aliases: ['Début période', 'Début de période', 'Date début', 'Du'],
  type: 'date',
};

const periodEnd: ColumnSpec = {
  key: 'periodEnd',
  header: 'PeriodEnd',
  aliases: ['Fin période', 'Fin de période', 'Date fin', 'Au'],
  type: 'date',
};

const quantity: ColumnSpec = {
  key: 'quantity',
  header: 'Quantity',
  aliases: ['Quantité', 'Qté', 'Qty'],
  type: 'decimal',
  ...QUANTITY,
};

const mobileColumns: readonly ColumnSpec[] = [
  cdrId,
  customerId,
  required(msisdn),
  iccid,
  eventType,
  direction,
  calledNumber,
  startTime,
  duration,
  volume,
  destination,
  zone,
  roaming,
  country,
  unitPrice,
  ratedAmount,
  tariffCode,
];

const fixedColumns: readonly ColumnSpec[] = [
  cdrId,
  customerId,
  required(lineNumber),
  required(calledNumber),
  startTime,
  required(duration),
  destination,
  zone,
  unitPrice,
  ratedAmount,
  tariffCode,
];

const billedColumns: readonly ColumnSpec[] = [billingPeriod, invoiceNumber];

export const ratedMobile: CsvFormat = {
  family: 'rated-mobile',
  kind: 'rated-cdr',
  title: 'Rated mobile usage (voice, SMS, MMS, data)',
  folder: 'RatedCDRs/MOBILE',
  fileName: extractionName('RatedCDRs_MOBILE'),
  columns: mobileColumns,
  key: ['cdrId'],
};

export const ratedVga: CsvFormat = {
  family: 'rated-vga',
  kind: 'rated-cdr',
  title: 'Rated calls of fixed analogue lines',
  folder: 'RatedCDRs/VGA',
  fileName: extractionName('RatedCDRs_VGA'),
  columns: fixedColumns,
  key: ['cdrId'],
};

export const ratedVoip: CsvFormat = {
  family: 'rated-voip',
  kind: 'rated-cdr',
  title: 'Rated calls of VoIP numbers',
  folder: 'RatedCDRs/VOIP',
  fileName: extractionName('RatedCDRs_VOIP'),
  columns: fixedColumns,
  key: ['cdrId'],
};

export const ratedXdsl: CsvFormat = {
  family: 'rated-xdsl',
  kind: 'xdsl-charge',
  title: 'Rated xDSL charges',
  folder: 'RatedCDRs/XDSL',
  fileName: extractionName('RatedCDRs_XDSL'),
  columns: [
    cdrId,
    customerId,
    required(accessRef),
    chargeType,
    label,
    periodStart,
    periodEnd,
    quantity,
    ratedAmount,
  ],
  key: ['cdrId'],
};

export const billedMobile: CsvFormat = {
  family: 'billed-mobile',
  kind: 'billed-cdr',
  title: 'Billed mobile usage of a month',
  folder: 'BilledCDRs/MOBILE',
  fileName: monthlyName('BilledCDRs_MOBILE'),
  columns: [...mobileColumns, ...billedColumns],
  key: ['cdrId'],
};

export const billedVga: CsvFormat = {
  family: 'billed-vga',
  kind: 'billed-cdr',
  title: 'Billed fixed-voice calls (VGA lines and VoIP numbers) of a month',
  folder: 'BilledCDRs/VGA',
  fileName: monthlyName('BilledCDRs_VGA'),
  columns: [...fixedColumns, ...billedColumns],
  key: ['cdrId'],
};
