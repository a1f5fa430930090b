import { formatDay } from '../civil-time.ts';
import { csvBytes, type CsvLayout } from '../csv.ts';
import type { World } from '../model/types.ts';
import { formatDecimal } from '../money.ts';
import type { DropOutput } from '../output.ts';
import { onePagePdf } from '../pdf.ts';
import type { Invoice, MonthBilling } from '../usage/billing.ts';

/**
 * Factures: each month, the customers' invoices (PDF) with a summary CSV whose amounts carry a
 * space as thousands separator, and the wholesaler's own invoice to the integrator.
 */

const HEADER = [
  'InvoiceNumber',
  'CustomerId',
  'InvoiceDate',
  'DueDate',
  'AmountExclTax',
  'VatAmount',
  'AmountInclTax',
];

const LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n' };

function euros(units: bigint): string {
  return formatDecimal(units, { places: 2, thousands: ' ' });
}

function invoicePdf(invoice: Invoice, period: string): Buffer {
  return onePagePdf([
    `Facture ${invoice.number}`,
    invoice.customer.name,
    `Période ${period.slice(4)}/${period.slice(0, 4)}, émise le ${formatDay(invoice.date)}`,
    `Montant HT : ${euros(invoice.exclTax)} €`,
    `TVA 20 % : ${euros(invoice.vat)} €`,
    `Montant TTC : ${euros(invoice.inclTax)} €`,
  ]);
}

export async function writeInvoices(
  out: DropOutput,
  world: World,
  months: readonly MonthBilling[],
): Promise<void> {
  for (const month of months) {
    const folder = `Factures/Clients/${month.period}`;
    for (const invoice of month.invoices) {
      await out.write(
        `${folder}/${invoice.number}_${invoice.customer.id}.pdf`,
        invoicePdf(invoice, month.period),
      );
    }

    const rows = month.invoices.map((invoice) => [
      invoice.number,
      invoice.customer.id,
      formatDay(invoice.date),
      formatDay(invoice.dueDate),
      euros(invoice.exclTax),
      euros(invoice.vat),
      euros(invoice.inclTax),
    ]);
    await out.write(`${folder}/Recap_${month.period}.csv`, csvBytes(HEADER, rows, LAYOUT));

    const wholesale = `ORI-${month.period.slice(0, 4)}-${month.period.slice(4)}-0${world.vnoCode.slice(-3)}`;
    const pdf = onePagePdf([
      `Facture ${wholesale}`,
      `Intégrateur ${world.vnoCode}`,
      `Période ${month.period}`,
    ]);
    await out.write(`Factures/Intégrateur/${month.period}/${wholesale}.pdf`, pdf);
  }
}
