import { addDays, dayParts, formatDay, wallTime, type Day } from '../civil-time.ts';
import type { SimIdentityPool } from '../iccid.ts';
import type { NumberPool } from '../phone.ts';
import type { Random } from '../random.ts';
import { steady } from './lifecycle.ts';
import { endsAs, startsAt, terminatedBefore, type Moments } from './moments.ts';
import type { Customer, Lifecycle, Offer, SimCard, SimFormat, SimOrder } from './types.ts';

/**
 * SIM cards and the orders they came in. Cards are activated a few days after their order;
 * the newest order, days before the period, still has cards waiting for a number.
 */

/** A plan and its data allowance in megabytes. */
type Plan = readonly [Offer, number];

const FIVE_GB: Plan = [{ code: 'M-5GO', label: 'Forfait mobile 5 Go' }, 5_000];
const PLANS: readonly Plan[] = [
  FIVE_GB,
  [{ code: 'M-50GO', label: 'Forfait mobile 50 Go' }, 50_000],
  [{ code: 'M-DATA100', label: 'Forfait data 100 Go' }, 100_000],
];

const FORMATS: readonly (readonly [SimFormat, number])[] = [
  ['TRIPLE', 5],
  ['NANO', 3],
  ['ESIM', 3],
  ['MICRO', 1],
  ['MINI', 1],
];

/** The customer whose cards make up the newest order. */
const RECENT_ORDER_CUSTOMER = 4;
/** Cards of that order still waiting for a number; the first is activated during the period. */
const WAITING = new Set(['4/5', '4/6', '4/7']);
const ACTIVATED = '4/5';
const HEAVY = '0/0';
const CARDS_PER_ORDER = 45;

interface Slot {
  readonly customer: Customer;
  readonly key: string;
}

export interface SimMakerInput {
  readonly customers: readonly Customer[];
  readonly counts: readonly number[];
  readonly moments: Moments;
}

export function makeSims(
  rng: Random,
  numbers: NumberPool,
  identities: SimIdentityPool,
  input: SimMakerInput,
): { sims: SimCard[]; orders: SimOrder[] } {
  const slots: Slot[] = input.customers.flatMap((customer, i) =>
    Array.from({ length: input.counts[i] ?? 0 }, (_, j) => ({ customer, key: `${i}/${j}` })),
  );
  const start = input.moments.start;
  const recent = slots.filter((slot) => slot.key.startsWith(`${RECENT_ORDER_CUSTOMER}/`));
  const older = slots.filter((slot) => !slot.key.startsWith(`${RECENT_ORDER_CUSTOMER}/`));

  const olderOrders = Math.max(1, Math.ceil(older.length / CARDS_PER_ORDER));
  const groups: { day: Day; slots: Slot[] }[] = Array.from({ length: olderOrders }, (_, k) => ({
    day: addDays(start, -540 + Math.round((k * 500) / olderOrders)),
    slots: older.filter((_, s) => Math.floor((s * olderOrders) / older.length) === k),
  }));
  groups.push({ day: addDays(start, -4), slots: recent });

  const cards = new Map<string, SimCard>();
  const orders = groups
    .filter((group) => group.slots.length > 0)
    .map((group) => {
      const sims = group.slots.map((slot) => {
        const card = makeCard(rng, numbers, identities, input.moments, slot, group.day);
        cards.set(slot.key, card);
        return card;
      });
      return { ref: orderRef(group.day), day: group.day, sims };
    });

  const sims = slots.map((slot) => cards.get(slot.key)).filter((card) => card !== undefined);
  return { sims, orders };
}

function orderRef(day: Day): string {
  const [date, month, year] = formatDay(day).split('/');
  return `CMD${year}-${month}${date}`;
}

function makeCard(
  rng: Random,
  numbers: NumberPool,
  identities: SimIdentityPool,
  moments: Moments,
  slot: Slot,
  orderDay: Day,
): SimCard {
  const latest = Math.min(12, moments.start - orderDay - 1);
  const activationDay = addDays(orderDay, rng.int(1, Math.max(1, latest)));
  const since = wallTime(activationDay, rng.int(9, 18), rng.int(0, 59));
  const [offer, allowanceMb] = slot.key === HEAVY ? FIVE_GB : rng.pick(PLANS);
  const waiting = WAITING.has(slot.key);
  const activated = slot.key === ACTIVATED;

  const monthShare = (dayParts(moments.start).date - 1) / 30;
  const usedShare = slot.key === HEAVY ? 0.86 : monthShare * rng.next() * 0.6;

  return {
    customer: slot.customer,
    ...identities.next(),
    ...(waiting && !activated ? {} : { msisdn: numbers.mobile() }),
    ...(activated ? { msisdnFrom: moments.simActivated } : {}),
    offer,
    allowanceMb,
    usedBeforeKb: Math.floor(allowanceMb * 1024 * usedShare),
    format: rng.weighted(FORMATS),
    codes: { pin1: rng.digits(4), puk1: rng.digits(8), pin2: rng.digits(4), puk2: rng.digits(8) },
    lifecycle: waiting
      ? startsAt('PREACTIVE', activated ? moments.simActivated : undefined, orderDay)
      : lifecycle(slot.key, moments, since, activationDay),
  };
}

function lifecycle(key: string, moments: Moments, since: number, activationDay: Day): Lifecycle {
  switch (key) {
    case '1/0':
      return endsAs('BARRED', moments.simBarred, since, activationDay);
    case '2/0':
      return endsAs('SUSPENDED', moments.simSuspended, since, activationDay);
    case '2/3':
      return terminatedBefore(moments.start, since, activationDay);
    default:
      return steady('ACTIVE', activationDay, since);
  }
}
