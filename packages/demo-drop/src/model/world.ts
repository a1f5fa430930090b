import type { Day } from '../civil-time.ts';
import { SimIdentityPool } from '../iccid.ts';
import { NumberPool } from '../phone.ts';
import { Random } from '../random.ts';
import { FIXED_CUSTOMERS, makeCustomers } from './customers.ts';
import { makeMoments } from './moments.ts';
import { makeSchedule } from './schedule.ts';
import { FixedServiceMaker, type ServicePlan } from './services.ts';
import { makeSims } from './sims.ts';
import type { World } from './types.ts';

/** The first customers' services, fixed so that every special case exists. */
const FIXED_PLANS: readonly ServicePlan[] = [
  { vga: 3, voip: 0, xdsl: 2, sims: 5 },
  { vga: 2, voip: 1, xdsl: 1, sims: 6 },
  { vga: 3, voip: 1, xdsl: 1, sims: 4 },
  { vga: 3, voip: 1, xdsl: 2, sims: 3 },
  { vga: 1, voip: 0, xdsl: 0, sims: 8 },
];

/** The call centre is the second customer; its trunk has 30 channels. */
const CALL_CENTRE = 1;

function randomPlan(rng: Random): ServicePlan {
  const plan = {
    vga: rng.weighted([
      [0, 3],
      [1, 3],
      [2, 2],
      [3, 1],
      [4, 1],
    ]),
    voip: rng.weighted([
      [0, 6],
      [1, 3],
      [2, 1],
    ]),
    xdsl: rng.weighted([
      [0, 4],
      [1, 4],
      [2, 2],
    ]),
    sims: rng.weighted([
      [0, 2],
      [2, 3],
      [4, 3],
      [6, 2],
      [9, 1],
    ]),
  };
  return plan.vga + plan.voip + plan.xdsl + plan.sims > 0 ? plan : { ...plan, sims: 1 };
}

export interface WorldOptions {
  readonly seed: number;
  readonly customers: number;
  readonly start: Day;
  readonly days: number;
}

export function buildWorld(options: WorldOptions): World {
  if (options.customers < FIXED_CUSTOMERS) {
    throw new RangeError(`The demo needs at least ${FIXED_CUSTOMERS} customers.`);
  }

  const rng = new Random(options.seed);
  const schedule = makeSchedule(options.start, options.days);
  const moments = makeMoments(options.start, schedule);
  const customers = makeCustomers(rng.fork('customers'), options.customers);
  const numbers = new NumberPool(rng.fork('numbers'));

  const planRng = rng.fork('plans');
  const owners = customers.map((customer, i) => ({
    customer,
    i,
    plan: FIXED_PLANS[i] ?? randomPlan(planRng),
  }));
  const maker = new FixedServiceMaker(rng.fork('fixed'), numbers, moments);
  const vgaLines = owners.flatMap(({ customer, i, plan }) => maker.vga(customer, i, plan));
  const voipNumbers = owners.flatMap(({ customer, i, plan }) =>
    maker.voip(customer, i, plan, i === CALL_CENTRE ? 30 : undefined),
  );
  const xdslAccesses = owners.flatMap(({ customer, i, plan }) => maker.xdsl(customer, i, plan));

  const identities = new SimIdentityPool(rng.fork('iccids'));
  const counts = owners.map(({ plan }) => plan.sims);
  const { sims, orders } = makeSims(rng.fork('sims'), numbers, identities, {
    customers,
    counts,
    moments,
  });

  const callCentre = customers[CALL_CENTRE];
  const heavyDataSim = sims[0];
  if (!callCentre || !heavyDataSim)
    throw new RangeError('The demo lacks its call centre or cards.');

  return {
    vnoCode: 'VNO042',
    start: options.start,
    days: options.days,
    schedule,
    customers,
    vgaLines,
    voipNumbers,
    xdslAccesses,
    sims,
    simOrders: orders,
    callCentre,
    heavyDataSim,
  };
}
