/**
 * What the stacks tell a function through its environment, read on the first invocation (see
 * onAws.ts), never at import. A missing name fails with a clear message instead of a request to an
 * `undefined` bucket.
 */
export function tableNamesFromEnvironment(env: NodeJS.ProcessEnv = process.env): { events: string; views: string } {
  return { events: env.EVENTS_TABLE ?? 'Events', views: env.VIEWS_TABLE ?? 'Views' };
}

export function exportsBucketFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.EXPORTS_BUCKET;
  if (!name) throw new Error('EXPORTS_BUCKET is not set; the stack must pass it to this function');
  return name;
}

export function importsBucketFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.IMPORTS_BUCKET;
  if (!name) throw new Error('IMPORTS_BUCKET is not set; the stack must pass it to this function');
  return name;
}
