/** A Lambda handler in packages/functions/src, by module path (no extension) and export name. */
export interface HandlerRef {
  module: string;
  export: string;
}

/**
 * One row of the workflow table (workflowTable.ts): an ASL file and what its `${Name}`
 * DefinitionSubstitutions stand for. The Workflows stack passes each handler's function ARN under
 * that name; the local runtime binds the same names to the handlers in-process.
 */
export interface Workflow {
  /** The state machine's name (kebab-case), also its file's stem. */
  name: string;
  /** ASL file relative to packages/functions/src, as subscription targets name it. */
  file: string;
  /** STANDARD where a person waits (or the run may exceed Express' 5 minutes), EXPRESS otherwise. */
  type: 'STANDARD' | 'EXPRESS';
  description: string;
  substitutions: Record<string, HandlerRef>;
}
