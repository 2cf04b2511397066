import type { Workflow } from '../workflows/workflow';

export const importFollowUpWorkflow: Workflow = {
  name: 'import-follow-up',
  file: 'imports/import-follow-up.asl.json',
  // Waits on a person uploading the CSV (a 15-minute window) and then the import: past Express' 5 minutes.
  type: 'STANDARD',
  description: 'Waits for an import to be uploaded and finished, then tells staff how it went.',
  substitutions: {
    AwaitImportOutcomeFunctionArn: 'imports/awaitImportOutcome',
    CheckImportFunctionArn: 'imports/checkImport',
    NotifyStaffFunctionArn: 'imports/notifyStaff',
  },
  needs: {
    AwaitImportOutcomeFunctionArn: ['events:read', 'events:append'],
    CheckImportFunctionArn: ['events:read'],
    // Mails staff how the import went; reads nothing else.
    NotifyStaffFunctionArn: ['mail:send'],
  },
  emits: ['ImportOutcomeAwaited'],
};

/** The imports context's workflows. */
export const importsWorkflows = [importFollowUpWorkflow];
