import type { Day } from '../civil-time.ts';
import { DemoDropError } from '../errors.ts';
import { calledNumber, PHONE_SPELLINGS, toInternational, type DestinationKind } from '../phone.ts';
import type { Random } from '../random.ts';
import { dataAmount, unitAmount, voiceAmount, type RateBook, type RateLine } from '../rating.ts';
import type { MobileUsage } from './types.ts';

/** What a mobile subscriber does, drawn at random, and what it costs. */

const VOICE_DESTINATIONS: readonly (readonly [DestinationKind, number])[] = [
  ['fr-mobile', 45],
  ['fr-fixed', 22],
  ['fr-voip', 3],
  ['fr-premium', 3],
  ['belgium', 4],
  ['germany', 3],
  ['united-kingdom', 3],
  ['switzerland', 3],
  ['morocco-fixed', 2],
  ['morocco-mobile', 4],
  ['tunisia', 3],
  ['north-america', 3],
  ['ivory-coast', 2],
];

const ROAMING_COUNTRIES = ['ES', 'IT', 'DE', 'BE', 'PT', 'NL'];

/** Seconds of a call: some never connect, many sit on a billing step's edge. */
const DURATIONS = [
  ['none', 3],
  ['edge', 12],
  ['short', 20],
  ['usual', 50],
  ['long', 15],
] as const;

/** Durations on the edge of a billing step. */
const EDGES = [1, 29, 30, 31, 59, 60, 61, 119, 120, 121];

/** Kilobyte ranges of a data session, by weight. */
const VOLUMES: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 2_000], 3],
  [[2_000, 50_000], 4],
  [[50_000, 500_000], 3],
];

const TYPES = [
  ['VOICE', 40],
  ['SMS', 28],
  ['DATA', 29],
  ['MMS', 3],
] as const;

export function drawDuration(rng: Random): number {
  switch (rng.weighted(DURATIONS)) {
    case 'none':
      return 0;
    case 'edge':
      return rng.pick(EDGES);
    case 'short':
      return rng.int(1, 59);
    case 'usual':
      return rng.int(60, 600);
    case 'long':
      return rng.int(601, 3600);
  }
}

function drawKilobytes(rng: Random): number {
  const [min, max] = rng.weighted(VOLUMES);
  return rng.int(min, max);
}

export function drawMobileUsage(rng: Random): MobileUsage {
  const type = rng.weighted(TYPES);
  const country = rng.chance(0.06) ? rng.pick(ROAMING_COUNTRIES) : undefined;
  const roaming = country === undefined ? {} : { country };
  const spelling = rng.pick(PHONE_SPELLINGS);

  switch (type) {
    case 'VOICE': {
      const called = calledNumber(rng, rng.weighted(VOICE_DESTINATIONS), spelling);
      return { type, called, seconds: drawDuration(rng), ...roaming };
    }
    case 'SMS':
    case 'MMS':
      return { type, called: calledNumber(rng, 'fr-mobile', spelling), volume: 1, ...roaming };
    case 'DATA':
      return { type, called: '', volume: drawKilobytes(rng), ...roaming };
  }
}

/** The rate line and exact amount of a usage on `day` (roaming in the EU is priced as home). */
export function priceMobileUsage(
  book: RateBook,
  usage: MobileUsage,
  day: Day,
): { line: RateLine; amount: bigint } {
  const number = usage.type === 'DATA' ? '' : toInternational(usage.called);
  const line = book.find('MOBILE', usage.type, number, day);
  if (!line) {
    throw new DemoDropError(`No mobile ${usage.type} rate for "${usage.called}" on day ${day}.`);
  }

  switch (usage.type) {
    case 'VOICE':
      return { line, amount: voiceAmount(usage.seconds ?? 0, line) };
    case 'DATA':
      return { line, amount: dataAmount(usage.volume ?? 0, line) };
    case 'SMS':
    case 'MMS':
      return { line, amount: unitAmount(usage.volume ?? 1, line) };
  }
}
