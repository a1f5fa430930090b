/**
 * The four inventory snapshots: each file is the whole state of one kind of line at its
 * extraction time.
 */
import type { ColumnSpec, CsvFormat } from '../types.ts';
import {
  accessRef,
  activationDate,
  address,
  city,
  customerId,
  customerName,
  iccid,
  imsi,
  lineNumber,
  msisdn,
  offer,
  offerLabel,
  orderRef,
  required,
  status,
  technology,
  terminationDate,
  zipCode,
} from './columns.ts';

/** `<Family>_<VnoCode>_<yyyyMMdd>_<HHmm>.csv`. */
export function extractionName(family: string): RegExp {
  return new RegExp(`^${family}_(?<vnoCode>[^_]+)_(?<date>\\d{8})_(?<time>\\d{4})\\.csv$`, 'i');
}

const sipNumber: ColumnSpec = {
  key: 'sipNumber',
  header: 'SipNumber',
  aliases: ['Numéro SIP', 'Numéro VoIP', 'NumeroVoIP', 'Numéro', 'Number'],
  type: 'phone',
  required: true,
};

const sipAccount: ColumnSpec = {
  key: 'sipAccount',
  header: 'SipAccount',
  aliases: ['Compte SIP', 'Login SIP', 'SipLogin', 'Identifiant SIP'],
  type: 'text',
};

const channels: ColumnSpec = {
  key: 'channels',
  header: 'Channels',
  aliases: ['Canaux', 'Nb canaux', 'Nombre de canaux', 'Appels simultanés'],
  type: 'int',
};

const downloadKbps: ColumnSpec = {
  key: 'downloadKbps',
  header: 'DownloadKbps',
  aliases: ['Débit descendant', 'Débit down', 'Download', 'DownKbps'],
  type: 'int',
};

const uploadKbps: ColumnSpec = {
  key: 'uploadKbps',
  header: 'UploadKbps',
  aliases: ['Débit montant', 'Débit up', 'Upload', 'UpKbps'],
  type: 'int',
};

const statusDate: ColumnSpec = {
  key: 'statusDate',
  header: 'StatusDate',
  aliases: ['Date statut', 'Date état', 'Date du statut', 'Date changement statut'],
  type: 'datetime',
};

export const accountVga: CsvFormat = {
  family: 'account-vga',
  kind: 'snapshot',
  title: 'Fixed analogue lines (VGA)',
  folder: 'Account_VGA',
  fileName: extractionName('Account_VGA'),
  columns: [
    customerId,
    customerName,
    required(lineNumber),
    offer,
    offerLabel,
    status,
    activationDate,
    terminationDate,
    address,
    zipCode,
    city,
    orderRef,
  ],
  key: ['lineNumber'],
};

export const accountVoip: CsvFormat = {
  family: 'account-voip',
  kind: 'snapshot',
  title: 'VoIP numbers and SIP accounts',
  folder: 'Account_VoIP',
  fileName: extractionName('Account_VoIP'),
  columns: [
    customerId,
    customerName,
    sipNumber,
    sipAccount,
    channels,
    offer,
    offerLabel,
    status,
    activationDate,
    terminationDate,
    orderRef,
  ],
  key: ['sipNumber'],
};

export const accountXdsl: CsvFormat = {
  family: 'account-xdsl',
  kind: 'snapshot',
  title: 'xDSL accesses',
  folder: 'Account_XDSL',
  fileName: extractionName('Account_XDSL'),
  columns: [
    customerId,
    customerName,
    required(accessRef),
    lineNumber,
    technology,
    downloadKbps,
    uploadKbps,
    offer,
    offerLabel,
    status,
    activationDate,
    terminationDate,
    address,
    zipCode,
    city,
    orderRef,
  ],
  key: ['accessRef'],
};

export const accountStatus: CsvFormat = {
  family: 'account-status',
  kind: 'snapshot',
  title: 'SIM cards',
  folder: 'AccountStatus',
  fileName: extractionName('AccountStatus'),
  columns: [
    customerId,
    customerName,
    msisdn,
    required(iccid),
    imsi,
    offer,
    offerLabel,
    status,
    statusDate,
    activationDate,
    terminationDate,
  ],
  key: ['iccid'],
};
