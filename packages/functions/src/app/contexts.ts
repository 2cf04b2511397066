import { analytics } from '../analytics';
import { imports } from '../imports';
import { restaurants } from '../restaurants';
import type { Context } from './context';

/** Every context of Forkcast. Adding one here is what puts its routes, subscriptions and workflows live. */
export const contexts: readonly Context[] = [restaurants, imports, analytics];
