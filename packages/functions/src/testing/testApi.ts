import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { toEventBridgeEvent } from '@forkcast/events';
import type { Dependencies, HandlerModule } from '../app/dependencies';
import { routes } from '../app/routeTable';
import { subscriptions } from '../app/subscriptionTable';
import type { LambdaHttpHandler } from '../http/httpHandler';
import type { EventBridgeTargetHandler } from '../subscriptions/eventHandler';
import { apiEvent, type ApiCall } from './apiEvent';

export interface ApiResponse extends APIGatewayProxyStructuredResultV2 {
  statusCode: number;
  headers: Record<string, string>;
  json: any;
}

const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

/** Imports a handler module the way the local runtime does: by the path a row names. */
export async function loadHandlerModule<Handler>(module: string): Promise<HandlerModule<Handler>> {
  return (await import(/* @vite-ignore */ new URL(`../${module}.ts`, import.meta.url).href)) as HandlerModule<Handler>;
}

/**
 * The API as the gateway runs it, over the given dependencies: `callApi` builds each route's
 * handler from its row (once) and invokes it with an API Gateway v2 event; `deliverToProjections`
 * plays the bus for a stream, to every projection subscription.
 */
export function testApi(deps: () => Dependencies) {
  const built = new Map<string, Promise<unknown>>();
  const handlerOf = <H>(module: string): Promise<H> => {
    if (!built.has(module)) built.set(module, loadHandlerModule<H>(module).then((m) => m.build(deps())));
    return built.get(module) as Promise<H>;
  };
  return {
    async callApi(operationId: string, call: ApiCall = {}): Promise<ApiResponse> {
      const route = routes.find((r) => r.operationId === operationId);
      if (!route) throw new Error(`no route ${operationId}`);
      const handler = await handlerOf<LambdaHttpHandler>(route.handler);
      const response = await handler(apiEvent(route, call), context);
      const headers = (response.headers ?? {}) as Record<string, string>;
      return { ...response, statusCode: response.statusCode ?? 200, headers, json: response.body ? JSON.parse(response.body) : undefined };
    },
    async deliverToProjections(stream: string): Promise<void> {
      for (const envelope of await deps().events.readStream(stream)) {
        const event = toEventBridgeEvent(envelope, { account: '000000000000', region: 'local' });
        for (const s of subscriptions) {
          if (s.target.kind !== 'projection' || !(s.target.projection.handles as readonly string[]).includes(envelope.type)) continue;
          await (await handlerOf<EventBridgeTargetHandler<unknown>>(s.target.handler))(event, context);
        }
      }
    },
  };
}
