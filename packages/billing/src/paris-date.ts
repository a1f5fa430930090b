/**
 * The calendar day of an instant in Europe/Paris, the time zone of the rate tables' validity
 * dates. Paris has been a whole number of hours from UTC since 1911, so the day is the same for
 * every instant of one UTC hour: it is worked out once per hour and kept.
 */
import { BillingError } from './errors.ts';

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 50_000;
const cache = new Map<number, string>();

/** `yyyy-MM-dd`, the day `instant` falls on in Paris. */
export function parisDate(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new BillingError('parisDate: the instant is an invalid Date.');

  const hour = Math.floor(time / HOUR_MS);
  let day = cache.get(hour);
  if (day === undefined) {
    day = PARIS_DAY.format(new Date(hour * HOUR_MS));
    if (cache.size >= MAX_CACHED_HOURS) cache.clear();
    cache.set(hour, day);
  }

  return day;
}
