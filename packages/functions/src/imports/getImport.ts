import { text } from 'node:stream/consumers';
import type { ImportIssue } from '@forkcast/core';
import type { z } from 'zod';
import { stores } from '../config/stores';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { jsonResponse } from '../http/responses';
import type { importParams } from './importRequests';
import { readImportStatus } from './importStatus';
import { importsObjectStore } from './objectStore/importsObjectStore';

/** GET /imports/{id} (staff): status and counts from the Views table, the per-row report from beside the CSV. */
export const handler = httpHandler<unknown, unknown, z.infer<typeof importParams>>('getImport', async (request) => {
  const status = await readImportStatus(stores().views, request.params.id);
  if (!status) throw notFound(`There is no import ${request.params.id}.`);
  const { key: _key, reportKey, ...shown } = status;
  const report = reportKey ? (JSON.parse(await text((await importsObjectStore().get(reportKey)).body)) as { report: ImportIssue[] }).report : undefined;
  return jsonResponse(200, { ...shown, ...(report ? { report } : {}) });
});
