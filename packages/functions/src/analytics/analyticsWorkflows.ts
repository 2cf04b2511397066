import type { Workflow } from '../workflows/workflow';

export const exportLogWorkflow: Workflow = {
  name: 'export-log',
  file: 'analytics/export-log.asl.json',
  // Nothing waits on a person, but a large log can take longer than Express' 5 minutes.
  type: 'STANDARD',
  description: 'Exports a range of the log, a day per Map iteration, to the exports bucket as Parquet or NDJSON partitions.',
  substitutions: { ExportLogDayFunctionArn: 'analytics/exportLogDay' },
  needs: { ExportLogDayFunctionArn: ['events:readByDay', 'exports:write'] },
};

/** The analytics context's workflows. */
export const analyticsWorkflows = [exportLogWorkflow];
