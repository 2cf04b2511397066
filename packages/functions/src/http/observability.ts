import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export interface Observability {
  logger: Logger;
  metrics: Metrics;
}

const serviceName = () => process.env.POWERTOOLS_SERVICE_NAME ?? 'forkcast';

/**
 * A logger and a metrics instance for one invocation. Lambda runs one invocation per container at
 * a time, but the local runtime runs many concurrently through the same module: module-level
 * instances would mix their dimensions and log keys, so each invocation gets its own.
 */
export function invocationObservability(): Observability {
  return {
    logger: new Logger({ serviceName: serviceName() }),
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Forkcast', serviceName: serviceName() }),
  };
}
