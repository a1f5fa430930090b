/**
 * SIM order listings (with their PIN and PUK codes) and high data-usage alerts.
 */
import type { ColumnSpec, CsvFormat } from '../types.ts';
import {
  VOLUME_MB,
  customerId,
  iccid,
  imsi,
  msisdn,
  orderRef,
  required,
  simFormat,
  titled,
} from './columns.ts';
import { extractionName } from './snapshots.ts';

const PIN_LENGTHS = [4, 5, 6, 7, 8];
const PUK_LENGTHS = [8];

function secretCode(key: string, header: string, lengths: readonly number[]): ColumnSpec {
  return {
    key,
    header,
    aliases: [`Code ${header}`, `${header} code`],
    type: 'digits',
    lengths,
    secret: true,
  };
}

const orderDate: ColumnSpec = {
  key: 'orderDate',
  header: 'Date commande',
  aliases: ['Date de commande', 'OrderDate'],
  type: 'date',
  required: true,
};

const profile: ColumnSpec = {
  key: 'profile',
  header: 'Profil',
  aliases: ['Profile', 'Profil SIM'],
  type: 'text',
};

export const simOrder: CsvFormat = {
  family: 'sim-order',
  kind: 'sim-order',
  title: 'SIM order listing',
  folder: 'Cartes SIM',
  fileName: /^Commande_(?<orderRef>.+)_(?<date>\d{8})\.csv$/i,
  columns: [
    required(titled(orderRef, 'N° Commande', ['Commande'])),
    orderDate,
    required(titled(iccid, 'ICCID')),
    titled(imsi, 'IMSI'),
    titled(msisdn, 'MSISDN'),
    secretCode('pin1', 'PIN1', PIN_LENGTHS),
    secretCode('puk1', 'PUK1', PUK_LENGTHS),
    secretCode('pin2', 'PIN2', PIN_LENGTHS),
    secretCode('puk2', 'PUK2', PUK_LENGTHS),
    simFormat,
    profile,
  ],
  key: ['orderRef', 'iccid'],
};

const alertPeriodStart: ColumnSpec = {
  key: 'periodStart',
  header: 'PeriodStart',
  aliases: ['Début période', 'Début de période', 'Date début'],
  type: 'date',
  required: true,
};

const volumeMb: ColumnSpec = {
  key: 'volumeMb',
  header: 'VolumeMB',
  aliases: ['Volume Mo', 'Volume', 'Consommation Mo', 'Consommation'],
  type: 'decimal',
  ...VOLUME_MB,
  required: true,
};

const thresholdMb: ColumnSpec = {
  key: 'thresholdMb',
  header: 'ThresholdMB',
  aliases: ['Seuil', 'Seuil Mo', 'Seuil MB', 'Threshold'],
  type: 'decimal',
  ...VOLUME_MB,
  required: true,
};

const level: ColumnSpec = {
  key: 'level',
  header: 'Level',
  aliases: ['Niveau', 'Niveau (%)', 'Pourcentage', 'Percent'],
  type: 'int',
};

const detectedAt: ColumnSpec = {
  key: 'detectedAt',
  header: 'DetectedAt',
  aliases: ['Date détection', 'Date de détection', 'Détecté le', 'Date alerte'],
  type: 'datetime',
  required: true,
};

export const highUsage: CsvFormat = {
  family: 'high-usage',
  kind: 'high-usage',
  title: 'High mobile-data usage alerts',
  folder: 'HighUsage',
  fileName: extractionName('HighUsage'),
  columns: [
    customerId,
    required(msisdn),
    iccid,
    alertPeriodStart,
    volumeMb,
    thresholdMb,
    level,
    detectedAt,
  ],
  key: ['msisdn', 'detectedAt'],
};
