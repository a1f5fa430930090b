import type { Day, WallTime } from '../civil-time.ts';

/**
 * The demo integrator's world: customers, their lines and SIM cards, each with a life over
 * the period that the snapshots report and the usage follows.
 */

export type Status = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'PENDING' | 'PREACTIVE' | 'BARRED';

export interface StatusChange {
  readonly at: WallTime;
  readonly status: Status;
}

/** How one line or card is reported over time. */
export interface Lifecycle {
  /** In time order; the first one gives the state before the period. */
  readonly changes: readonly StatusChange[];
  /** Reported from this time on (absent from earlier snapshots). */
  readonly reportedFrom?: WallTime;
  /** No longer reported from this time on (absent from later snapshots). */
  readonly reportedUntil?: WallTime;
  /** The ActivationDate snapshots show once the line is active. */
  readonly activationDay?: Day;
}

export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly street: string;
  readonly zipCode: string;
  readonly city: string;
  /** Digits after the leading 0 of the town's geographic numbers (`240` for Nantes). */
  readonly areaCode: string;
}

export interface Offer {
  readonly code: string;
  readonly label: string;
}

export interface VgaLine {
  readonly customer: Customer;
  /** National form, `0240123456`. */
  readonly number: string;
  readonly offer: Offer;
  readonly orderRef: string;
  readonly lifecycle: Lifecycle;
}

export interface VoipNumber {
  readonly customer: Customer;
  readonly number: string;
  readonly sipAccount: string;
  readonly channels: number;
  readonly offer: Offer;
  readonly orderRef: string;
  readonly lifecycle: Lifecycle;
}

export type XdslTechnology = 'ADSL' | 'ADSL2+' | 'VDSL2' | 'SDSL';

export interface XdslAccess {
  readonly customer: Customer;
  readonly accessRef: string;
  readonly lineNumber: string;
  readonly technology: XdslTechnology;
  readonly downloadKbps: number;
  readonly uploadKbps: number;
  readonly offer: Offer;
  readonly orderRef: string;
  readonly lifecycle: Lifecycle;
}

export type SimFormat = 'MINI' | 'MICRO' | 'NANO' | 'TRIPLE' | 'ESIM';

export interface SimCard {
  readonly customer: Customer;
  readonly iccid: string;
  readonly imsi: string;
  /** National form; absent while the card has no number yet. */
  readonly msisdn?: string;
  /** When the number was given, for a card activated during the period. */
  readonly msisdnFrom?: WallTime;
  readonly offer: Offer;
  /** The plan's data allowance, in megabytes. */
  readonly allowanceMb: number;
  /** Data used this month before the period, in kilobytes. */
  readonly usedBeforeKb: number;
  readonly format: SimFormat;
  readonly codes: {
    readonly pin1: string;
    readonly puk1: string;
    readonly pin2: string;
    readonly puk2: string;
  };
  readonly lifecycle: Lifecycle;
}

export interface SimOrder {
  readonly ref: string;
  readonly day: Day;
  readonly sims: readonly SimCard[];
}

/** The extraction times of each family over the period. */
export interface Schedule {
  /** Account_VGA, Account_VoIP, Account_XDSL: every 4 hours. */
  readonly accountSnapshots: readonly WallTime[];
  /** AccountStatus: every hour. */
  readonly statusSnapshots: readonly WallTime[];
  readonly mobileFiles: readonly WallTime[];
  readonly vgaFiles: readonly WallTime[];
  readonly voipFiles: readonly WallTime[];
  readonly xdslFiles: readonly WallTime[];
}

export interface World {
  readonly vnoCode: string;
  readonly start: Day;
  readonly days: number;
  readonly schedule: Schedule;
  readonly customers: readonly Customer[];
  readonly vgaLines: readonly VgaLine[];
  readonly voipNumbers: readonly VoipNumber[];
  readonly xdslAccesses: readonly XdslAccess[];
  readonly sims: readonly SimCard[];
  readonly simOrders: readonly SimOrder[];
  /** The customer whose VoIP trunk calls abroad all day (an invoice above 1 000 €). */
  readonly callCentre: Customer;
  /** The card that uses most of its data allowance (high-usage alerts). */
  readonly heavyDataSim: SimCard;
}
