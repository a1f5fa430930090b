/**
 * The rates of every table, indexed for the rating: by table code, service and kind of usage,
 * then by prefix. A number is priced by the longest prefix that starts it among the rates
 * valid on the call's day.
 */
import type { NoRateReason, Rate, RateService, UsageType } from './types.ts';

/** What to find a rate for. */
export interface RateQuery {
  readonly tableCode: string;
  readonly service: RateService;
  readonly eventType: UsageType;
  /** Digits in international form without `+`; empty for data. */
  readonly number: string;
  /** The call's day in Paris, `yyyy-MM-dd`. */
  readonly day: string;
}

export type RateMatch =
  | { readonly rate: Rate; readonly reason?: undefined }
  | {
      readonly rate?: undefined;
      readonly reason: Exclude<NoRateReason, 'no-tariff-code' | 'no-number'>;
    };

interface Validity {
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The rates of one table code, service and kind of usage. */
interface RateGroup {
  /** Prefix (empty for none) → its rates, the latest start of validity first. */
  readonly byPrefix: Map<string, Rate[]>;
  /** The distinct validity periods of the group, to tell "no table" from "no prefix". */
  readonly periods: Validity[];
  longest: number;
}

export class RateBook {
  private readonly groups = new Map<string, RateGroup>();
  readonly size: number;

  constructor(rates: Iterable<Rate>) {
    let size = 0;

    for (const rate of rates) {
      const group = this.groupOf(rate.tableCode, rate.service, rate.eventType, true)!;
      const prefix = rate.prefix ?? '';
      const list = group.byPrefix.get(prefix) ?? [];
      list.push(rate);
      group.byPrefix.set(prefix, list);
      group.longest = Math.max(group.longest, prefix.length);
      if (
        !group.periods.some((p) => p.validFrom === rate.validFrom && p.validTo === rate.validTo)
      ) {
        group.periods.push({ validFrom: rate.validFrom, validTo: rate.validTo });
      }
      size += 1;
    }
    for (const group of this.groups.values()) {
      for (const list of group.byPrefix.values()) list.sort(latestFirst);
    }

    this.size = size;
  }

  /**
   * The rate that prices `query.number` on `query.day`: the one with the longest prefix
   * among those valid that day; between two with the same prefix, the one valid from the
   * later day. Otherwise why none does.
   */
  find(query: RateQuery): RateMatch {
    const group = this.groupOf(query.tableCode, query.service, query.eventType, false);
    if (!group || !group.periods.some((period) => isValidOn(period, query.day))) {
      return { reason: 'no-table' };
    }

    for (let length = Math.min(group.longest, query.number.length); length >= 0; length -= 1) {
      const candidates = group.byPrefix.get(query.number.slice(0, length));
      const rate = candidates?.find((candidate) => isValidOn(candidate, query.day));
      if (rate) return { rate };
    }

    return { reason: 'no-prefix' };
  }

  private groupOf(
    tableCode: string,
    service: RateService,
    eventType: UsageType,
    create: boolean,
  ): RateGroup | undefined {
    const key = `${tableCode}\u0000${service}\u0000${eventType}`;
    let group = this.groups.get(key);
    if (!group && create) {
      group = { byPrefix: new Map(), periods: [], longest: 0 };
      this.groups.set(key, group);
    }

    return group;
  }
}

/** Whether `day` (`yyyy-MM-dd`) is within the validity, both ends included. */
export function isValidOn(validity: Validity, day: string): boolean {
  return validity.validFrom <= day && (validity.validTo === null || day <= validity.validTo);
}

function latestFirst(a: Rate, b: Rate): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  return b.id - a.id;
}
