/** Rated xDSL charges (`RatedCDRs/XDSL`): subscriptions, one-off fees and usage. */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { ChargeTypeEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';

export const XdslCharge = builder.drizzleNode('xdslCharges', {
  name: 'XdslCharge',
  description: 'A rated charge of an xDSL access.',
  id: { column: (charge) => [charge.customerId, charge.cdrId] },
  fields: (t) => ({
    cdrId: t.exposeString('cdrId'),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    accessRef: t.exposeString('accessRef'),
    access: t.relation('xdslAccess', {
      nullable: true,
      description: 'The access, once a snapshot has reported it.',
    }),
    chargeType: t.expose('chargeType', { type: ChargeTypeEnum }),
    label: t.exposeString('label', { nullable: true }),
    periodStart: t.expose('periodStart', { type: 'Date', nullable: true }),
    periodEnd: t.expose('periodEnd', { type: 'Date', nullable: true }),
    quantity: t.expose('quantity', { type: 'Decimal', nullable: true }),
    amount: t.expose('amount', { type: 'Decimal', description: 'Euros excluding VAT.' }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (row) => extraColumns(row.extra) }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
    loadedAt: t.expose('loadedAt', { type: 'DateTime' }),
  }),
});

export const XdslChargeConnection = connectionType(XdslCharge, 'XdslChargeConnection');
