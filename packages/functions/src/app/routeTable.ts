import type { Route } from '../http/route';
import { contexts } from './contexts';

/** Every HTTP route, from every context's rows. */
export const routes: readonly Route<any>[] = contexts.flatMap((c) => c.routes);
