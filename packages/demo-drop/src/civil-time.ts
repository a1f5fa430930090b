/**
 * Calendar days and Europe/Paris wall-clock times, as the drop writes them. Times are kept as
 * wall-clock seconds (no zone): the files hold local text, and the generator only has to avoid
 * the hour that does not exist on the spring change. The repeated autumn hour is written as is.
 */

/** A calendar day: days since 1970-01-01. */
export type Day = number;

/** A wall-clock time: seconds since 1970-01-01 00:00:00 on the Paris wall clock. */
export type WallTime = number;

const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = SECONDS_PER_DAY * 1000;

export function makeDay(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** Reads `yyyy-MM-dd`; `undefined` when the text is not a real date. */
export function parseDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;

  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = makeDay(year, month, date);
  const parts = dayParts(day);
  return parts.year === year && parts.month === month && parts.date === date ? day : undefined;
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

export function dayParts(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function firstOfMonth(day: Day): Day {
  const { year, month } = dayParts(day);
  return makeDay(year, month, 1);
}

export function lastOfMonth(day: Day): Day {
  const { year, month } = dayParts(day);
  return makeDay(year, month + 1, 1) - 1;
}

/** The day the clocks change: the last Sunday of March (spring) or October (autumn). */
export function lastSunday(year: number, month: number): Day {
  const last = makeDay(year, month + 1, 1) - 1;
  return last - weekday(last);
}

export function wallTime(day: Day, hours = 0, minutes = 0, seconds = 0): WallTime {
  return day * SECONDS_PER_DAY + hours * 3600 + minutes * 60 + seconds;
}

export function dayOf(time: WallTime): Day {
  return Math.floor(time / SECONDS_PER_DAY);
}

/** True inside 02:00–02:59 on the spring change: that wall-clock hour does not happen. */
export function isSkippedHour(time: WallTime): boolean {
  const day = dayOf(time);
  const hour = Math.floor((time - day * SECONDS_PER_DAY) / 3600);
  return hour === 2 && day === lastSunday(dayParts(day).year, 3);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const dayTexts = new Map<Day, string>();

/** `dd/MM/yyyy`. */
export function formatDay(day: Day): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const { year, month, date } = dayParts(day);
    text = `${pad2(date)}/${pad2(month)}/${year}`;
    dayTexts.set(day, text);
  }
  return text;
}

/** `yyyyMMdd`, for file names. */
export function compactDay(day: Day): string {
  const { year, month, date } = dayParts(day);
  return `${year}${pad2(month)}${pad2(date)}`;
}

/** `yyyyMM`, for monthly files and billing periods. */
export function monthKey(day: Day): string {
  const { year, month } = dayParts(day);
  return `${year}${pad2(month)}`;
}

function clock(time: WallTime): { hours: number; minutes: number; seconds: number } {
  const rest = time - dayOf(time) * SECONDS_PER_DAY;
  return {
    hours: Math.floor(rest / 3600),
    minutes: Math.floor(rest / 60) % 60,
    seconds: rest % 60,
  };
}

/** `dd/MM/yyyy HH:mm:ss`. */
export function formatWallTime(time: WallTime): string {
  const { hours, minutes, seconds } = clock(time);
  return `${formatDay(dayOf(time))} ${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
}

/** `yyyyMMdd_HHmm`, the extraction stamp in file names. */
export function fileStamp(time: WallTime): string {
  const { hours, minutes } = clock(time);
  return `${compactDay(dayOf(time))}_${pad2(hours)}${pad2(minutes)}`;
}
