import type { Subscription } from '@forkcast/functions';
import type { HandlerLoader } from '../handlers/createHandlerLoader';
import type { BusSubscription, EventBridgeTargetHandler } from './busSubscription';

/** The subscription table as the bus takes it: each Lambda target loads through the runtime's loader. */
export function withHandlerLoaders(subscriptions: readonly Subscription[], loader: HandlerLoader): BusSubscription[] {
  return subscriptions.map((s) => {
    const target = s.target;
    if (target.kind === 'workflow') return { ...s, target: { kind: 'workflow', name: target.name, definition: target.definition } };
    return { ...s, target: { kind: target.kind, name: target.name, load: () => loader.load<EventBridgeTargetHandler>(target.handler) } };
  });
}
