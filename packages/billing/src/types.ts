/** What the rating reads and what it answers. Decimals are strings, never binary floats. */

/** The service a rate table prices: the family of the record. */
export type RateService = 'MOBILE' | 'VGA' | 'VOIP';

/** The kind of usage a rate prices. */
export type UsageType = 'VOICE' | 'SMS' | 'MMS' | 'DATA';

/** A billing increment: the first step, then each next step, in whole seconds. */
export interface Increment {
  readonly first: number;
  readonly next: number;
}

/** One line of a rate table, as the `rates` table holds it. */
export interface Rate {
  readonly id: number;
  /** The table code (`GRILLE-MOB-2026`) that the records' `TariffCode` names. */
  readonly tableCode: string;
  readonly service: RateService;
  readonly eventType: UsageType;
  /** Digits in international form without `+`; null (or empty) for data, or a catch-all. */
  readonly prefix: string | null;
  /** Per minute for voice, per unit for SMS and MMS, per megabyte (1,024 kB) for data. */
  readonly price: string;
  /** Per call, voice only; null is none. */
  readonly setupFee: string | null;
  /** Voice only; null bills by the second (`1/1`). */
  readonly increment: Increment | null;
  /** First day of validity, `yyyy-MM-dd`, Europe/Paris. */
  readonly validFrom: string;
  /** Last day of validity, included; null while the rate is open-ended. */
  readonly validTo: string | null;
}

/** One usage record, as much of it as the rating needs. */
export interface Usage {
  /** The code of the rate table that prices the record (its `TariffCode`). */
  readonly tariffCode: string | null;
  readonly service: RateService;
  readonly eventType: UsageType;
  readonly startedAt: Date;
  /** The called number in international form without `+` (see `ratingNumber`). */
  readonly number: string | null;
  /** Voice: seconds. */
  readonly durationS: number | null;
  /** Data: kilobytes. SMS and MMS: a count of messages (one when absent). */
  readonly volume: number | null;
}

/** Why no rate priced a record. */
export type NoRateReason =
  /** The record names no rate table. */
  | 'no-tariff-code'
  /** No rate of the named table, service and kind of usage is valid on the call's day. */
  | 'no-table'
  /** The table is valid that day, but none of its prefixes starts the called number. */
  | 'no-prefix'
  /** A call or message without a called number to match a prefix against. */
  | 'no-number';

export interface RatedUsage {
  readonly status: 'rated';
  readonly rate: Rate;
  /** The amount the rate gives, rounded half-up to 4 decimals (`0.0787`). */
  readonly expectedAmount: string;
  /** Voice: the seconds billed once the increment applied; null for other usage. */
  readonly billedSeconds: number | null;
}

export interface UnratedUsage {
  readonly status: 'no-rate';
  readonly reason: NoRateReason;
}

export type Rating = RatedUsage | UnratedUsage;
