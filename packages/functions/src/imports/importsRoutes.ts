import { commandNeeds } from '../app/handlerNeeds';
import { defineRoute } from '../http/route';
import { createImportBody, createImportResponse, importParams, importStatusResponse } from './importRequests';

export const createImportRoute = defineRoute({
  method: 'POST', path: '/imports', operationId: 'createImport', summary: 'Start an import: returns where to upload the CSV',
  auth: ['staff'], handler: 'imports/createImport',
  // Presigning the upload URL signs with this role, so the role must be allowed the PUT itself.
  needs: [...commandNeeds, 'imports:write'],
  request: { body: createImportBody }, response: createImportResponse, emits: ['ImportRequested'],
});

export const getImportRoute = defineRoute({
  method: 'GET', path: '/imports/{id}', operationId: 'getImport', summary: "An import's status, counts and per-row report",
  auth: ['staff'], handler: 'imports/getImport', needs: ['views:read', 'imports:read'],
  request: { params: importParams }, response: importStatusResponse,
});

/** The imports context's routes. */
export const importsRoutes = [createImportRoute, getImportRoute];
