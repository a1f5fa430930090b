/**
 * Files of the drop kept as they are: invoice PDFs, the wholesaler's invoices, documents and
 * branding files. The content is only read when asked for.
 */
import { builder } from '../builder.ts';
import { filePath } from '../files/file-path.ts';
import { connectionType } from './connections.ts';
import { DocumentKindEnum } from './enums.ts';

export const Document = builder.drizzleNode('storedFiles', {
  name: 'Document',
  description: 'A file of the drop kept as it is.',
  id: { column: (file) => file.id },
  select: { columns: { id: true } },
  fields: (t) => ({
    kind: t.expose('kind', { type: DocumentKindEnum }),
    path: t.exposeString('path', { description: 'Path relative to the root of the drop.' }),
    folder: t.exposeString('folder'),
    name: t.exposeString('name'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256'),
    contentType: t.exposeString('contentType', { nullable: true }),
    period: t.exposeString('period', { nullable: true }),
    invoiceNumber: t.exposeString('invoiceNumber', { nullable: true }),
    customerRef: t.exposeString('customerId', { nullable: true }),
    customer: t.relation('customer', { nullable: true }),
    url: t.string({
      description:
        'Where to download the file: a path on this server (`/files/<id>`), sent with the same ' +
        'credential as the graph. Partners download only the files of their customers.',
      resolve: (file) => filePath(file.id),
    }),
    contentBase64: t.string({
      description: 'The bytes of the file, base64. Only read when asked for.',
      select: { columns: { content: true } },
      resolve: (file) => Buffer.from(file.content).toString('base64'),
    }),
    sourceFile: t.relation('sourceFile'),
  }),
});

export const DocumentConnection = connectionType(Document, 'DocumentConnection');
