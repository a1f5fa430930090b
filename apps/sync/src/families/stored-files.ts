import { readFile } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import { invoices, storedFiles, wholesalerInvoices } from '@vnodrop/db';
import { contentTypeOf, type FileFacts } from '@vnodrop/schemas';
import type { Executor } from '../db/execute.ts';

export interface StoredFileInput {
  readonly path: string;
  readonly facts: FileFacts;
  readonly localPath: string;
  readonly size: number;
  readonly sha256: string;
  readonly fileId: number;
}

/**
 * Keeps a file of the drop as it is (invoice PDFs, the wholesaler's invoices, documents,
 * branding), with its name, folder, size, checksum and content type, and links it to what
 * it belongs to.
 */
export async function storeFile(db: Executor, input: StoredFileInput): Promise<number> {
  const slash = input.path.lastIndexOf('/');
  const name = input.path.slice(slash + 1);
  const content = await readFile(input.localPath);
  const values = {
    kind: input.facts.stored!,
    path: input.path,
    folder: slash < 0 ? '' : input.path.slice(0, slash),
    name,
    size: input.size,
    sha256: input.sha256,
    contentType: contentTypeOf(name),
    content,
    period: input.facts.period ?? null,
    invoiceNumber: input.facts.invoiceNumber ?? null,
    customerId: input.facts.customerId ?? null,
    sourceFileId: input.fileId,
  };
  const [row] = await db
    .insert(storedFiles)
    .values(values)
    .onConflictDoUpdate({ target: storedFiles.path, set: values })
    .returning({ id: storedFiles.id });
  const id = row!.id;

  if (values.kind === 'invoice-pdf' && values.invoiceNumber) {
    await db
      .update(invoices)
      .set({ pdfFileId: id })
      .where(eq(invoices.invoiceNumber, values.invoiceNumber));
  }

  if (values.kind === 'wholesaler-invoice') {
    const reference = name.replace(/\.[^.]+$/, '');
    await db
      .insert(wholesalerInvoices)
      .values({ reference, period: values.period ?? '', storedFileId: id })
      .onConflictDoUpdate({
        target: wholesalerInvoices.reference,
        set: { period: sql`excluded.period`, storedFileId: id },
      });
  }

  return id;
}
