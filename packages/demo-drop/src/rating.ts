import type { Day } from './civil-time.ts';
import { divideHalfUp } from './money.ts';

/**
 * Rating, the way the wholesaler's platform does it: a called number is priced by the longest
 * prefix of its international form valid on the call's day; voice pays a setup fee and is
 * billed in `first/next` second steps rounded up (0 s costs nothing); data is priced per
 * megabyte of 1,024 kB; SMS and MMS per unit. Amounts are exact, then rounded half-up to
 * 4 decimals. Money is in ten-thousandths of a euro (`bigint`).
 */

export type Service = 'MOBILE' | 'VGA' | 'VOIP';
export type UsageType = 'VOICE' | 'SMS' | 'MMS' | 'DATA';

/** A billing increment: the first step, then each next step, in seconds. */
export interface Increment {
  readonly first: number;
  readonly next: number;
}

/** One line of a rate table. */
export interface RateLine {
  readonly table: string;
  readonly service: Service;
  readonly type: UsageType;
  /** Destination prefix in international form without `+`; empty for data. */
  readonly prefix: string;
  readonly destination: string;
  readonly zone: string;
  /** Per minute for voice, per unit for SMS/MMS, per megabyte for data. */
  readonly price: bigint;
  readonly setupFee: bigint;
  /** Voice only. */
  readonly increment?: Increment;
  readonly validFrom: Day;
  /** Last valid day, included; open when absent. */
  readonly validTo?: Day;
}

/** Seconds actually billed: the first step, then whole next steps; nothing for 0 s. */
export function billedSeconds(seconds: number, increment: Increment): number {
  if (seconds <= 0) return 0;
  if (seconds <= increment.first) return increment.first;
  return increment.first + Math.ceil((seconds - increment.first) / increment.next) * increment.next;
}

export function voiceAmount(seconds: number, line: RateLine): bigint {
  if (seconds <= 0) return 0n;

  const increment = line.increment ?? { first: 1, next: 1 };
  const billed = BigInt(billedSeconds(seconds, increment));
  return line.setupFee + divideHalfUp(line.price * billed, 60n);
}

export function dataAmount(kilobytes: number, line: RateLine): bigint {
  return divideHalfUp(line.price * BigInt(kilobytes), 1024n);
}

export function unitAmount(count: number, line: RateLine): bigint {
  return line.price * BigInt(count);
}

/** Finds the line that prices a usage, by longest prefix among the lines valid that day. */
export class RateBook {
  private readonly byKind = new Map<string, RateLine[]>();

  constructor(lines: readonly RateLine[]) {
    for (const line of lines) {
      const key = `${line.service}/${line.type}`;
      const list = this.byKind.get(key) ?? [];
      list.push(line);
      this.byKind.set(key, list);
    }
    for (const list of this.byKind.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** `number` in international form (see `toInternational`); empty for data. */
  find(service: Service, type: UsageType, number: string, day: Day): RateLine | undefined {
    const lines = this.byKind.get(`${service}/${type}`) ?? [];
    return lines.find(
      (line) =>
        number.startsWith(line.prefix) &&
        line.validFrom <= day &&
        (line.validTo === undefined || day <= line.validTo),
    );
  }
}
