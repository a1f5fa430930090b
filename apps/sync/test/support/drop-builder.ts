import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir } from '@vnodrop/testkit';

/** A small drop written file by file, for the cases the fixture does not hold. */
export class DropBuilder {
  private constructor(readonly root: string) {}

  static async create(): Promise<DropBuilder> {
    return new DropBuilder(await makeTempDir('vnodrop-drop-'));
  }

  /** Writes `lines` joined with CRLF (a string is written as it is). */
  async write(relative: string, content: string | string[] | Buffer): Promise<string> {
    const file = path.join(this.root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    const bytes = Array.isArray(content) ? `${content.join('\r\n')}\r\n` : content;
    await writeFile(file, bytes);

    return file;
  }
}

export const MOBILE_HEADER =
  'CdrId;CustomerId;Msisdn;Iccid;EventType;Direction;CalledNumber;StartTime;Duration;Volume;' +
  'Destination;Zone;Roaming;Country;UnitPrice;Amount;TariffCode';

export function mobileRow(id: string, fields: Partial<Record<string, string>> = {}): string {
  const row = {
    msisdn: '0612345678',
    called: '0687654321',
    start: '25/10/2026 10:00:00',
    duration: '61',
    amount: '0,0240',
    customer: 'C000001',
    ...fields,
  };

  return [
    id,
    row.customer,
    row.msisdn,
    '8933100000000000045',
    'VOICE',
    'OUT',
    row.called,
    row.start,
    row.duration,
    '',
    'France Mobile',
    'NAT',
    '0',
    '',
    '0,0120',
    row.amount,
    'GRILLE-MOB-2026',
  ].join(';');
}

export const VGA_HEADER =
  'CustomerId;CustomerName;LineNumber;Offer;OfferLabel;Status;ActivationDate;TerminationDate;' +
  'Address;ZipCode;City;OrderRef';

export function vgaRow(number: string, status: string, customer = 'C000001'): string {
  return [
    customer,
    'Client',
    number,
    'VGA-ANA',
    'Ligne',
    status,
    '01/01/2025',
    '',
    '',
    '',
    '',
    '',
  ].join(';');
}
