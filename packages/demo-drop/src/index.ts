/**
 * A realistic wholesaler drop, written from a seed: the same seed gives the same bytes.
 * `generateDemoDrop` writes a whole drop; `generateMobileCdrFiles` streams many mobile
 * records for load tests. The rating helpers are exported for checking amounts.
 */
export { generateDemoDrop, type DemoDropOptions, type DemoDropSummary } from './demo-drop.ts';
export {
  generateMobileCdrFiles,
  type CdrFileOptions,
  type CdrFilesResult,
} from './mobile-cdr-files.ts';
export { DemoDropError, DemoDropOptionError, DemoDropWriteError } from './errors.ts';
export {
  billedSeconds,
  dataAmount,
  unitAmount,
  voiceAmount,
  RateBook,
  type Increment,
  type RateLine,
  type Service,
  type UsageType,
} from './rating.ts';
export { luhnCheckDigit } from './iccid.ts';
export { formatDecimal, parseDecimal } from './money.ts';
