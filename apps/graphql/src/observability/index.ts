/** Logs with a request id, metrics, readiness: how the server shows what it does. */
export {
  HEALTH_PATH,
  METRICS_PATH,
  operationalEndpoints,
  READINESS_PATH,
  type EndpointOptions,
} from './endpoints.ts';
export { GraphMetrics } from './metrics.ts';
export { checkReadiness, type Readiness, type ReadinessOptions } from './readiness.ts';
export {
  currentRequest,
  REQUEST_ID_HEADER,
  requestIdOf,
  requestLogger,
  withRequest,
  type RequestContext,
} from './request-context.ts';
export { useObservability } from './use-observability.ts';
