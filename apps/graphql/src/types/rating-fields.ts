/**
 * The fields the re-rating adds to every type of usage record: the expected amount, its
 * difference with the wholesaler's, why no rate priced it, and the rate. Their selections fold
 * into the record's own statement (see `rating.ts`).
 */
import {
  NoRateReasonEnum,
  RATING_DESCRIPTIONS,
  RATING_SELECTION,
  rateSelection,
  ratingOf,
} from './rating.ts';
import { Rate } from './tariff-table.ts';

/** The part of a drizzle object's field builder these fields need. */
interface FieldMaker<Ref> {
  field(options: never): Ref;
}

export function ratingFields<Ref>(t: FieldMaker<Ref>) {
  const field = (options: object) => t.field(options as never);

  return {
    expectedAmount: field({
      type: 'Decimal',
      nullable: true,
      description: RATING_DESCRIPTIONS.expectedAmount,
      select: RATING_SELECTION,
      resolve: (cdr: object) => ratingOf(cdr)?.expectedAmount ?? null,
    }),
    amountDifference: field({
      type: 'Decimal',
      nullable: true,
      description: RATING_DESCRIPTIONS.amountDifference,
      select: RATING_SELECTION,
      resolve: (cdr: object) => ratingOf(cdr)?.difference ?? null,
    }),
    noRateReason: field({
      type: NoRateReasonEnum,
      nullable: true,
      description: RATING_DESCRIPTIONS.noRateReason,
      select: RATING_SELECTION,
      resolve: (cdr: object) => ratingOf(cdr)?.noRateReason ?? null,
    }),
    rate: field({
      type: Rate,
      nullable: true,
      description: RATING_DESCRIPTIONS.rate,
      select: (_args: unknown, _context: unknown, nested: (all: boolean) => unknown) =>
        rateSelection(nested(true)),
      resolve: (cdr: object) => ratingOf(cdr)?.rate ?? null,
    }),
  };
}

/** The same fields, as the `Cdr` and `BilledCdr` interfaces declare them. */
export function ratingInterfaceFields<Ref>(t: FieldMaker<Ref>) {
  const field = (options: object) => t.field(options as never);
  const { expectedAmount, amountDifference, noRateReason, rate } = RATING_DESCRIPTIONS;

  return {
    expectedAmount: field({ type: 'Decimal', nullable: true, description: expectedAmount }),
    amountDifference: field({ type: 'Decimal', nullable: true, description: amountDifference }),
    noRateReason: field({ type: NoRateReasonEnum, nullable: true, description: noRateReason }),
    rate: field({ type: Rate, nullable: true, description: rate }),
  };
}
