import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/** One logger and one metrics instance per Lambda module (cold start), shared by the pipeline. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'forkcast' });
export const metrics = new Metrics({ namespace: 'Forkcast', serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'forkcast' });
