/**
 * Prometheus metrics of one server, on a registry of its own (prom-client): HTTP requests,
 * GraphQL operations by name with their latency and errors, the process's own figures, and
 * the sync's, read from the ledger at scrape time (`sync-figures.ts`).
 */
import type { Database } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { readSyncFigures, type SyncFigures } from './sync-figures.ts';

/** Latency buckets, in seconds: from a cached lookup to a slow report. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Operation names become labels: past this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_NAMES = 200;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export type OperationOutcome = 'success' | 'error';

export class GraphMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();

  private readonly httpRequests = new Counter({
    name: 'vnodrop_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'vnodrop_http_request_duration_seconds',
    help: 'Time from a request to the end of its response, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  private readonly operations = new Counter({
    name: 'vnodrop_graphql_operations_total',
    help: 'GraphQL operations executed, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly operationDuration = new Histogram({
    name: 'vnodrop_graphql_operation_duration_seconds',
    help: 'Execution time of GraphQL operations, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'vnodrop_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  private readonly sync = syncGauges(this.registry);

  constructor(private readonly logger?: Logger) {
    collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The label of an operation name: a GraphQL name, `anonymous`, or `other` past the cap. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'invalid';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';

    this.names.add(name);
    return name;
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  observeOperation(
    name: string | null | undefined,
    type: string,
    outcome: OperationOutcome,
    seconds: number,
  ): void {
    const operation = this.operationLabel(name);

    this.operations.inc({ operation, type, outcome });
    this.operationDuration.observe({ operation, type }, seconds);
  }

  countError(name: string | null | undefined, code: string): void {
    this.errors.inc({ operation: this.operationLabel(name), code });
  }

  /** The exposition text, with the sync's figures read from `db` first. */
  async scrape(db: Database | undefined): Promise<string> {
    if (db) await this.refreshSync(db);

    return this.registry.metrics();
  }

  private async refreshSync(db: Database): Promise<void> {
    const began = performance.now();
    let figures: SyncFigures;

    try {
      figures = await readSyncFigures(db);
    } catch (error) {
      this.logger?.warn({ err: error }, 'metrics: the sync ledger could not be read');
      for (const gauge of Object.values(this.sync)) gauge.reset();
      this.sync.up.set(0);
      return;
    }

    setSyncGauges(this.sync, figures);
    this.sync.readSeconds.set((performance.now() - began) / 1000);
  }
}

function syncGauges(registry: Registry) {
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });

  return {
    up: gauge('vnodrop_sync_figures_up', '1 when the sync ledger was read for this scrape.'),
    readSeconds: gauge(
      'vnodrop_sync_figures_read_seconds',
      'Time spent reading the sync ledger for this scrape.',
    ),
    files: gauge('vnodrop_sync_files', 'Files of the drop in the ledger, by family and status.', [
      'family',
      'status',
    ]),
    rows: gauge(
      'vnodrop_sync_rows',
      "Rows of the ledger's files, by family and outcome (loaded, rejected, duplicate).",
      ['family', 'outcome'],
    ),
    loadSeconds: gauge(
      'vnodrop_sync_load_seconds',
      'Time spent loading the files of a family, in seconds, over the whole ledger.',
      ['family'],
    ),
    lastSuccess: gauge(
      'vnodrop_sync_last_success_timestamp_seconds',
      'When the newest file of a family finished loading, in seconds since the epoch.',
      ['family'],
    ),
    runs: gauge('vnodrop_sync_runs', 'Sync runs recorded, by status.', ['status']),
    lastRunStart: gauge(
      'vnodrop_sync_last_run_timestamp_seconds',
      'When the latest sync run started, in seconds since the epoch.',
    ),
    lastRunDuration: gauge(
      'vnodrop_sync_last_run_duration_seconds',
      'How long the latest finished sync run took.',
    ),
    lastRunStatus: gauge(
      'vnodrop_sync_last_run_status',
      '1 for the status of the latest sync run (running, succeeded, partial, failed).',
      ['status'],
    ),
    lastSucceededRun: gauge(
      'vnodrop_sync_last_succeeded_run_timestamp_seconds',
      'When the latest sync run that ended `succeeded` finished.',
    ),
    feedFresh: gauge(
      'vnodrop_feed_fresh',
      '1 when the newest file of a feed is within its cadence, 0 when late or missing.',
      ['family'],
    ),
    feedOverdue: gauge(
      'vnodrop_feed_overdue_seconds',
      'How long past due the next file of a feed is (0 when not due; absent without any file).',
      ['family'],
    ),
  };
}

type SyncGauges = ReturnType<typeof syncGauges>;

function setSyncGauges(gauges: SyncGauges, figures: SyncFigures): void {
  for (const gauge of Object.values(gauges)) gauge.reset();

  gauges.up.set(1);

  const rows = new Map<string, { loaded: number; rejected: number; duplicate: number }>();
  const seconds = new Map<string, number>();

  for (const entry of figures.files) {
    gauges.files.set({ family: entry.family, status: entry.status }, entry.files);

    const sum = rows.get(entry.family) ?? { loaded: 0, rejected: 0, duplicate: 0 };
    sum.loaded += entry.rowsLoaded;
    sum.rejected += entry.rowsRejected;
    sum.duplicate += entry.rowsDuplicate;
    rows.set(entry.family, sum);
    seconds.set(entry.family, (seconds.get(entry.family) ?? 0) + entry.loadSeconds);
  }

  for (const [family, sum] of rows) {
    for (const outcome of ['loaded', 'rejected', 'duplicate'] as const) {
      gauges.rows.set({ family, outcome }, sum[outcome]);
    }
    gauges.loadSeconds.set({ family }, seconds.get(family) ?? 0);
  }

  for (const { family, at } of figures.lastSuccess) gauges.lastSuccess.set({ family }, at);
  for (const { status, runs } of figures.runs) gauges.runs.set({ status }, runs);

  if (figures.lastRun) {
    gauges.lastRunStart.set(figures.lastRun.startedAt);
    gauges.lastRunStatus.set({ status: figures.lastRun.status }, 1);
    if (figures.lastRun.durationSeconds !== null) {
      gauges.lastRunDuration.set(figures.lastRun.durationSeconds);
    }
  }

  if (figures.lastSucceededRunAt !== null) gauges.lastSucceededRun.set(figures.lastSucceededRunAt);

  for (const feed of figures.feeds) {
    gauges.feedFresh.set({ family: feed.family }, feed.status === 'on-time' ? 1 : 0);
    if (feed.overdueSeconds !== null) {
      gauges.feedOverdue.set({ family: feed.family }, feed.overdueSeconds);
    }
  }
}
