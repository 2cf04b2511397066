import type { Route } from './route';
import { routes } from './routeTable';

/** The route table row of an operation; a handler without a row is a programming error. */
export function routeFor(operationId: string): Route {
  const route = routes.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no route with operationId ${operationId} in routeTable.ts`);
  return route;
}
