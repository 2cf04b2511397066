import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Context, S3Event } from 'aws-lambda';
import { startDynalite, type DynaliteHandle } from '@forkcast/core';
import { callApi, staff } from '../testing/apiEvent';

let dynalite: DynaliteHandle;
let dir: string;
beforeAll(async () => {
  dynalite = await startDynalite();
  dir = await mkdtemp(join(tmpdir(), 'forkcast-imports-'));
  Object.assign(process.env, {
    FORKCAST_DYNAMODB_ENDPOINT: dynalite.endpoint, EVENTS_TABLE: dynalite.tables.events, VIEWS_TABLE: dynalite.tables.views,
    FORKCAST_OBJECT_STORE_DIR: dir, FORKCAST_PUBLIC_URL: 'http://localhost:3999', IMPORTS_BUCKET: 'imports',
    AWS_REGION: 'local', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local-secret',
  });
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const header = 'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
const csv = `${header}\n77,Good Place,1,Pune,"1 MG Road",Camp,"Camp, Pune",73.87,18.51,Cafe,400,Rs.,No,No,No,No,1,4.1,Green,Very Good,50\n78,Nowhere,1,Pune,"2 MG Road",Camp,"Camp, Pune",0,0,Cafe,400,Rs.,No,No,No,No,1,4.1,Green,Very Good,50\n`;

const s3Event = (key: string): S3Event => ({
  Records: [{ s3: { bucket: { name: 'imports' }, object: { key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+') } } }],
} as unknown as S3Event);

describe('POST /imports, the upload, GET /imports/{id}', () => {
  it('hands out a local upload URL, imports the uploaded file and reports on it', async () => {
    const created = await callApi('createImport', { body: { filename: 'my list.csv' }, claims: staff });
    expect(created.statusCode).toBe(201);
    const { importId, uploadUrl, uploadHeaders, expiresAt } = created.json;
    // A path-style S3 presigned PUT (bucket `imports`, key `imports/<id>/<file>`) against the local gateway.
    const signed = new URL(uploadUrl);
    expect(signed.origin + signed.pathname).toBe(`http://localhost:3999/_local/uploads/imports/imports/${importId}/my%20list.csv`);
    expect(signed.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(signed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(uploadHeaders).toEqual({ 'content-type': 'text/csv' });
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    expect((await callApi('getImport', { params: { id: importId }, claims: staff })).json.status).toBe('awaiting-upload');

    // What the local gateway does on the PUT: write the file, then invoke the S3-triggered function.
    const key = `imports/${importId}/my list.csv`;
    await mkdir(dirname(join(dir, key)), { recursive: true });
    await writeFile(join(dir, key), csv);
    const { handler } = await import('./importFromS3');
    await handler(s3Event(key), {} as Context);

    const status = await callApi('getImport', { params: { id: importId }, claims: staff });
    expect(status.statusCode).toBe(200);
    expect(status.json).toEqual(expect.objectContaining({
      importId, filename: 'my list.csv', status: 'completed',
      counts: { imported: 1, updated: 0, unchanged: 0, rejected: 1 }, summary: 'imported 1, updated 0, unchanged 0, rejected 1',
      report: [expect.objectContaining({ line: 3, field: 'Latitude', code: 'location.null-island' })],
    }));
  });

  it('marks a file that is not a Zomato export as failed, without throwing (no S3 retry)', async () => {
    const created = await callApi('createImport', { body: { filename: 'other.csv' }, claims: staff });
    const key = `imports/${created.json.importId}/other.csv`;
    await mkdir(dirname(join(dir, key)), { recursive: true });
    await writeFile(join(dir, key), 'a,b\n1,2\n');
    const { handler } = await import('./importFromS3');
    await handler(s3Event(key), {} as Context);
    const status = await callApi('getImport', { params: { id: created.json.importId }, claims: staff });
    expect(status.json).toEqual(expect.objectContaining({ status: 'failed', error: expect.stringContaining('missing columns') }));
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
