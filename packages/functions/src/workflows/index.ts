export type * from './workflow';
export * from './workflowTable';
export * from './loadWorkflowHandler';
