import type { EventEnvelope } from '@forkcast/events';

/** The local stand-in of the `forkcast` EventBridge bus: the change feed publishes into it. */
export interface Bus {
  publish(event: EventEnvelope): Promise<void>;
  /** Resolves when every delivery started so far has finished (tests, shutdown). */
  drain(): Promise<void>;
}
