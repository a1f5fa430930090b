import { isSkippedHour, wallTime, type Day, type WallTime } from '../civil-time.ts';
import type { Schedule } from './types.ts';

/**
 * When each family is extracted over `days` days from `start`, on the Paris wall clock.
 * Snapshots are taken from the first midnight; usage files close their window, so the last
 * one is stamped at the midnight that ends the period.
 */
export function makeSchedule(start: Day, days: number): Schedule {
  const every = (hours: number, from: number, count: number): WallTime[] =>
    Array.from({ length: count }, (_, i) => wallTime(start, from + i * hours)).filter(
      (time) => !isSkippedHour(time),
    );

  return {
    accountSnapshots: every(4, 0, days * 6),
    statusSnapshots: every(1, 0, days * 24),
    mobileFiles: every(6, 6, days * 4),
    vgaFiles: every(8, 8, days * 3),
    voipFiles: every(12, 12, days * 2),
    xdslFiles: every(12, 11, days * 2),
  };
}

/** The window of usage a file extracted at `files[index]` holds, `[from, to)`. */
export function fileWindow(
  files: readonly WallTime[],
  index: number,
  hours: number,
): [WallTime, WallTime] {
  const to = files[index];
  if (to === undefined) throw new RangeError(`No file ${index} in the schedule.`);
  return [to - hours * 3600, to];
}
