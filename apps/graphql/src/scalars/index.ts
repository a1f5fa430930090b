/** Every custom scalar of the graph; imported for their registration on the builder. */
export { DateScalar } from './date.ts';
export { DateTimeScalar } from './date-time.ts';
export { DecimalScalar } from './decimal.ts';
export { IccidScalar } from './iccid.ts';
export { PhoneNumberScalar } from './phone-number.ts';
export { SafeIntScalar } from './safe-int.ts';
