import type { Random } from './random.ts';

/**
 * SIM identifiers: ICCIDs (`89` telecom, `33` France, `01` issuer, then the card number and
 * a Luhn check digit, 19 or 20 digits in all) and IMSIs (`208` France, `01` network, 10 digits).
 */

/** The Luhn check digit of a string of digits. */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    let digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** An ICCID of `length` digits (19 or 20), the last being its Luhn check digit. */
export function makeIccid(rng: Random, length: 19 | 20): string {
  const payload = `893301${rng.digits(length - 7)}`;
  return payload + luhnCheckDigit(payload);
}

export function makeImsi(rng: Random): string {
  return `20801${rng.digits(10)}`;
}

/** Hands out ICCIDs and IMSIs, each at most once. */
export class SimIdentityPool {
  private readonly iccids = new Set<string>();
  private readonly imsis = new Set<string>();

  constructor(private readonly rng: Random) {}

  next(): { iccid: string; imsi: string } {
    let iccid = makeIccid(this.rng, this.rng.chance(0.5) ? 19 : 20);
    while (this.iccids.has(iccid)) iccid = makeIccid(this.rng, 19);
    this.iccids.add(iccid);

    let imsi = makeImsi(this.rng);
    while (this.imsis.has(imsi)) imsi = makeImsi(this.rng);
    this.imsis.add(imsi);

    return { iccid, imsi };
  }
}
