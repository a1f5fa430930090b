import { addDays, dayOf, wallTime, type Day } from '../civil-time.ts';
import type { NumberPool } from '../phone.ts';
import type { Random } from '../random.ts';
import { steady } from './lifecycle.ts';
import { endsAs, startsAt, terminatedBefore, type Moments } from './moments.ts';
import type {
  Customer,
  Lifecycle,
  Offer,
  VgaLine,
  VoipNumber,
  XdslAccess,
  XdslTechnology,
} from './types.ts';

/** Fixed services: analogue lines, VoIP numbers and xDSL accesses, with their special cases. */

type Special = (m: Moments, since: number, activationDay: Day) => Lifecycle;

/** `customerIndex/lineIndex` → how that line lives over the period. */
const VGA_SPECIAL: Readonly<Record<string, Special>> = {
  '2/1': (m, since, day) => terminatedBefore(m.start, since, day),
  '2/2': (m, since, day) => ({ ...steady('ACTIVE', day, since), reportedUntil: m.vgaDroppedFrom }),
  '3/0': (m, since, day) => endsAs('SUSPENDED', m.vgaSuspended, since, day),
  '3/2': (m) => ({
    changes: [{ at: m.vgaAdded, status: 'ACTIVE' }],
    activationDay: dayOf(m.vgaAdded),
    reportedFrom: m.vgaAdded,
  }),
};

const VOIP_SPECIAL: Readonly<Record<string, Special>> = {
  '2/0': (m) => startsAt('PENDING', m.voipActivated, addDays(m.start, -3)),
  '3/0': (m, since, day) => endsAs('TERMINATED', m.voipTerminated, since, day),
};

const XDSL_SPECIAL: Readonly<Record<string, Special>> = {
  '3/1': (m) => startsAt('PENDING', m.xdslActivated, addDays(m.start, -9)),
};

const VGA_OFFERS: readonly Offer[] = [
  { code: 'VGA-ANA', label: 'Ligne analogique' },
  { code: 'VGA-PRO', label: 'Ligne analogique pro' },
];

const TRUNK_PRICES: Readonly<Record<number, string>> = {
  2: '19,90',
  4: '34,90',
  8: '59,90',
  30: '189,00',
};

export const XDSL_TECHNOLOGIES: Readonly<
  Record<XdslTechnology, { down: number; up: number; offer: Offer; monthly: string }>
> = {
  ADSL: {
    down: 8000,
    up: 800,
    offer: { code: 'XDSL-ESS', label: 'Accès essentiel' },
    monthly: '24.90',
  },
  'ADSL2+': {
    down: 20000,
    up: 1000,
    offer: { code: 'XDSL-PRO', label: 'Accès pro' },
    monthly: '29.90',
  },
  VDSL2: {
    down: 95000,
    up: 40000,
    offer: { code: 'XDSL-PRO+', label: 'Accès pro+' },
    monthly: '34.90',
  },
  SDSL: {
    down: 8000,
    up: 8000,
    offer: { code: 'XDSL-SDSL', label: 'Accès SDSL débit garanti' },
    monthly: '89.00',
  },
};

/** How many services of each kind a customer has. */
export interface ServicePlan {
  readonly vga: number;
  readonly voip: number;
  readonly xdsl: number;
  readonly sims: number;
}

export class FixedServiceMaker {
  private readonly accessRefs = new Set<string>();

  constructor(
    private readonly rng: Random,
    private readonly numbers: NumberPool,
    private readonly moments: Moments,
  ) {}

  /** A day the service was opened, months before the period, and a time that day. */
  private opening(): [Day, number] {
    const day = addDays(this.moments.start, -this.rng.int(30, 900));
    return [day, wallTime(day, this.rng.int(9, 17), this.rng.int(0, 59))];
  }

  private lifecycle(specials: Readonly<Record<string, Special>>, key: string): Lifecycle {
    const [day, since] = this.opening();
    const special = specials[key];
    return special ? special(this.moments, since, day) : steady('ACTIVE', day, since);
  }

  private orderRef(): string {
    return `CMD-${this.rng.digits(5)}`;
  }

  vga(customer: Customer, customerIndex: number, plan: ServicePlan): VgaLine[] {
    return Array.from({ length: plan.vga }, (_, i) => ({
      customer,
      number: this.numbers.geographic(customer.areaCode),
      offer: this.rng.pick(VGA_OFFERS),
      orderRef: this.orderRef(),
      lifecycle: this.lifecycle(VGA_SPECIAL, `${customerIndex}/${i}`),
    }));
  }

  voip(customer: Customer, customerIndex: number, plan: ServicePlan, trunk?: number): VoipNumber[] {
    return Array.from({ length: plan.voip }, (_, i) => {
      const channels = trunk ?? this.rng.pick([2, 4, 8]);
      return {
        customer,
        number: this.numbers.voip(),
        sipAccount: `sip${this.rng.digits(6)}`,
        channels,
        offer: {
          code: `VOIP-TRUNK-${channels}`,
          label: `Trunk SIP ${channels} canaux – ${TRUNK_PRICES[channels] ?? '0,00'} € HT/mois`,
        },
        orderRef: this.orderRef(),
        lifecycle: this.lifecycle(VOIP_SPECIAL, `${customerIndex}/${i}`),
      };
    });
  }

  xdsl(customer: Customer, customerIndex: number, plan: ServicePlan): XdslAccess[] {
    return Array.from({ length: plan.xdsl }, (_, i) => {
      const technology = this.rng.weighted<XdslTechnology>([
        ['ADSL', 1],
        ['ADSL2+', 5],
        ['VDSL2', 3],
        ['SDSL', 2],
      ]);
      const spec = XDSL_TECHNOLOGIES[technology];
      let accessRef = `XD${this.rng.digits(10)}`;
      while (this.accessRefs.has(accessRef)) accessRef = `XD${this.rng.digits(10)}`;
      this.accessRefs.add(accessRef);

      return {
        customer,
        accessRef,
        lineNumber: this.numbers.geographic(customer.areaCode),
        technology,
        downloadKbps: spec.down,
        uploadKbps: spec.up,
        offer: spec.offer,
        orderRef: this.orderRef(),
        lifecycle: this.lifecycle(XDSL_SPECIAL, `${customerIndex}/${i}`),
      };
    });
  }
}
