/**
 * Calendar dates and billing periods: `dd/MM/yyyy` or ISO `yyyy-MM-dd` to `"yyyy-MM-dd"`,
 * `YYYYMM` to `"YYYY-MM"`. Impossible dates (31/02) are refused, never rolled over.
 */
import { CellError } from '../errors.ts';

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-?(\d{2})$/;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function isoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `25/10/2026` or `2026-10-25`; throws {@link CellError} for anything else. */
export function parseCalendarDate(raw: string): CalendarDate {
  const text = raw.trim();
  const french = FRENCH_DATE.exec(text);
  const iso = french ? null : ISO_DATE.exec(text);
  if (!french && !iso) {
    throw new CellError(`"${text}" is not a date (expected dd/MM/yyyy or yyyy-MM-dd)`);
  }

  const [day, month, year] = french
    ? [Number(french[1]), Number(french[2]), Number(french[3])]
    : [Number(iso?.[3]), Number(iso?.[2]), Number(iso?.[1])];
  if (!isRealDate(year, month, day)) {
    throw new CellError(`"${text}" is not a real calendar date`);
  }
  return { year, month, day };
}

/** A calendar date as `"yyyy-MM-dd"`. */
export function readDate(raw: string): string {
  return isoDate(parseCalendarDate(raw));
}

/** A billing period `YYYYMM` (or `YYYY-MM`) as `"YYYY-MM"`. */
export function readPeriod(raw: string): string {
  const text = raw.trim();
  const match = PERIOD.exec(text);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new CellError(`"${text}" is not a billing period (expected YYYYMM, e.g. 202610)`);
  }
  return `${match[1]}-${match[2]}`;
}
