import type { Workflow } from './workflow';

/** Every state machine Forkcast runs; the only place their files and substitutions are declared. */
export const workflows: readonly Workflow[] = [
  {
    name: 'import-follow-up',
    file: 'workflows/import-follow-up.asl.json',
    // Waits on a person uploading the CSV (a 15-minute window) and then the import: past Express' 5 minutes.
    type: 'STANDARD',
    description: 'Waits for an import to be uploaded and finished, then tells staff how it went.',
    substitutions: {
      CheckImportFunctionArn: { module: 'workflows/handlers/checkImport', export: 'handler' },
      NotifyStaffFunctionArn: { module: 'workflows/handlers/notifyStaff', export: 'handler' },
    },
  },
];
