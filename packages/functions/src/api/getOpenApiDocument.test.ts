import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { build as esbuild } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { routes } from '../app/routeTable';
import { subscriptions } from '../app/subscriptionTable';
import { workflows } from '../app/workflowTable';

const srcDir = fileURLToPath(new URL('../', import.meta.url));

describe('the getOpenApiDocument bundle', () => {
  it('holds the route rows and schemas of every context but no other handler', async () => {
    const result = await esbuild({
      entryPoints: [fileURLToPath(new URL('./getOpenApiDocument.ts', import.meta.url))],
      bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
      external: ['@aws-sdk/*'],
    });
    const inputs = Object.keys(result.metafile.inputs).map((file) => relative(srcDir, file).replace(/\.ts$/, ''));
    const handlers = new Set([
      ...routes.map((r) => r.handler),
      ...subscriptions.flatMap((s) => (s.target.kind === 'workflow' ? [] : [s.target.handler])),
      ...workflows.flatMap((w) => Object.values(w.substitutions)),
    ]);
    const bundledHandlers = inputs.filter((file) => handlers.has(file));
    expect(bundledHandlers).toEqual(['api/getOpenApiDocument']);
    expect(inputs).toContain('restaurants/restaurantsRoutes');
  });
});
