import type { Workflow } from '../workflows/workflow';
import { contexts } from './contexts';

/** Every state machine Forkcast runs, from every context. */
export const workflows: readonly Workflow[] = contexts.flatMap((c) => c.workflows);
