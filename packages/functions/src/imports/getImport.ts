import { text } from 'node:stream/consumers';
import { getImportStatus, type ImportIssue, type ObjectStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsImportsBucket } from '../app/aws/awsImportsBucket';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { jsonResponse } from '../http/responses';
import { getImportRoute } from './importsRoutes';

/** GET /imports/{id} (staff): status and counts from the import status view, the per-row report from beside the CSV. */
export const build = (deps: { views: ViewStore; importsBucket: ObjectStore }) => httpHandler(getImportRoute, async (request) => {
  const status = await getImportStatus(deps.views, request.params.id);
  if (!status) throw notFound(`There is no import ${request.params.id}.`);
  const { key: _key, reportKey, ...shown } = status;
  const report = reportKey ? (JSON.parse(await text((await deps.importsBucket.get(reportKey)).body)) as { report: ImportIssue[] }).report : undefined;
  return jsonResponse(200, { ...shown, ...(report ? { report } : {}) });
});
export const handler = onAws(() => build({ ...awsDynamoStores(), importsBucket: awsImportsBucket() }));
