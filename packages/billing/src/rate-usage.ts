/**
 * Rating one record: the table its `TariffCode` names, for the service of its family and its
 * kind of usage; the rate of the longest prefix valid on the call's day in Paris; then the
 * amount that rate gives.
 */
import { dataAmount, unitAmount, voiceAmount } from './amounts.ts';
import { billedSeconds, PER_SECOND } from './increments.ts';
import { parisDate } from './paris-date.ts';
import type { RateBook } from './rate-book.ts';
import type { Rate, Rating, Usage } from './types.ts';

export function rateUsage(usage: Usage, book: RateBook): Rating {
  if (!usage.tariffCode) return { status: 'no-rate', reason: 'no-tariff-code' };

  const isData = usage.eventType === 'DATA';
  if (!isData && !usage.number) return { status: 'no-rate', reason: 'no-number' };

  const match = book.find({
    tableCode: usage.tariffCode,
    service: usage.service,
    eventType: usage.eventType,
    number: isData ? '' : (usage.number ?? ''),
    day: parisDate(usage.startedAt),
  });
  if (!match.rate) return { status: 'no-rate', reason: match.reason };

  return { status: 'rated', rate: match.rate, ...priceUsage(usage, match.rate) };
}

/**
 * The amount `rate` gives `usage`: voice by its billed seconds, SMS and MMS per message (one
 * when the record gives no count), data per megabyte of its kilobytes.
 */
export function priceUsage(
  usage: Pick<Usage, 'eventType' | 'durationS' | 'volume'>,
  rate: Pick<Rate, 'price' | 'setupFee' | 'increment'>,
): { expectedAmount: string; billedSeconds: number | null } {
  switch (usage.eventType) {
    case 'VOICE': {
      const seconds = usage.durationS ?? 0;
      return {
        expectedAmount: voiceAmount(seconds, rate),
        billedSeconds: billedSeconds(seconds, rate.increment ?? PER_SECOND),
      };
    }
    case 'SMS':
    case 'MMS':
      return { expectedAmount: unitAmount(usage.volume ?? 1, rate.price), billedSeconds: null };
    case 'DATA':
      return { expectedAmount: dataAmount(usage.volume ?? 0, rate.price), billedSeconds: null };
  }
}
