import { dayOf, formatDay, isSkippedHour, type Day, type WallTime } from '../civil-time.ts';
import type { Lifecycle, Status, StatusChange } from './types.ts';

/** The change in force at `time` (the first one before any change). */
export function changeAt(lifecycle: Lifecycle, time: WallTime): StatusChange {
  const [first, ...rest] = lifecycle.changes;
  if (!first) throw new RangeError('A lifecycle needs at least one status.');

  let current = first;
  for (const change of rest) if (change.at <= time) current = change;
  return current;
}

export function statusAt(lifecycle: Lifecycle, time: WallTime): Status {
  return changeAt(lifecycle, time).status;
}

export function isReportedAt(lifecycle: Lifecycle, time: WallTime): boolean {
  const from = lifecycle.reportedFrom ?? -Infinity;
  const until = lifecycle.reportedUntil ?? Infinity;
  return from <= time && time < until;
}

/** Active at `time`: can make calls or use data. */
export function isActiveAt(lifecycle: Lifecycle, time: WallTime): boolean {
  return isReportedAt(lifecycle, time) && statusAt(lifecycle, time) === 'ACTIVE';
}

/** ActivationDate and TerminationDate as a snapshot at `time` shows them. */
export function lifecycleDates(lifecycle: Lifecycle, time: WallTime): [string, string] {
  const change = changeAt(lifecycle, time);
  const waiting = change.status === 'PENDING' || change.status === 'PREACTIVE';
  const activation =
    waiting || lifecycle.activationDay === undefined ? '' : formatDay(lifecycle.activationDay);
  const termination = change.status === 'TERMINATED' ? formatDay(dayOf(change.at)) : '';
  return [activation, termination];
}

/** Moves a time out of the hour the spring change skips. */
export function existingTime(time: WallTime): WallTime {
  return isSkippedHour(time) ? time + 3600 : time;
}

/** A lifecycle that stays in one status, active since `activationDay`. */
export function steady(status: Status, activationDay: Day, since: WallTime): Lifecycle {
  return { changes: [{ at: since, status }], activationDay };
}
