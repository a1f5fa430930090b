/**
 * What the re-rating says of a usage record (its row of `cdr_ratings`): the amount the rate
 * tables give it, the difference with the wholesaler's amount, and the rate that priced it.
 * The selections fold into the record's own statement.
 */
import { NO_RATE_REASONS, type NoRateReason } from '@vnodrop/db';
import { builder } from '../builder.ts';

export const NoRateReasonEnum = builder.enumType('NoRateReason', {
  description:
    'Why no rate prices a record. NO_TARIFF_CODE: it names no rate table; NO_TABLE: no rate ' +
    'of its table, service and kind of usage is valid on its day; NO_PREFIX: none of the ' +
    "table's prefixes starts the called number; NO_NUMBER: a call without a called number.",
  values: Object.fromEntries(
    NO_RATE_REASONS.map((value) => [value.toUpperCase().replace(/-/g, '_'), { value }]),
  ) as Record<string, { value: NoRateReason }>,
});

interface RatingShape {
  status: 'rated' | 'no-rate';
  noRateReason: NoRateReason | null;
  expectedAmount: string | null;
  difference: string | null;
  rate?: object | null;
}

export const RATING_SELECTION = {
  with: {
    rating: {
      columns: { status: true, noRateReason: true, expectedAmount: true, difference: true },
    },
  },
} as const;

/** The record's rating and, planned under it, the selection of its `rate` field. */
export function rateSelection(rate: unknown) {
  return { with: { rating: { columns: { rateId: true }, with: { rate } } } } as never;
}

/** The rating loaded with the record; null before the record is re-rated. */
export function ratingOf(record: object): RatingShape | null {
  return (record as { rating?: RatingShape | null }).rating ?? null;
}

export const RATING_DESCRIPTIONS = {
  expectedAmount:
    "What the rate tables give the record (the rate of the longest prefix valid on the call's " +
    'day, its setup fee and billing increment), rounded half-up to 4 decimals; null when no ' +
    'rate prices it or before it is re-rated.',
  amountDifference:
    "`amount − expectedAmount`: positive when the wholesaler's amount is higher; null " +
    'without an expected amount.',
  rate:
    'The rate that priced the record; null without one, and for partners, who do not see ' +
    "the integrator's tariffs.",
  noRateReason: 'Why no rate prices the record; null when one does, or before it is re-rated.',
} as const;
