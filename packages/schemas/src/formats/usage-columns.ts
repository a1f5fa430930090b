/**
 * Columns of usage records, billed records and rate tables, declared once.
 */
import type { ColumnSpec } from '../types.ts';
import { RATED_AMOUNT, UNIT_PRICE } from './columns.ts';
import {
  CHARGE_TYPE_SPELLINGS,
  DIRECTION_SPELLINGS,
  EVENT_TYPE_SPELLINGS,
  SERVICE_SPELLINGS,
} from './enums.ts';

export const cdrId: ColumnSpec = {
  key: 'cdrId',
  header: 'CdrId',
  aliases: ['IdCdr', 'Identifiant', 'Identifiant CDR', 'Id ticket', 'RecordId'],
  type: 'text',
  required: true,
};

export const eventType: ColumnSpec = {
  key: 'eventType',
  header: 'EventType',
  aliases: ['Type', 'Type événement', 'Type d’usage', 'Type appel'],
  type: 'enum',
  values: EVENT_TYPE_SPELLINGS,
  required: true,
};

export const direction: ColumnSpec = {
  key: 'direction',
  header: 'Direction',
  aliases: ['Sens', 'Sens appel'],
  type: 'enum',
  values: DIRECTION_SPELLINGS,
};

export const calledNumber: ColumnSpec = {
  key: 'calledNumber',
  header: 'CalledNumber',
  aliases: ['Numéro appelé', 'NumeroAppele', 'Appelé', 'Destinataire', 'Numéro composé', 'Called'],
  type: 'called',
};

export const startTime: ColumnSpec = {
  key: 'startTime',
  header: 'StartTime',
  aliases: ['DateHeure', 'Date appel', 'Date heure', 'Date et heure', 'Début', 'Horodatage'],
  type: 'datetime',
  required: true,
};

export const duration: ColumnSpec = {
  key: 'duration',
  header: 'Duration',
  aliases: ['Durée', 'Durée (s)', 'Durée secondes', 'DureeSec'],
  type: 'int',
};

export const volume: ColumnSpec = {
  key: 'volume',
  header: 'Volume',
  aliases: ['Volume (Ko)', 'Volume Ko', 'VolumeKB'],
  type: 'int',
};

export const destination: ColumnSpec = {
  key: 'destination',
  header: 'Destination',
  aliases: ['Libellé destination'],
  type: 'text',
};

export const zone: ColumnSpec = {
  key: 'zone',
  header: 'Zone',
  aliases: ['Zone tarifaire'],
  type: 'text',
};

export const unitPrice: ColumnSpec = {
  key: 'unitPrice',
  header: 'UnitPrice',
  aliases: ['Prix unitaire', 'PrixUnitaire', 'Tarif', 'Prix', 'Price'],
  type: 'decimal',
  ...UNIT_PRICE,
};

export const ratedAmount: ColumnSpec = {
  key: 'amount',
  header: 'Amount',
  aliases: ['Montant', 'Montant HT', 'Total HT', 'Coût', 'Cost'],
  type: 'decimal',
  ...RATED_AMOUNT,
  required: true,
};

export const tariffCode: ColumnSpec = {
  key: 'tariffCode',
  header: 'TariffCode',
  aliases: ['Code tarif', 'Grille', 'Code grille'],
  type: 'text',
};

export const billingPeriod: ColumnSpec = {
  key: 'billingPeriod',
  header: 'BillingPeriod',
  aliases: ['Période de facturation', 'Période facturation', 'Période', 'Mois de facturation'],
  type: 'period',
  required: true,
};

export const invoiceNumber: ColumnSpec = {
  key: 'invoiceNumber',
  header: 'InvoiceNumber',
  aliases: ['Numéro facture', 'Numéro de facture', 'N° facture', 'Facture', 'InvoiceId'],
  type: 'text',
};

export const chargeType: ColumnSpec = {
  key: 'chargeType',
  header: 'ChargeType',
  aliases: ['Type de frais', 'Type frais', 'Type charge', 'Type'],
  type: 'enum',
  values: CHARGE_TYPE_SPELLINGS,
  required: true,
};

export const service: ColumnSpec = {
  key: 'service',
  header: 'Service',
  aliases: ['Univers'],
  type: 'enum',
  values: SERVICE_SPELLINGS,
  required: true,
};
