/** `Date`: a calendar day with no time zone (`2026-10-25`), as the drop's dates are. */
import { builder } from '../builder.ts';
import { InvalidArgumentError } from '../errors.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `yyyy-MM-dd` strings naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  const match = DAY.exec(value);

  if (!match) {
    return false;
  }

  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar day, `yyyy-MM-dd`, with no time zone.',
  serialize: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new TypeError(`Date cannot serialize ${String(value)}: expected yyyy-MM-dd text.`);
    }

    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      throw new InvalidArgumentError(
        'Date',
        `${JSON.stringify(value)} is not a day: write it \`yyyy-MM-dd\`, such as \`2026-10-25\`.`,
      );
    }

    return value;
  },
});
