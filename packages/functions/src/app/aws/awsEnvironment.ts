import type { TableNames } from '@forkcast/core';

/**
 * What the stacks tell a function through its environment, read on the first invocation (see
 * onAws.ts), never at import. A missing name fails with a clear message instead of a request to an
 * `undefined` bucket.
 */
export function tableNamesFromEnvironment(env: NodeJS.ProcessEnv = process.env): TableNames {
  return { events: env.EVENTS_TABLE ?? 'Events', views: env.VIEWS_TABLE ?? 'Views', idempotency: env.IDEMPOTENCY_TABLE ?? 'Idempotency' };
}

export function exportsBucketFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return requiredFromEnvironment('EXPORTS_BUCKET', env);
}

export function importsBucketFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return requiredFromEnvironment('IMPORTS_BUCKET', env);
}

/** A variable the stack must set for this function; its absence is a deployment bug, said plainly. */
export function requiredFromEnvironment(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set; the stack must pass it to this function`);
  return value;
}

/** Workflow name → state machine ARN (`STATE_MACHINE_ARNS`, JSON), for functions that start or read executions. */
export function stateMachineArnsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const text = env.STATE_MACHINE_ARNS;
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new Error('STATE_MACHINE_ARNS must be a JSON object of workflow name to state machine ARN');
  }
  return parsed as Record<string, string>;
}

/** The public site shared links point at; the stacks set PUBLIC_SITE_URL per stage. */
export function publicSiteUrlFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.PUBLIC_SITE_URL;
  if (!url) throw new Error('PUBLIC_SITE_URL is not set; the stack must pass it to this function');
  return url.replace(/\/+$/, '');
}
