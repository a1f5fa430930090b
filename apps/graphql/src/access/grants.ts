/** Which customers each partner may read: rows of `partner_customers`. */
import { customers, type Database, partnerCustomers } from '@vnodrop/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

export interface GrantResult {
  /** Grants added (those already there are not counted). */
  added: number;
  /** Customer ids the drop has not named (yet): granted all the same. */
  unknown: string[];
}

export async function grantCustomers(
  db: Database,
  partner: string,
  customerIds: readonly string[],
): Promise<GrantResult> {
  const ids = [...new Set(customerIds.map((id) => id.trim()))];
  const added = await db
    .insert(partnerCustomers)
    .values(ids.map((customerId) => ({ partner, customerId })))
    .onConflictDoNothing()
    .returning({ customerId: partnerCustomers.customerId });
  const known = await db
    .select({ id: customers.id })
    .from(customers)
    .where(inArray(customers.id, ids));
  const knownIds = new Set(known.map((row) => row.id));

  return { added: added.length, unknown: ids.filter((id) => !knownIds.has(id)) };
}

/** Removes grants; returns how many there were. */
export async function ungrantCustomers(
  db: Database,
  partner: string,
  customerIds: readonly string[],
): Promise<number> {
  const removed = await db
    .delete(partnerCustomers)
    .where(
      and(
        eq(partnerCustomers.partner, partner),
        inArray(partnerCustomers.customerId, [...customerIds]),
      ),
    )
    .returning({ customerId: partnerCustomers.customerId });

  return removed.length;
}

/** Every grant, or those of one partner, by partner then customer. */
export function listGrants(db: Database, partner?: string) {
  return db
    .select({ partner: partnerCustomers.partner, customerId: partnerCustomers.customerId })
    .from(partnerCustomers)
    .where(partner ? eq(partnerCustomers.partner, partner) : undefined)
    .orderBy(asc(partnerCustomers.partner), asc(partnerCustomers.customerId));
}
