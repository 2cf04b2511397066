import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Context, S3Event } from 'aws-lambda';
import { foldProjection, getImportStatus, importStatusProjection, importStreamOf } from '@forkcast/core';
import { toEventBridgeEvent } from '@forkcast/events';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as awaitImportOutcome } from './awaitImportOutcome';
import { build as importFromS3 } from './importFromS3';
import { build as releaseImportFollowUp } from './releaseImportFollowUp';

const api = useTestApi();
const { callApi, deliverToProjections } = api;

const header = 'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
const csv = `${header}\n77,Good Place,1,Pune,"1 MG Road",Camp,"Camp, Pune",73.87,18.51,Cafe,400,Rs.,No,No,No,No,1,4.1,Green,Very Good,50\n78,Nowhere,1,Pune,"2 MG Road",Camp,"Camp, Pune",0,0,Cafe,400,Rs.,No,No,No,No,1,4.1,Green,Very Good,50\n`;
const context = {} as Context;

const s3Event = (key: string): S3Event => ({
  Records: [{ s3: { bucket: { name: 'imports' }, object: { key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+') } } }],
} as unknown as S3Event);

async function requestImport(filename: string): Promise<{ importId: string; key: string }> {
  const created = await callApi('createImport', { body: { filename }, claims: staff });
  expect(created.statusCode).toBe(201);
  return { importId: created.json.importId, key: `imports/${created.json.importId}/${filename}` };
}

async function upload(key: string, body: string) {
  await api.deps().importsBucket.put(key, body, 'text/csv');
  await importFromS3(api.deps())(s3Event(key));
}

describe('POST /imports, the upload, GET /imports/{id}: an import is its events', () => {
  it('records the request, the upload and the outcome on the import stream; the status view follows them', async () => {
    const { importId, key } = await requestImport('my list.csv');
    await deliverToProjections(importStreamOf(importId));
    expect((await callApi('getImport', { params: { id: importId }, claims: staff })).json.status).toBe('awaiting-upload');

    await upload(key, csv);
    const log = await api.deps().events.readStream(importStreamOf(importId));
    expect(log.map((e) => e.type)).toEqual(['ImportRequested', 'ImportUploaded', 'ImportCompleted']);
    expect(log[2]!.data).toEqual(expect.objectContaining({ counts: { imported: 1, updated: 0, unchanged: 0, rejected: 1 }, rows: 2, reportEntries: 1 }));

    await deliverToProjections(importStreamOf(importId));
    const status = await callApi('getImport', { params: { id: importId }, claims: staff });
    expect(status.statusCode).toBe(200);
    expect(status.json).toEqual(expect.objectContaining({
      importId, filename: 'my list.csv', status: 'completed',
      counts: { imported: 1, updated: 0, unchanged: 0, rejected: 1 }, summary: 'imported 1, updated 0, unchanged 0, rejected 1',
      report: [expect.objectContaining({ line: 3, field: 'Latitude', code: 'location.null-island' })],
    }));
  });

  it('does nothing for a redelivered notification of an import that completed', async () => {
    const { importId, key } = await requestImport('twice.csv');
    await upload(key, csv);
    await importFromS3(api.deps())(s3Event(key));
    expect((await api.deps().events.readStream(importStreamOf(importId))).map((e) => e.type)).toEqual(['ImportRequested', 'ImportUploaded', 'ImportCompleted']);
  });

  it('marks a file that is not a Zomato export as failed, without throwing (no S3 retry)', async () => {
    const { importId, key } = await requestImport('other.csv');
    await upload(key, 'a,b\n1,2\n');
    await deliverToProjections(importStreamOf(importId));
    const status = await callApi('getImport', { params: { id: importId }, claims: staff });
    expect(status.json).toEqual(expect.objectContaining({ status: 'failed', error: expect.stringContaining('missing columns') }));
  });

  it('rebuilding the status view from the log gives the live view', async () => {
    const ids = [(await requestImport('a.csv')), (await requestImport('b.csv')), (await requestImport('c.csv'))];
    await upload(ids[0]!.key, csv);
    await upload(ids[1]!.key, 'not,a,zomato,file\n');
    for (const { importId } of ids) {
      const stream = importStreamOf(importId);
      const log = await api.deps().events.readStream(stream);
      // Live: delivered newest first and twice, as an at-least-once bus may.
      for (const event of [...log].reverse().concat(log)) {
        const projection = await import('./projectImportStatus');
        await projection.build(api.deps())(toEventBridgeEvent(event, { account: '0', region: 'local' }), context);
      }
      expect(await getImportStatus(api.deps().views, importId)).toEqual(foldProjection(importStatusProjection, log));
    }
  });

  it('answers 404 for an unknown import, 400 for a malformed id or filename', async () => {
    const unknown = await callApi('getImport', { params: { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }, claims: staff });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/problem+json');
    expect((await callApi('getImport', { params: { id: 'nope' }, claims: staff })).statusCode).toBe(400);
    const path = await callApi('createImport', { body: { filename: '../etc/passwd' }, claims: staff });
    expect(path.statusCode).toBe(400);
    expect(path.json.errors).toEqual([expect.objectContaining({ path: 'body.filename' })]);
  });
});

describe('the follow-up is released by a policy, not by polling', () => {
  const release = async (importId: string) => {
    const log = await api.deps().events.readStream(importStreamOf(importId));
    const results = [];
    for (const event of log) {
      if (!['ImportCompleted', 'ImportFailed', 'ImportOutcomeAwaited'].includes(event.type)) continue;
      results.push(await releaseImportFollowUp(api.deps())(toEventBridgeEvent(event, { account: '0', region: 'local' }), context));
    }
    return results;
  };

  it('releases a follow-up that waited before the import finished, with the outcome', async () => {
    const { importId, key } = await requestImport('wait-first.csv');
    await awaitImportOutcome(api.deps())({ importId, taskToken: 'token-early' });
    expect(await release(importId)).toEqual([{ released: false }]);
    await upload(key, csv);
    api.deps().workflows.released.length = 0;
    await release(importId);
    // Released by both deliveries (ImportOutcomeAwaited and ImportCompleted, both seen after the
    // outcome); Step Functions refuses the second, which the policy takes as done.
    expect(api.deps().workflows.released.map((r) => r.token)).toEqual(['token-early', 'token-early']);
    expect(api.deps().workflows.released[0]!.output).toEqual({ importId, filename: 'wait-first.csv', status: 'completed', summary: 'imported 0, updated 0, unchanged 1, rejected 1' });
  });

  it('releases a follow-up that starts waiting after the import already finished', async () => {
    const { importId, key } = await requestImport('finish-first.csv');
    await upload(key, 'a,b\n');
    api.deps().workflows.released.length = 0;
    expect(await release(importId)).toEqual([{ released: false }]);
    expect(await awaitImportOutcome(api.deps())({ importId, taskToken: 'token-late' })).toEqual({ recorded: true });
    expect(await awaitImportOutcome(api.deps())({ importId, taskToken: 'token-late' })).toEqual({ recorded: false });
    await release(importId);
    expect(api.deps().workflows.released.map((r) => r.token)).toContain('token-late');
    expect(api.deps().workflows.released.find((r) => r.token === 'token-late')!.output).toEqual(expect.objectContaining({ status: 'failed', error: expect.stringContaining('missing columns') }));
  });

  it('fails the wait task at once for an import nobody requested', async () => {
    await expect(awaitImportOutcome(api.deps())({ importId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', taskToken: 't' })).rejects.toMatchObject({ name: 'ImportNotFound' });
  });
});
