import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { importCompleted } from './importCompleted';
import { importFailed } from './importFailed';
import { importOutcomeAwaited } from './importOutcomeAwaited';
import { importRequested } from './importRequested';
import { importUploaded } from './importUploaded';

/** The event types of the imports context, in catalog order. */
export const importEventTypes = [importRequested, importUploaded, importCompleted, importFailed, importOutcomeAwaited] as const;

/** What the import decider emits (latest schemaVersion). */
export type ImportEvent = NewEventOfType<(typeof importEventTypes)[number]>;

/** An import event as read from the log. */
export type ImportEventEnvelope = EnvelopeOfType<(typeof importEventTypes)[number]>;
