import { api } from '../api';
import { claims } from '../claims';
import { discovery } from '../discovery';
import { diners } from '../diners';
import { reviews } from '../reviews';
import { imports } from '../imports';
import { restaurants } from '../restaurants';
import type { Context } from './context';

/** Every context of Forkcast. Adding one here is what puts its routes, subscriptions and workflows live. */
export const contexts: readonly Context[] = [restaurants, imports, diners, reviews, claims, discovery, api];
