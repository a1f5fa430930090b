/** The keys and values seeded rows are made of, so that tests can name what they expect. */
import { luhnValid } from '@vnodrop/schemas';

export const SNAPSHOT_AT = new Date('2026-10-25T02:00:00Z');
export const FIRST_CALL_AT = new Date('2026-10-24T08:00:00Z');

export const pad = (value: number, width: number) => String(value).padStart(width, '0');

export const customerRef = (n: number) => `C${pad(n, 6)}`;
/** `0146 27 nn nn` lines, two per customer. */
export const vgaNumber = (n: number, line: number) => `+3314627${pad(n * 10 + line, 4)}`;
export const voipNumber = (n: number) => `+3397210${pad(n, 4)}`;
export const msisdn = (n: number, card: number) => `+336123${pad(n * 100 + card, 5)}`;

/** A Luhn-valid 19-digit ICCID for a card number. */
export function iccid(n: number, card: number): string {
  const body = `893301${pad(n, 6)}${pad(card, 6)}`;
  const check = [...'0123456789'].find((digit) => luhnValid(body + digit));

  return body + check;
}

/** The snapshot columns of a line or card reported ACTIVE by the seed's snapshot. */
export function snapshotRow(sourceFileId: number, sourceLine: number) {
  return {
    status: 'ACTIVE' as const,
    firstSeenAt: SNAPSHOT_AT,
    lastReportedAt: SNAPSHOT_AT,
    snapshotAt: SNAPSHOT_AT,
    sourceFileId,
    sourceLine,
  };
}
