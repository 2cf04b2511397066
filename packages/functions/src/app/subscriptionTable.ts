import type { Subscription } from '../subscriptions/subscription';
import { contexts } from './contexts';

/** Every route from the `forkcast` bus to a consumer, from every context. */
export const subscriptions: readonly Subscription[] = contexts.flatMap((c) => c.subscriptions);
