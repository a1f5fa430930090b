import { addDays, dayOf, wallTime, type Day, type WallTime } from '../civil-time.ts';
import { existingTime } from './lifecycle.ts';
import type { Lifecycle, Schedule } from './types.ts';

/**
 * The moments the special cases happen, placed between snapshots so each shows in the files:
 * the second VGA snapshot already has the suspended line, the newest lacks the dropped one,
 * the 03:00 SIM snapshot has the barred card.
 */
export interface Moments {
  readonly start: Day;
  readonly vgaSuspended: WallTime;
  readonly vgaAdded: WallTime;
  readonly vgaDroppedFrom: WallTime;
  readonly voipActivated: WallTime;
  readonly voipTerminated: WallTime;
  readonly xdslActivated: WallTime;
  readonly simBarred: WallTime;
  readonly simSuspended: WallTime;
  readonly simActivated: WallTime;
}

function at(times: readonly WallTime[], index: number): WallTime {
  const time = times[Math.min(index, times.length - 1)];
  if (time === undefined) throw new RangeError('The schedule has no snapshot.');
  return time;
}

export function makeMoments(start: Day, schedule: Schedule): Moments {
  const accounts = schedule.accountSnapshots;
  const cards = schedule.statusSnapshots;
  const hour = 3600;

  return {
    start,
    vgaSuspended: existingTime(at(accounts, 1) - hour),
    vgaAdded: existingTime(at(accounts, 2) - 2 * hour),
    vgaDroppedFrom: at(accounts, accounts.length - 1),
    voipActivated: existingTime(at(accounts, 3) - hour),
    voipTerminated: existingTime(at(accounts, 4) - hour),
    xdslActivated: existingTime(at(accounts, 2) - hour),
    simBarred: existingTime(at(cards, 3) - 20 * 60),
    simSuspended: existingTime(at(cards, 10) - 30 * 60),
    simActivated: existingTime(at(cards, Math.min(30, cards.length - 2)) - 25 * 60),
  };
}

/** Active since `since`, suspended or terminated or barred at `at`. */
export function endsAs(
  status: 'SUSPENDED' | 'TERMINATED' | 'BARRED',
  atTime: WallTime,
  since: WallTime,
  activationDay: Day,
): Lifecycle {
  return {
    changes: [
      { at: since, status: 'ACTIVE' },
      { at: atTime, status },
    ],
    activationDay,
  };
}

/** Waiting (ordered, not yet in service) until `activated`. */
export function startsAt(
  waiting: 'PENDING' | 'PREACTIVE',
  activated: WallTime | undefined,
  orderedDay: Day,
): Lifecycle {
  const ordered = { at: wallTime(orderedDay, 10), status: waiting };
  if (activated === undefined) return { changes: [ordered] };
  return {
    changes: [ordered, { at: activated, status: 'ACTIVE' }],
    activationDay: dayOf(activated),
  };
}

/** Ended before the period: still reported, as terminated. */
export function terminatedBefore(start: Day, since: WallTime, activationDay: Day): Lifecycle {
  return endsAs('TERMINATED', wallTime(addDays(start, -12), 18), since, activationDay);
}
