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

export const rebuildProjectionWorkflow: Workflow = {
  name: 'rebuild-projection',
  file: 'analytics/rebuild-projection.asl.json',
  // A whole log, a day per Map iteration: longer than Express' 5 minutes.
  type: 'STANDARD',
  description: 'Rebuilds one projection into a fresh generation, a day of the log per Map iteration, then switches readers to it.',
  substitutions: {
    BeginRebuildFunctionArn: 'analytics/beginRebuild',
    RebuildProjectionDayFunctionArn: 'analytics/rebuildProjectionDay',
    CompleteProjectionRebuildFunctionArn: 'analytics/completeProjectionRebuild',
  },
  needs: {
    BeginRebuildFunctionArn: ['views:rebuild'],
    // projectEvent: the stream for gaps (Query), the view item (GetItem, conditional PutItem).
    RebuildProjectionDayFunctionArn: ['events:readByDay', 'events:read', 'views:rebuild'],
    CompleteProjectionRebuildFunctionArn: ['events:readByDay', 'events:read', 'views:rebuild'],
  },
};

/** The analytics context's workflows. */
export const analyticsWorkflows = [exportLogWorkflow, rebuildProjectionWorkflow];
