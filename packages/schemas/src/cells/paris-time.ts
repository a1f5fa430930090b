/**
 * Date-times of the drop: Europe/Paris wall-clock time (`dd/MM/yyyy HH:mm[:ss]`, or ISO 8601
 * without an offset) or ISO 8601 with an offset, read as an instant.
 *
 * Wall-clock time is turned into an instant by the zone rules (luxon's IANA zone). In the
 * autumn, the hour 02:00–02:59 happens twice: the first occurrence (summer time) is taken and
 * the value is marked `ambiguous`. In the spring, 02:00–02:59 does not exist: the time is moved
 * forward by the gap (02:30 becomes 03:30 summer time) and marked `shifted`. The zone is asked
 * once per local hour; a million rows cost a few thousand look-ups.
 */
import { IANAZone } from 'luxon';
import { CellError } from '../errors.ts';
import { isRealDate } from './calendar.ts';

export interface ParisDateTime {
  readonly instant: Date;
  /** The local time fell in the repeated autumn hour; the first occurrence was taken. */
  readonly ambiguous: boolean;
  /** The local time fell in the skipped spring hour; it was moved forward by the gap. */
  readonly shifted: boolean;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  readonly millisecond?: number;
}

const PARIS = IANAZone.create('Europe/Paris');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface HourRule {
  readonly offsetMs: number;
  readonly ambiguous: boolean;
  readonly shifted: boolean;
}

const hourRules = new Map<number, HourRule>();
const HOUR_CACHE_LIMIT = 200_000;

/** How the zone maps the local hour starting at `localHour` (wall-clock read as if UTC). */
function ruleOf(localHour: number): HourRule {
  const cached = hourRules.get(localHour);
  if (cached) {
    return cached;
  }

  const before = PARIS.offset(localHour - DAY);
  const after = PARIS.offset(localHour + DAY);
  const fits = [...new Set([before, after])].filter(
    (offset) => PARIS.offset(localHour - offset * MINUTE) === offset,
  );
  const rule: HourRule =
    fits.length === 0
      ? { offsetMs: before * MINUTE, ambiguous: false, shifted: true }
      : { offsetMs: Math.max(...fits) * MINUTE, ambiguous: fits.length > 1, shifted: false };

  if (hourRules.size >= HOUR_CACHE_LIMIT) {
    hourRules.clear();
  }
  hourRules.set(localHour, rule);
  return rule;
}

function checkClock(clock: WallClock, text: string): void {
  const { year, month, day, hour, minute, second = 0 } = clock;
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new CellError(`"${text}" is not a real date and time`);
  }
}

/** Europe/Paris wall-clock time to an instant. */
export function parisWallClock(clock: WallClock): ParisDateTime {
  const { year, month, day, hour, minute, second = 0, millisecond = 0 } = clock;
  const localHour = Date.UTC(year, month - 1, day, hour);
  const rule = ruleOf(localHour);

  const local = localHour + minute * MINUTE + second * 1000 + millisecond;
  return {
    instant: new Date(local - rule.offsetMs),
    ambiguous: rule.ambiguous,
    shifted: rule.shifted,
  };
}

function offsetMinutes(designator: string): number {
  if (designator.toUpperCase() === 'Z') {
    return 0;
  }
  const sign = designator.startsWith('-') ? -1 : 1;
  const digits = designator.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function fromIso(match: RegExpExecArray, text: string): ParisDateTime {
  const [, y, mo, d, h, mi, s, fraction, designator] = match;
  const clock: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? '0'),
    millisecond: Number((fraction ?? '0').padEnd(3, '0').slice(0, 3)),
  };
  checkClock(clock, text);
  if (designator === undefined) {
    return parisWallClock(clock);
  }

  const utc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  return {
    instant: new Date(utc - offsetMinutes(designator) * MINUTE),
    ambiguous: false,
    shifted: false,
  };
}

/** Reads `25/10/2026 02:30:00`, `25/10/2026 02:30`, `2026-10-25T02:30:00+02:00`, `…Z`, or ISO
 * without an offset (Paris wall-clock). Throws {@link CellError} for anything else. */
export function parisDateTime(raw: string): ParisDateTime {
  const text = raw.trim();
  const french = FRENCH.exec(text);
  if (french) {
    const [, d, mo, y, h, mi, s] = french;
    const clock: WallClock = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? '0'),
    };
    checkClock(clock, text);
    return parisWallClock(clock);
  }

  const iso = ISO.exec(text);
  if (iso) {
    return fromIso(iso, text);
  }
  throw new CellError(
    `"${text}" is not a date and time (expected dd/MM/yyyy HH:mm:ss or ISO 8601)`,
  );
}
