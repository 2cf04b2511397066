/**
 * The functions' configuration, read from the environment once (see notes in the README: on AWS the
 * stacks set these; locally the runtime does). Getters throw on a missing required variable so a
 * misconfigured function fails on first use with a clear message rather than writing to `undefined`.
 */
export interface Environment {
  eventsTable: string;
  viewsTable: string;
  importsBucket: string;
  /** dynalite's URL locally; undefined on AWS. */
  dynamoDbEndpoint?: string;
  /** Local stand-in for the imports bucket: objects are files under this directory. */
  objectStoreDir?: string;
  /** Base URL of the local gateway (for emulated presigned upload URLs). */
  publicUrl?: string;
  serviceName: string;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  return {
    eventsTable: env.EVENTS_TABLE ?? 'Events',
    viewsTable: env.VIEWS_TABLE ?? 'Views',
    importsBucket: env.IMPORTS_BUCKET ?? 'forkcast-imports',
    dynamoDbEndpoint: nonEmpty(env.FORKCAST_DYNAMODB_ENDPOINT),
    objectStoreDir: nonEmpty(env.FORKCAST_OBJECT_STORE_DIR),
    publicUrl: nonEmpty(env.FORKCAST_PUBLIC_URL),
    serviceName: env.POWERTOOLS_SERVICE_NAME ?? 'forkcast',
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
