import { addDays, dayOf, dayParts, lastSunday, wallTime, type WallTime } from '../civil-time.ts';
import { existingTime, isActiveAt } from '../model/lifecycle.ts';
import { fileWindow } from '../model/schedule.ts';
import type { SimCard, World } from '../model/types.ts';
import { calledNumber } from '../phone.ts';
import type { Random } from '../random.ts';
import type { RateBook } from '../rating.ts';
import { drawMobileUsage, priceMobileUsage } from './mobile-usage.ts';
import { recordId, type Delivery, type MobileCdr, type MobileUsage } from './types.ts';

/**
 * The period's mobile usage, cut into the rated files of the schedule. On purpose: one record
 * is delivered again in a later file, two are stamped 02:30:00 in the repeated autumn hour
 * (when the period has it), and one call goes to the short code 3179.
 */

const WINDOW_HOURS = 6;
/** Mean events per card and window, by the hour the window ends (06, 12, 18, 24). */
const ACTIVITY: Readonly<Record<number, number>> = { 6: 0.4, 12: 1.6, 18: 1.8, 0: 1.2 };

interface Planned {
  readonly sim: SimCard;
  readonly start: WallTime;
  readonly usage: MobileUsage;
}

function canUse(sim: SimCard, time: WallTime): boolean {
  return (
    sim.msisdn !== undefined &&
    (sim.msisdnFrom ?? -Infinity) <= time &&
    isActiveAt(sim.lifecycle, time)
  );
}

/** The autumn change's 02:30 when the period holds it. */
export function repeatedHalfHour(world: World): WallTime | undefined {
  for (let offset = 0; offset < world.days; offset += 1) {
    const day = addDays(world.start, offset);
    if (day === lastSunday(dayParts(day).year, 10)) return wallTime(day, 2, 30);
  }
  return undefined;
}

function specials(rng: Random, world: World): Planned[] {
  const sim = world.heavyDataSim;
  const shortCall = wallTime(world.start, 10, 17, 42);
  const planned: Planned[] = [
    { sim, start: shortCall, usage: { type: 'VOICE', called: '3179', seconds: 95 } },
  ];

  const repeated = repeatedHalfHour(world);
  if (repeated !== undefined) {
    planned.push(
      { sim, start: repeated, usage: { type: 'DATA', called: '', volume: 100_408 } },
      {
        sim,
        start: repeated,
        usage: { type: 'SMS', called: calledNumber(rng, 'fr-mobile', 'national'), volume: 1 },
      },
    );
  }
  return planned;
}

export function makeMobileCdrs(rng: Random, world: World, book: RateBook): Delivery<MobileCdr> {
  const times = world.schedule.mobileFiles;
  const extra = specials(rng, world);
  let sequence = 0;

  const files = times.map((time, index) => {
    const [from, to] = fileWindow(times, index, WINDOW_HOURS);
    const mean = ACTIVITY[Math.round((to - dayOf(to) * 86_400) / 3600)] ?? 1;
    const planned: Planned[] = extra.filter((p) => p.start >= from && p.start < to);

    for (const sim of world.sims) {
      const count = rng.int(0, Math.round(mean * 2));
      for (let i = 0; i < count; i += 1) {
        const start = Math.min(existingTime(from + rng.int(0, WINDOW_HOURS * 3600 - 1)), to - 1);
        const usage = drawMobileUsage(rng);
        if (canUse(sim, start)) planned.push({ sim, start, usage });
      }
    }

    return planned
      .sort((a, b) => a.start - b.start)
      .map(({ sim, start, usage }): MobileCdr => {
        sequence += 1;
        const { line, amount } = priceMobileUsage(book, usage, dayOf(start));
        const msisdn = sim.msisdn ?? '';
        return {
          id: recordId('M', sequence),
          customerId: sim.customer.id,
          msisdn,
          iccid: sim.iccid,
          usage,
          start,
          line,
          amount,
        };
      });
  });

  const records = files.flat();
  const redelivered = records[0];
  const again = Math.min(2, files.length - 1);
  if (redelivered) files[again] = [...(files[again] ?? []), redelivered];

  return { files, records };
}
