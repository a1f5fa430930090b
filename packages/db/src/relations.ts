/**
 * Relations for drizzle's relational queries (v2), the ones a reader follows: a customer to
 * its lines, cards, records and invoices and back, a card to its records and history, a
 * rated record to its billed one, every loaded row to the file it came from.
 *
 * Relations are declared, not enforced: several follow keys that no foreign key holds (a
 * record's customer may not have been in a snapshot yet, records are partitioned), so the
 * `one` side of those is optional. A usage record's `rating` is its row of `cdr_ratings`.
 */
import { defineRelations, type RelationsBuilderColumnBase } from 'drizzle-orm';
import * as schema from './schema/index.ts';
import type { CdrTableName } from './schema/index.ts';

export const relations = defineRelations(schema, (r) => {
  /** A loaded row's file: every `source_file_id` is required. */
  const fileOf = (column: RelationsBuilderColumnBase) =>
    r.one.sourceFiles({ from: column, to: r.sourceFiles.id, optional: false });
  /** A usage record's rating: ratings are keyed by table and record id. */
  const ratingOf = (cdrId: RelationsBuilderColumnBase, tableName: CdrTableName) =>
    r.one.cdrRatings({ from: cdrId, to: r.cdrRatings.cdrId, where: { tableName } });

  return {
    syncRuns: {
      sourceFiles: r.many.sourceFiles({ from: r.syncRuns.id, to: r.sourceFiles.syncRunId }),
    },
    sourceFiles: {
      syncRun: r.one.syncRuns({ from: r.sourceFiles.syncRunId, to: r.syncRuns.id }),
      rejectedRows: r.many.rejectedRows({
        from: r.sourceFiles.id,
        to: r.rejectedRows.sourceFileId,
      }),
    },
    rejectedRows: {
      sourceFile: fileOf(r.rejectedRows.sourceFileId),
    },

    customers: {
      sourceFile: fileOf(r.customers.sourceFileId),
      vgaLines: r.many.vgaLines({ from: r.customers.id, to: r.vgaLines.customerId }),
      voipNumbers: r.many.voipNumbers({ from: r.customers.id, to: r.voipNumbers.customerId }),
      xdslAccesses: r.many.xdslAccesses({ from: r.customers.id, to: r.xdslAccesses.customerId }),
      sims: r.many.sims({ from: r.customers.id, to: r.sims.customerId }),
      statusChanges: r.many.statusChanges({
        from: r.customers.id,
        to: r.statusChanges.customerId,
      }),
      mobileCdrs: r.many.mobileCdrs({ from: r.customers.id, to: r.mobileCdrs.customerId }),
      fixedCdrs: r.many.fixedCdrs({ from: r.customers.id, to: r.fixedCdrs.customerId }),
      billedMobileCdrs: r.many.billedMobileCdrs({
        from: r.customers.id,
        to: r.billedMobileCdrs.customerId,
      }),
      billedFixedCdrs: r.many.billedFixedCdrs({
        from: r.customers.id,
        to: r.billedFixedCdrs.customerId,
      }),
      xdslCharges: r.many.xdslCharges({ from: r.customers.id, to: r.xdslCharges.customerId }),
      invoices: r.many.invoices({ from: r.customers.id, to: r.invoices.customerId }),
      highUsageAlerts: r.many.highUsageAlerts({
        from: r.customers.id,
        to: r.highUsageAlerts.customerId,
      }),
    },

    vgaLines: {
      customer: r.one.customers({
        from: r.vgaLines.customerId,
        to: r.customers.id,
        optional: false,
      }),
      sourceFile: fileOf(r.vgaLines.sourceFileId),
      fixedCdrs: r.many.fixedCdrs({
        from: r.vgaLines.number,
        to: r.fixedCdrs.lineNumber,
        where: { service: 'VGA' },
      }),
      billedFixedCdrs: r.many.billedFixedCdrs({
        from: r.vgaLines.number,
        to: r.billedFixedCdrs.lineNumber,
        where: { service: 'VGA' },
      }),
      statusChanges: r.many.statusChanges({
        from: r.vgaLines.number,
        to: r.statusChanges.subjectKey,
        where: { subject: 'vga' },
      }),
    },
    voipNumbers: {
      customer: r.one.customers({
        from: r.voipNumbers.customerId,
        to: r.customers.id,
        optional: false,
      }),
      sourceFile: fileOf(r.voipNumbers.sourceFileId),
      fixedCdrs: r.many.fixedCdrs({
        from: r.voipNumbers.number,
        to: r.fixedCdrs.lineNumber,
        where: { service: 'VOIP' },
      }),
      billedFixedCdrs: r.many.billedFixedCdrs({
        from: r.voipNumbers.number,
        to: r.billedFixedCdrs.lineNumber,
        where: { service: 'VOIP' },
      }),
      statusChanges: r.many.statusChanges({
        from: r.voipNumbers.number,
        to: r.statusChanges.subjectKey,
        where: { subject: 'voip' },
      }),
    },
    xdslAccesses: {
      customer: r.one.customers({
        from: r.xdslAccesses.customerId,
        to: r.customers.id,
        optional: false,
      }),
      sourceFile: fileOf(r.xdslAccesses.sourceFileId),
      xdslCharges: r.many.xdslCharges({
        from: r.xdslAccesses.accessRef,
        to: r.xdslCharges.accessRef,
      }),
      statusChanges: r.many.statusChanges({
        from: r.xdslAccesses.accessRef,
        to: r.statusChanges.subjectKey,
        where: { subject: 'xdsl' },
      }),
    },
    sims: {
      customer: r.one.customers({ from: r.sims.customerId, to: r.customers.id, optional: false }),
      sourceFile: fileOf(r.sims.sourceFileId),
      order: r.one.simOrders({ from: r.sims.orderRef, to: r.simOrders.orderRef }),
      orderItems: r.many.simOrderItems({ from: r.sims.iccid, to: r.simOrderItems.iccid }),
      mobileCdrs: r.many.mobileCdrs({ from: r.sims.iccid, to: r.mobileCdrs.iccid }),
      billedMobileCdrs: r.many.billedMobileCdrs({
        from: r.sims.iccid,
        to: r.billedMobileCdrs.iccid,
      }),
      highUsageAlerts: r.many.highUsageAlerts({ from: r.sims.iccid, to: r.highUsageAlerts.iccid }),
      /** The card's codes, from the order that listed it. */
      secrets: r.one.simSecrets({
        from: [r.sims.orderRef, r.sims.iccid],
        to: [r.simSecrets.orderRef, r.simSecrets.iccid],
      }),
      statusChanges: r.many.statusChanges({
        from: r.sims.iccid,
        to: r.statusChanges.subjectKey,
        where: { subject: 'sim' },
      }),
    },
    statusChanges: {
      customer: r.one.customers({ from: r.statusChanges.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.statusChanges.sourceFileId),
      /** Set when the subject is a SIM: `subject_key` is then its ICCID. */
      sim: r.one.sims({ from: r.statusChanges.subjectKey, to: r.sims.iccid }),
    },

    simOrders: {
      sourceFile: fileOf(r.simOrders.sourceFileId),
      items: r.many.simOrderItems({ from: r.simOrders.orderRef, to: r.simOrderItems.orderRef }),
      sims: r.many.sims({ from: r.simOrders.orderRef, to: r.sims.orderRef }),
    },
    simOrderItems: {
      order: r.one.simOrders({
        from: r.simOrderItems.orderRef,
        to: r.simOrders.orderRef,
        optional: false,
      }),
      sourceFile: fileOf(r.simOrderItems.sourceFileId),
      sim: r.one.sims({ from: r.simOrderItems.iccid, to: r.sims.iccid }),
      secret: r.one.simSecrets({
        from: [r.simOrderItems.orderRef, r.simOrderItems.iccid],
        to: [r.simSecrets.orderRef, r.simSecrets.iccid],
      }),
    },
    simSecrets: {
      item: r.one.simOrderItems({
        from: [r.simSecrets.orderRef, r.simSecrets.iccid],
        to: [r.simOrderItems.orderRef, r.simOrderItems.iccid],
      }),
      sourceFile: fileOf(r.simSecrets.sourceFileId),
    },

    mobileCdrs: {
      customer: r.one.customers({ from: r.mobileCdrs.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.mobileCdrs.sourceFileId),
      sim: r.one.sims({ from: r.mobileCdrs.iccid, to: r.sims.iccid }),
      billed: r.one.billedMobileCdrs({
        from: [r.mobileCdrs.customerId, r.mobileCdrs.cdrId],
        to: [r.billedMobileCdrs.customerId, r.billedMobileCdrs.cdrId],
      }),
      rating: ratingOf(r.mobileCdrs.cdrId, 'mobile_cdrs'),
    },
    billedMobileCdrs: {
      customer: r.one.customers({ from: r.billedMobileCdrs.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.billedMobileCdrs.sourceFileId),
      sim: r.one.sims({ from: r.billedMobileCdrs.iccid, to: r.sims.iccid }),
      rated: r.one.mobileCdrs({
        from: [r.billedMobileCdrs.customerId, r.billedMobileCdrs.cdrId],
        to: [r.mobileCdrs.customerId, r.mobileCdrs.cdrId],
      }),
      invoice: r.one.invoices({
        from: r.billedMobileCdrs.invoiceNumber,
        to: r.invoices.invoiceNumber,
      }),
      rating: ratingOf(r.billedMobileCdrs.cdrId, 'billed_mobile_cdrs'),
    },
    fixedCdrs: {
      customer: r.one.customers({ from: r.fixedCdrs.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.fixedCdrs.sourceFileId),
      vgaLine: r.one.vgaLines({ from: r.fixedCdrs.lineNumber, to: r.vgaLines.number }),
      voipNumber: r.one.voipNumbers({ from: r.fixedCdrs.lineNumber, to: r.voipNumbers.number }),
      billed: r.one.billedFixedCdrs({
        from: [r.fixedCdrs.customerId, r.fixedCdrs.cdrId],
        to: [r.billedFixedCdrs.customerId, r.billedFixedCdrs.cdrId],
      }),
      rating: ratingOf(r.fixedCdrs.cdrId, 'fixed_cdrs'),
    },
    billedFixedCdrs: {
      customer: r.one.customers({ from: r.billedFixedCdrs.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.billedFixedCdrs.sourceFileId),
      vgaLine: r.one.vgaLines({ from: r.billedFixedCdrs.lineNumber, to: r.vgaLines.number }),
      voipNumber: r.one.voipNumbers({
        from: r.billedFixedCdrs.lineNumber,
        to: r.voipNumbers.number,
      }),
      rated: r.one.fixedCdrs({
        from: [r.billedFixedCdrs.customerId, r.billedFixedCdrs.cdrId],
        to: [r.fixedCdrs.customerId, r.fixedCdrs.cdrId],
      }),
      invoice: r.one.invoices({
        from: r.billedFixedCdrs.invoiceNumber,
        to: r.invoices.invoiceNumber,
      }),
      rating: ratingOf(r.billedFixedCdrs.cdrId, 'billed_fixed_cdrs'),
    },
    cdrRevisions: {
      sourceFile: fileOf(r.cdrRevisions.sourceFileId),
      replacedByFile: r.one.sourceFiles({
        from: r.cdrRevisions.replacedByFileId,
        to: r.sourceFiles.id,
        optional: false,
      }),
    },
    xdslCharges: {
      customer: r.one.customers({ from: r.xdslCharges.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.xdslCharges.sourceFileId),
      xdslAccess: r.one.xdslAccesses({
        from: r.xdslCharges.accessRef,
        to: r.xdslAccesses.accessRef,
      }),
    },

    rateTables: {
      sourceFile: fileOf(r.rateTables.sourceFileId),
      rates: r.many.rates({ from: r.rateTables.id, to: r.rates.rateTableId }),
    },
    rates: {
      rateTable: r.one.rateTables({
        from: r.rates.rateTableId,
        to: r.rateTables.id,
        optional: false,
      }),
      sourceFile: fileOf(r.rates.sourceFileId),
      ratings: r.many.cdrRatings({ from: r.rates.id, to: r.cdrRatings.rateId }),
    },
    cdrRatings: {
      customer: r.one.customers({ from: r.cdrRatings.customerId, to: r.customers.id }),
      rate: r.one.rates({ from: r.cdrRatings.rateId, to: r.rates.id }),
      cdrFile: fileOf(r.cdrRatings.cdrFileId),
    },
    ratedFiles: {
      sourceFile: fileOf(r.ratedFiles.sourceFileId),
    },

    storedFiles: {
      sourceFile: fileOf(r.storedFiles.sourceFileId),
      customer: r.one.customers({ from: r.storedFiles.customerId, to: r.customers.id }),
    },
    invoices: {
      customer: r.one.customers({
        from: r.invoices.customerId,
        to: r.customers.id,
        optional: false,
      }),
      sourceFile: fileOf(r.invoices.sourceFileId),
      pdfFile: r.one.storedFiles({ from: r.invoices.pdfFileId, to: r.storedFiles.id }),
      billedMobileCdrs: r.many.billedMobileCdrs({
        from: r.invoices.invoiceNumber,
        to: r.billedMobileCdrs.invoiceNumber,
      }),
      billedFixedCdrs: r.many.billedFixedCdrs({
        from: r.invoices.invoiceNumber,
        to: r.billedFixedCdrs.invoiceNumber,
      }),
    },
    wholesalerInvoices: {
      storedFile: r.one.storedFiles({
        from: r.wholesalerInvoices.storedFileId,
        to: r.storedFiles.id,
        optional: false,
      }),
    },
    highUsageAlerts: {
      customer: r.one.customers({ from: r.highUsageAlerts.customerId, to: r.customers.id }),
      sourceFile: fileOf(r.highUsageAlerts.sourceFileId),
      sim: r.one.sims({ from: r.highUsageAlerts.iccid, to: r.sims.iccid }),
    },

    partnerCustomers: {
      customer: r.one.customers({ from: r.partnerCustomers.customerId, to: r.customers.id }),
    },
  };
});

export type Relations = typeof relations;
