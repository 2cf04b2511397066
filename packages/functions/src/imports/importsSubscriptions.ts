import { importStatusProjection } from '@forkcast/core';
import { subscribePolicy, subscribeProjection, subscribeWorkflow } from '../subscriptions/subscribe';
import { importFollowUpWorkflow } from './importsWorkflows';

/** The imports context's bus subscriptions. */
export const importsSubscriptions = [
  subscribeProjection({
    id: 'import-status',
    description: "Keeps each import's status view (GET /imports/{id}) up to date.",
    projection: importStatusProjection,
    handler: 'imports/projectImportStatus',
  }),
  subscribeWorkflow({
    id: 'import-follow-up',
    description: 'Starts the follow-up of every requested import, which tells staff how it went.',
    workflow: importFollowUpWorkflow,
    on: ['ImportRequested'],
  }),
  subscribePolicy({
    id: 'release-import-follow-up',
    description: "Releases an import's follow-up once the import has an outcome and the follow-up waits for it.",
    name: 'releaseImportFollowUp',
    handles: ['ImportCompleted', 'ImportFailed', 'ImportOutcomeAwaited'],
    handler: 'imports/releaseImportFollowUp',
    needs: ['events:read', 'callback:import-follow-up'],
  }),
];
