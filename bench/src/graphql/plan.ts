/**
 * The plan of a statement the product sent, as PostgreSQL runs it for a request: EXPLAIN
 * ANALYZE in a transaction with the request's scope (role `vnodrop_reader`, every customer),
 * then which monthly partitions of `mobile_cdrs` the plan holds, which it actually scanned,
 * and through which indexes.
 */
import type { Sql } from 'postgres';
import type { WireStatement } from './wire-counter.ts';

export interface PlanSummary {
  partitionsInPlan: number;
  partitionsScanned: number;
  indexes: string[];
  executionMs: number;
}

interface PlanNode {
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

interface ExplainedPlan {
  Plan: PlanNode;
  'Execution Time': number;
}

const PARTITION = /^mobile_cdrs_\d{4}_\d{2}$/;

export async function explainAsReader(sql: Sql, statement: WireStatement): Promise<PlanSummary> {
  const [result] = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'vnodrop_reader', true),
      set_config('vnodrop.all_customers', 'on', true)`;

    return tx.unsafe(`explain (analyze, format json) ${statement.text}`, statement.params);
  });
  const [explained] = (result as unknown as { 'QUERY PLAN': [ExplainedPlan] })['QUERY PLAN'];

  const inPlan = new Set<string>();
  const scanned = new Set<string>();
  const indexes = new Set<string>();
  const visit = (node: PlanNode) => {
    const relation = node['Relation Name'];

    if (relation && PARTITION.test(relation)) {
      inPlan.add(relation);
      if ((node['Actual Loops'] ?? 0) > 0) scanned.add(relation);
      if (node['Index Name']) indexes.add(node['Index Name'].replace(/^mobile_cdrs_\d+_\d+_/, ''));
    }
    node.Plans?.forEach(visit);
  };
  visit(explained.Plan);

  return {
    partitionsInPlan: inPlan.size,
    partitionsScanned: scanned.size,
    indexes: [...indexes],
    executionMs: explained['Execution Time'],
  };
}

/** The product's statement that reads the records, among those of one request. */
export function recordsStatement(statements: WireStatement[]): WireStatement {
  const found = statements.find((statement) => /mobile_cdrs/.test(statement.text));

  if (!found) {
    throw new Error(
      `no statement of the request reads mobile_cdrs:\n${statements.map((s) => s.text).join('\n')}`,
    );
  }

  return found;
}
