/** Which object type a row is, for the interfaces whose members come from different tables. */
import { brandWithType, type OutputType } from '@pothos/core';
import type { BuilderTypes } from '../builder.ts';

export type BrandedTypeName =
  | 'VgaLine'
  | 'VoipLine'
  | 'XdslAccess'
  | 'MobileCdr'
  | 'FixedCdr'
  | 'BilledMobileCdr'
  | 'BilledFixedCdr';

/** Marks `row` as `typeName`, so that `Line` and `Cdr` resolve it without guessing. */
export function brandAs<T>(row: T, typeName: BrandedTypeName): T {
  brandWithType(row, typeName as unknown as OutputType<BuilderTypes>);

  return row;
}
