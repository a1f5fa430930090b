import { dayOf, dayParts, firstOfMonth, lastOfMonth, monthKey } from '../civil-time.ts';
import { isActiveAt } from '../model/lifecycle.ts';
import { fileWindow } from '../model/schedule.ts';
import { XDSL_TECHNOLOGIES } from '../model/services.ts';
import type { World, XdslAccess } from '../model/types.ts';
import { divideHalfUp, parseDecimal, SCALE } from '../money.ts';
import type { Random } from '../random.ts';
import { recordId, type ChargeType, type Delivery, type XdslCharge } from './types.ts';

/**
 * xDSL charges: each month's subscriptions in the month's first file, the set-up fee and a
 * pro-rata subscription for an access opened during the period, and now and then traffic
 * beyond the allowance, in tenths of gigabytes.
 */

const WINDOW_HOURS = 12;
const SETUP_FEE = parseDecimal('49.00');
const EXTRA_GB_PRICE = parseDecimal('0.50');

type Draft = Omit<XdslCharge, 'id'>;

function draft(
  access: XdslAccess,
  type: ChargeType,
  label: string,
  fields: Omit<Draft, 'customerId' | 'accessRef' | 'type' | 'label'>,
): Draft {
  return { customerId: access.customer.id, accessRef: access.accessRef, type, label, ...fields };
}

export function makeXdslCharges(rng: Random, world: World): Delivery<XdslCharge> {
  const times = world.schedule.xdslFiles;
  const chargedMonths = new Set<string>();
  let sequence = 0;

  const files = times.map((time, index) => {
    const [from, to] = fileWindow(times, index, WINDOW_HOURS);
    const day = dayOf(time);
    const drafts: Draft[] = [];

    if (!chargedMonths.has(monthKey(day))) {
      chargedMonths.add(monthKey(day));
      for (const access of world.xdslAccesses) {
        if (!isActiveAt(access.lifecycle, time)) continue;
        const monthly = parseDecimal(XDSL_TECHNOLOGIES[access.technology].monthly);
        const period = { periodStart: firstOfMonth(day), periodEnd: lastOfMonth(day) };
        drafts.push(
          draft(access, 'RECURRING', `Abonnement ${access.technology}`, {
            ...period,
            quantity: SCALE,
            amount: monthly,
          }),
        );
      }
    }

    for (const access of world.xdslAccesses) {
      const opened = access.lifecycle.changes.find(
        (change, i) => i > 0 && change.status === 'ACTIVE',
      );
      if (opened && opened.at >= from && opened.at < to) {
        drafts.push(...opening(access, dayOf(opened.at)));
      }

      if (isActiveAt(access.lifecycle, time) && rng.chance(0.15)) {
        const tenths = BigInt(rng.int(1, 250));
        const quantity = (tenths * SCALE) / 10n;
        const amount = (EXTRA_GB_PRICE * tenths) / 10n;
        drafts.push(
          draft(access, 'USAGE', 'Trafic hors forfait (Go)', {
            periodStart: day,
            periodEnd: day,
            quantity,
            amount,
          }),
        );
      }
    }

    return drafts.map((charge) => ({ id: recordId('X', (sequence += 1)), ...charge }));
  });

  return { files, records: files.flat() };
}

/** The set-up fee, and the subscription from the opening day to the month's end. */
function opening(access: XdslAccess, day: number): Draft[] {
  const monthly = parseDecimal(XDSL_TECHNOLOGIES[access.technology].monthly);
  const monthDays = BigInt(dayParts(lastOfMonth(day)).date);
  const days = BigInt(lastOfMonth(day) - day + 1);
  const prorata = divideHalfUp(monthly * days, monthDays);
  const label = `Abonnement ${access.technology} (prorata ${days}/${monthDays} j)`;

  return [
    draft(access, 'ONE_OFF', 'Frais de mise en service', {
      periodStart: day,
      periodEnd: day,
      quantity: SCALE,
      amount: SETUP_FEE,
    }),
    draft(access, 'RECURRING', label, {
      periodStart: day,
      periodEnd: lastOfMonth(day),
      quantity: days * SCALE,
      amount: prorata,
    }),
  ];
}
