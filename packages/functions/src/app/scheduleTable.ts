import type { Schedule } from '../schedules/schedule';
import { contexts } from './contexts';

/** Every periodic handler, from every context: the local runtime's timers and the Schedules stack read this. */
export const schedules: readonly Schedule[] = contexts.flatMap((c) => c.schedules ?? []);
