import type { EventEnvelope } from '../envelope';

/**
 * An event as EventBridge hands it to a rule target (a Lambda receives exactly this object).
 * Structurally the same as `EventBridgeEvent<string, EventEnvelope>` of @types/aws-lambda.
 */
export interface EventBridgeEvent<TDetail = EventEnvelope> {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: TDetail;
}
