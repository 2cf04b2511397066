import { handleCommand, importDecider, importStreamOf, type EventStore, type IdempotencyStore, type ObjectStore } from '@forkcast/core';
import { ulid } from 'ulid';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsImportsBucket } from '../app/aws/awsImportsBucket';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { unauthorized } from '../http/httpProblem';
import { jsonResponse } from '../http/responses';
import { importKeyOf } from './importObjectKeys';
import { createImportRoute } from './importsRoutes';

const uploadWindowSeconds = 15 * 60;

/**
 * POST /imports (staff): records ImportRequested and returns where to PUT the CSV. The upload
 * itself (S3 presigned PUT, or the local gateway) triggers importFromS3.
 */
export const build = (deps: { events: EventStore; importsBucket: ObjectStore; idempotency: IdempotencyStore }) => httpHandler(createImportRoute, async (request) => {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  const importId = ulid();
  const objectKey = importKeyOf(importId, request.body.filename);
  const uploadUrl = await deps.importsBucket.uploadUrl(objectKey, uploadWindowSeconds, 'text/csv');
  const uploadExpiresAt = new Date(Date.now() + uploadWindowSeconds * 1000).toISOString();
  await handleCommand({
    store: deps.events,
    decider: importDecider,
    stream: importStreamOf(importId),
    command: { type: 'RequestImport', data: { filename: request.body.filename, objectKey, uploadExpiresAt } },
    actor: request.actor,
    correlationId: importId,
  });
  // Send the file as text/csv so the stored object (and its report) say what it is.
  return jsonResponse(201, { importId, uploadUrl, uploadHeaders: { 'content-type': 'text/csv' }, expiresAt: uploadExpiresAt }, { location: `/imports/${importId}` });
}, deps);
export const handler = onAws(() => build({ ...awsDynamoStores(), importsBucket: awsImportsBucket() }));
