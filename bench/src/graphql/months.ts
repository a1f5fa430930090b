/** A month of the drop, `YYYY-MM`, as the customers see it: in Paris time. */

/** The instant a Paris-time month starts, as an ISO string with its offset. */
export function parisMonthStart(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];

  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${month}-01T00:00:00${offset}`);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(instant);

    if (local === `01/${String(number).padStart(2, '0')}/${year}, 00`) {
      return `${month}-01T00:00:00${offset}`;
    }
  }

  throw new Error(`${month} is not a month (YYYY-MM).`);
}

/** `[from, to)`: the instants of a Paris-time month. */
export function parisMonth(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(year, number, 1)).toISOString().slice(0, 7);

  return { from: parisMonthStart(month), to: parisMonthStart(next) };
}
