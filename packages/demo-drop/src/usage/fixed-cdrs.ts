import { dayOf, wallTime, type WallTime } from '../civil-time.ts';
import { DemoDropError } from '../errors.ts';
import { existingTime, isActiveAt } from '../model/lifecycle.ts';
import { fileWindow } from '../model/schedule.ts';
import type { Lifecycle, World } from '../model/types.ts';
import { calledNumber, toInternational, type DestinationKind } from '../phone.ts';
import type { Random } from '../random.ts';
import { voiceAmount, type RateBook } from '../rating.ts';
import { SCALE } from '../money.ts';
import { drawDuration } from './mobile-usage.ts';
import { recordId, type Delivery, type FixedCdr } from './types.ts';

/**
 * Calls from VGA lines and VoIP numbers, cut into their rated files. The call centre's trunk
 * also calls abroad for hours on the first day, enough for an invoice above 1 000 €.
 */

const DESTINATIONS: readonly (readonly [DestinationKind, number])[] = [
  ['fr-fixed', 38],
  ['fr-mobile', 30],
  ['fr-voip', 7],
  ['fr-premium', 2],
  ['belgium', 4],
  ['germany', 4],
  ['united-kingdom', 3],
  ['switzerland', 2],
  ['morocco-fixed', 2],
  ['morocco-mobile', 3],
  ['tunisia', 2],
  ['north-america', 2],
  ['ivory-coast', 1],
];

const CALL_CENTRE_TARGET = 1_100n * SCALE;

interface Caller {
  readonly service: 'VGA' | 'VOIP';
  readonly customerId: string;
  readonly number: string;
  readonly lifecycle: Lifecycle;
  /** Mean calls per window, by the hour the window ends. */
  readonly activity: Readonly<Record<number, number>>;
}

interface Call {
  readonly caller: Caller;
  readonly called: string;
  readonly start: WallTime;
  readonly seconds: number;
}

function price(book: RateBook, call: Call, sequence: number): FixedCdr {
  const { caller, called, start, seconds } = call;
  const line = book.find(caller.service, 'VOICE', toInternational(called), dayOf(start));
  if (!line) throw new DemoDropError(`No ${caller.service} rate for "${called}".`);

  const prefix = caller.service === 'VGA' ? 'V' : 'P';
  const id = recordId(prefix, sequence);
  const amount = voiceAmount(seconds, line);
  return {
    id,
    service: caller.service,
    customerId: caller.customerId,
    lineNumber: caller.number,
    called,
    start,
    seconds,
    line,
    amount,
  };
}

function drawCalls(rng: Random, callers: readonly Caller[], from: WallTime, hours: number): Call[] {
  const hourOfEnd = Math.round((from + hours * 3600 - dayOf(from + hours * 3600) * 86_400) / 3600);
  const calls: Call[] = [];
  for (const caller of callers) {
    const count = rng.int(0, Math.round((caller.activity[hourOfEnd] ?? 1) * 2));
    for (let i = 0; i < count; i += 1) {
      const start = Math.min(
        existingTime(from + rng.int(0, hours * 3600 - 1)),
        from + hours * 3600 - 1,
      );
      const called = calledNumber(rng, rng.weighted(DESTINATIONS), 'national');
      const seconds = drawDuration(rng);
      if (isActiveAt(caller.lifecycle, start)) calls.push({ caller, called, start, seconds });
    }
  }
  return calls;
}

/** Long calls abroad from the call centre's trunk, 08:00–20:00 on the first day. */
function callCentreCalls(rng: Random, world: World, book: RateBook): Call[] {
  const trunk = world.voipNumbers.find((number) => number.customer === world.callCentre);
  if (!trunk) return [];

  const caller: Caller = {
    service: 'VOIP',
    customerId: trunk.customer.id,
    number: trunk.number,
    lifecycle: trunk.lifecycle,
    activity: {},
  };
  const calls: Call[] = [];
  let total = 0n;
  while (total < CALL_CENTRE_TARGET) {
    const kind = rng.pick(['morocco-mobile', 'tunisia', 'ivory-coast'] as const);
    const call = {
      caller,
      called: calledNumber(rng, kind, 'national'),
      start: existingTime(wallTime(world.start, 8) + rng.int(0, 12 * 3600 - 1)),
      seconds: rng.int(2400, 3600),
    };
    calls.push(call);
    total += price(book, call, 0).amount;
  }
  return calls;
}

function deliver(
  book: RateBook,
  files: readonly WallTime[],
  hours: number,
  calls: readonly Call[],
): FixedCdr[][] {
  let sequence = 0;
  return files.map((_, index) => {
    const [from, to] = fileWindow(files, index, hours);
    return calls
      .filter((call) => call.start >= from && call.start < to)
      .sort((a, b) => a.start - b.start)
      .map((call) => price(book, call, (sequence += 1)));
  });
}

export function makeFixedCdrs(
  rng: Random,
  world: World,
  book: RateBook,
): { vga: Delivery<FixedCdr>; voip: Delivery<FixedCdr> } {
  const vgaCallers: Caller[] = world.vgaLines.map((line) => ({
    service: 'VGA',
    customerId: line.customer.id,
    number: line.number,
    lifecycle: line.lifecycle,
    activity: { 8: 0.3, 16: 2.2, 0: 1.0 },
  }));
  const voipCallers: Caller[] = world.voipNumbers.map((number) => ({
    service: 'VOIP',
    customerId: number.customer.id,
    number: number.number,
    lifecycle: number.lifecycle,
    activity: { 12: 0.8 * Math.min(number.channels, 4), 0: 1.2 * Math.min(number.channels, 4) },
  }));

  const { vgaFiles, voipFiles } = world.schedule;
  const vgaCalls = vgaFiles.flatMap((_, i) =>
    drawCalls(rng, vgaCallers, fileWindow(vgaFiles, i, 8)[0], 8),
  );
  const voipCalls = [
    ...voipFiles.flatMap((_, i) =>
      drawCalls(rng, voipCallers, fileWindow(voipFiles, i, 12)[0], 12),
    ),
    ...callCentreCalls(rng, world, book),
  ];

  const vgaDelivered = deliver(book, vgaFiles, 8, vgaCalls);
  const voipDelivered = deliver(book, voipFiles, 12, voipCalls);
  return {
    vga: { files: vgaDelivered, records: vgaDelivered.flat() },
    voip: { files: voipDelivered, records: voipDelivered.flat() },
  };
}
