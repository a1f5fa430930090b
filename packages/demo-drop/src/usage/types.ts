import type { Day, WallTime } from '../civil-time.ts';
import type { RateLine, UsageType } from '../rating.ts';

/** Rated usage as the platform delivers it, before it is spelled into files. */

export interface MobileUsage {
  readonly type: UsageType;
  /** As dialled; empty for data. */
  readonly called: string;
  /** Voice only. */
  readonly seconds?: number;
  /** Kilobytes for data, a count for SMS and MMS. */
  readonly volume?: number;
  /** ISO 3166 alpha-2, when used abroad. */
  readonly country?: string;
}

export interface MobileCdr {
  readonly id: string;
  readonly customerId: string;
  /** National form; the files spell it in any of the four ways. */
  readonly msisdn: string;
  readonly iccid: string;
  readonly usage: MobileUsage;
  readonly start: WallTime;
  readonly line: RateLine;
  /** Ten-thousandths of a euro. */
  readonly amount: bigint;
}

export interface FixedCdr {
  readonly id: string;
  readonly service: 'VGA' | 'VOIP';
  readonly customerId: string;
  /** The calling line, national form. */
  readonly lineNumber: string;
  readonly called: string;
  readonly start: WallTime;
  readonly seconds: number;
  readonly line: RateLine;
  readonly amount: bigint;
}

export type ChargeType = 'RECURRING' | 'ONE_OFF' | 'USAGE';

export interface XdslCharge {
  readonly id: string;
  readonly customerId: string;
  readonly accessRef: string;
  readonly type: ChargeType;
  readonly label: string;
  readonly periodStart: Day;
  readonly periodEnd: Day;
  /** Ten-thousandths, like money. */
  readonly quantity: bigint;
  readonly amount: bigint;
}

/** Records grouped by the file they are delivered in, in schedule order. */
export interface Delivery<T> {
  readonly files: readonly (readonly T[])[];
  /** Every distinct record once, in id order. */
  readonly records: readonly T[];
}

/** `M42` + a 7-digit sequence: the record ids of one family. */
export function recordId(prefix: string, sequence: number): string {
  return `${prefix}42${String(sequence).padStart(7, '0')}`;
}
