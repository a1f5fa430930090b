/**
 * The digits a called number is priced by: its international form without `+` (the form of
 * the rate tables' prefixes), or, for a short code that is no phone number, its digits as
 * written.
 */

/**
 * `e164` is the number as the loader normalised it (`+33612345678`), null when the called
 * party is no phone number; `raw` is the number as the file wrote it. Null when neither
 * holds a digit.
 */
export function ratingNumber(e164: string | null, raw: string | null): string | null {
  if (e164) return e164.replace(/^\+/, '');

  const digits = (raw ?? '').replace(/\D/g, '');
  return digits === '' ? null : digits;
}
