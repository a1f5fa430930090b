/**
 * `SafeInt`: a whole number up to 2^53 − 1, for totals that outgrow GraphQL's 32-bit `Int`
 * (a month of data in kilobytes, of calls in seconds).
 */
import { SafeIntResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';

export const SafeIntScalar = builder.addScalarType('SafeInt', SafeIntResolver, {
  description:
    'A whole number from −(2^53 − 1) to 2^53 − 1, written as a JSON number: a total that may ' +
    'pass the 2,147,483,647 of `Int`.',
});
