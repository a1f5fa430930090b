/**
 * Rating of usage records against the wholesaler's rate tables: which rate prices a record,
 * and the amount it gives. Pure functions over decimal strings; no I/O.
 */
export {
  AMOUNT_PLACES,
  amountDifference,
  dataAmount,
  KILOBYTES_PER_MEGABYTE,
  roundAmount,
  sumAmounts,
  unitAmount,
  voiceAmount,
  type VoicePricing,
} from './amounts.ts';
export { ratingNumber } from './called-number.ts';
export { BillingError, DecimalError, IncrementError, QuantityError } from './errors.ts';
export { billedSeconds, checkIncrement, parseIncrement, PER_SECOND } from './increments.ts';
export { parisDate } from './paris-date.ts';
export { isValidOn, RateBook, type RateMatch, type RateQuery } from './rate-book.ts';
export { priceUsage, rateUsage } from './rate-usage.ts';
export type {
  Increment,
  NoRateReason,
  Rate,
  RatedUsage,
  RateService,
  Rating,
  UnratedUsage,
  Usage,
  UsageType,
} from './types.ts';
