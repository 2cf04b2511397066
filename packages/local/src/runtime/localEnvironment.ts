/** Names and fixed values the local runtime gives the functions, as the stacks do on AWS. */
export const localAccountId = '000000000000';
export const localRegion = 'us-east-1';
export const localAccessKeyId = 'forkcast-local';
export const localImportsBucket = 'forkcast-imports';

export interface LocalEnvironmentInput {
  eventsTable: string;
  viewsTable: string;
  dynamoDbEndpoint: string;
  objectStoreDir: string;
  /** Where the staff notifications a workflow sends are written (the local stand-in of email). */
  outboxDir: string;
  publicUrl: string;
  /** The secret of the local credentials: signs and verifies emulated presigned upload URLs. */
  secretAccessKey: string;
}

/**
 * The process environment of the functions locally (contracts: EVENTS_TABLE ... FORKCAST_PUBLIC_URL).
 * AWS credentials are always replaced: nothing in the local runtime may reach a real AWS account.
 */
export function localEnvironment(input: LocalEnvironmentInput): Record<string, string> {
  return {
    EVENTS_TABLE: input.eventsTable,
    VIEWS_TABLE: input.viewsTable,
    IMPORTS_BUCKET: process.env.IMPORTS_BUCKET ?? localImportsBucket,
    FORKCAST_DYNAMODB_ENDPOINT: input.dynamoDbEndpoint,
    FORKCAST_OBJECT_STORE_DIR: input.objectStoreDir,
    FORKCAST_OUTBOX_DIR: input.outboxDir,
    FORKCAST_PUBLIC_URL: input.publicUrl,
    POWERTOOLS_SERVICE_NAME: process.env.POWERTOOLS_SERVICE_NAME ?? 'forkcast',
    POWERTOOLS_METRICS_NAMESPACE: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Forkcast',
    AWS_REGION: localRegion,
    AWS_DEFAULT_REGION: localRegion,
    AWS_ACCESS_KEY_ID: localAccessKeyId,
    AWS_SECRET_ACCESS_KEY: input.secretAccessKey,
    AWS_SESSION_TOKEN: '',
    AWS_ACCOUNT_ID: localAccountId,
  };
}

/** The environment of the functions of a data dir's runtime, whose dynalite is `dynamo`. */
export function dataDirEnvironment(input: {
  layout: { objects: string; outbox: string };
  dynamo: { endpoint: string; tables: { events: string; views: string } };
  publicUrl: string;
  secretAccessKey: string;
}): Record<string, string> {
  return localEnvironment({
    eventsTable: input.dynamo.tables.events,
    viewsTable: input.dynamo.tables.views,
    dynamoDbEndpoint: input.dynamo.endpoint,
    objectStoreDir: input.layout.objects,
    outboxDir: input.layout.outbox,
    publicUrl: input.publicUrl,
    secretAccessKey: input.secretAccessKey,
  });
}

/** Sets the variables, returning a function that restores the previous values (tests, stop()). */
export function applyEnvironment(variables: Record<string, string>): () => void {
  const previous = new Map(Object.keys(variables).map((name) => [name, process.env[name]]));
  for (const [name, value] of Object.entries(variables)) {
    if (value === '') delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
