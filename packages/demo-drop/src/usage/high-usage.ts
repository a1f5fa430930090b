import {
  addDays,
  dayOf,
  firstOfMonth,
  monthKey,
  wallTime,
  type Day,
  type WallTime,
} from '../civil-time.ts';
import type { SimCard, World } from '../model/types.ts';
import type { Random } from '../random.ts';
import type { MobileCdr } from './types.ts';

/**
 * High data usage alerts, raised once a day at 14:00 for every card past 80 % of its
 * allowance this month: what it used before the period plus its data records so far.
 */

export interface HighUsageAlert {
  readonly sim: SimCard;
  readonly periodStart: Day;
  /** Kilobytes used this month. */
  readonly usedKb: number;
  readonly level: number;
  readonly detectedAt: WallTime;
}

export interface AlertFile {
  readonly extractedAt: WallTime;
  readonly alerts: readonly HighUsageAlert[];
}

const ALERT_LEVEL = 80;

/** What the card used this month before the period, if `day` is in the period's first month. */
function before(sim: SimCard, day: Day, start: Day): number {
  return monthKey(day) === monthKey(start) ? sim.usedBeforeKb : 0;
}

export function makeHighUsage(
  rng: Random,
  world: World,
  mobile: readonly MobileCdr[],
): AlertFile[] {
  const data = mobile.filter((cdr) => cdr.usage.type === 'DATA');
  const files: AlertFile[] = [];

  for (let offset = 0; offset < world.days; offset += 1) {
    const day = addDays(world.start, offset);
    const extractedAt = wallTime(day, 14);
    const alerts = world.sims
      .filter((sim) => sim.msisdn !== undefined)
      .flatMap((sim): HighUsageAlert[] => {
        const detectedAt = wallTime(day, 13, rng.int(0, 59));
        const usedKb = data
          .filter((cdr) => cdr.iccid === sim.iccid && cdr.start < detectedAt)
          .filter((cdr) => monthKey(dayOf(cdr.start)) === monthKey(day))
          .reduce((sum, cdr) => sum + (cdr.usage.volume ?? 0), before(sim, day, world.start));
        const level = Math.floor((usedKb * 100) / (sim.allowanceMb * 1024));
        return level >= ALERT_LEVEL
          ? [{ sim, periodStart: firstOfMonth(day), usedKb, level, detectedAt }]
          : [];
      });
    if (alerts.length > 0) files.push({ extractedAt, alerts });
  }
  return files;
}
