/**
 * Columns that several families share (parties, offers, lines, SIMs), declared once. A family
 * takes them as they are, or adjusts one with {@link required} / {@link optional} / {@link titled}.
 */
import type { ColumnSpec } from '../types.ts';
import { LINE_STATUS_SPELLINGS, SIM_FORMAT_SPELLINGS, XDSL_TECHNOLOGY_SPELLINGS } from './enums.ts';

export function required(column: ColumnSpec): ColumnSpec {
  return { ...column, required: true };
}

export function optional(column: ColumnSpec): ColumnSpec {
  return { ...column, required: false };
}

/** The same column under the header a family's files use (`N° Commande` for `OrderRef`). */
export function titled(
  column: ColumnSpec,
  header: string,
  aliases: readonly string[] = [],
): ColumnSpec {
  return { ...column, header, aliases: [column.header, ...aliases, ...(column.aliases ?? [])] };
}

/** Money and rates: `numeric(precision, scale)` in the database. */
export const UNIT_PRICE = { precision: 12, scale: 4 } as const;
export const RATED_AMOUNT = { precision: 14, scale: 4 } as const;
export const INVOICE_AMOUNT = { precision: 14, scale: 2 } as const;
export const VOLUME_MB = { precision: 14, scale: 3 } as const;
export const QUANTITY = { precision: 12, scale: 3 } as const;

/* Parties and offers. */

export const customerId: ColumnSpec = {
  key: 'customerId',
  header: 'CustomerId',
  aliases: ['Client', 'Code client', 'IdClient', 'Numéro client', 'N° client', 'Customer'],
  type: 'text',
  required: true,
};

export const customerName: ColumnSpec = {
  key: 'customerName',
  header: 'CustomerName',
  aliases: ['Nom client', 'Raison sociale', 'Nom du client', 'Customer label'],
  type: 'text',
};

export const offer: ColumnSpec = {
  key: 'offer',
  header: 'Offer',
  aliases: ['Offre', 'Code offre', 'OfferCode'],
  type: 'text',
};

export const offerLabel: ColumnSpec = {
  key: 'offerLabel',
  header: 'OfferLabel',
  aliases: ['Libellé offre', 'Nom offre', 'OfferName'],
  type: 'text',
};

export const status: ColumnSpec = {
  key: 'status',
  header: 'Status',
  aliases: ['Statut', 'Etat', 'State'],
  type: 'enum',
  values: LINE_STATUS_SPELLINGS,
  required: true,
};

export const activationDate: ColumnSpec = {
  key: 'activationDate',
  header: 'ActivationDate',
  aliases: ['Date activation', 'Date d’activation', 'Date de mise en service', 'Mise en service'],
  type: 'date',
};

export const terminationDate: ColumnSpec = {
  key: 'terminationDate',
  header: 'TerminationDate',
  aliases: ['Date résiliation', 'Date de résiliation', 'Date fin contrat'],
  type: 'date',
};

export const orderRef: ColumnSpec = {
  key: 'orderRef',
  header: 'OrderRef',
  aliases: ['Référence commande', 'Ref commande', 'N° Commande', 'Numéro de commande', 'OrderId'],
  type: 'text',
};

export const address: ColumnSpec = {
  key: 'address',
  header: 'Address',
  aliases: ['Adresse', 'Adresse installation'],
  type: 'text',
};

export const zipCode: ColumnSpec = {
  key: 'zipCode',
  header: 'ZipCode',
  aliases: ['Code postal', 'CP', 'PostalCode', 'Zip'],
  type: 'text',
};

export const city: ColumnSpec = {
  key: 'city',
  header: 'City',
  aliases: ['Ville', 'Commune', 'Localité'],
  type: 'text',
};

/* Lines, SIMs, accesses. */

export const lineNumber: ColumnSpec = {
  key: 'lineNumber',
  header: 'LineNumber',
  aliases: ['NumeroLigne', 'Numéro de ligne', 'N° ligne', 'Ligne', 'ND', 'Line'],
  type: 'phone',
};

export const msisdn: ColumnSpec = {
  key: 'msisdn',
  header: 'Msisdn',
  aliases: ['Numéro mobile', 'Numéro de mobile', 'N° mobile', 'Mobile number'],
  type: 'phone',
};

export const iccid: ColumnSpec = {
  key: 'iccid',
  header: 'Iccid',
  aliases: ['Numéro SIM', 'N° SIM', 'Numéro de carte SIM', 'Carte SIM', 'SimNumber'],
  type: 'iccid',
};

export const imsi: ColumnSpec = {
  key: 'imsi',
  header: 'Imsi',
  type: 'digits',
  lengths: [15],
};

export const accessRef: ColumnSpec = {
  key: 'accessRef',
  header: 'AccessRef',
  aliases: ['Référence accès', 'Ref accès', 'Accès', 'AccessId', 'Access'],
  type: 'text',
};

export const technology: ColumnSpec = {
  key: 'technology',
  header: 'Technology',
  aliases: ['Technologie', 'Techno'],
  type: 'enum',
  values: XDSL_TECHNOLOGY_SPELLINGS,
};

export const simFormat: ColumnSpec = {
  key: 'format',
  header: 'Format',
  aliases: ['Format SIM', 'Type SIM', 'Form factor'],
  type: 'enum',
  values: SIM_FORMAT_SPELLINGS,
};
