import { describe, expect, it } from 'vitest';
import type { ApiCorsProps } from 'sst/constructs';
import { corsConfig, defaultCorsOrigins } from './corsConfig';
import { routes } from './routeTable';

describe('corsConfig', () => {
  it('allows the local web apps by default, the methods of the route table, and the headers the API reads', () => {
    const cors = corsConfig({});
    expect(cors.allowOrigins).toEqual(defaultCorsOrigins);
    expect(cors.allowMethods).toEqual([...new Set(routes.map((r) => r.method))].sort());
    expect(cors.allowHeaders).toEqual(['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-correlation-id']);
    expect(cors.exposeHeaders).toEqual(expect.arrayContaining(['etag', 'location', 'x-correlation-id']));
    expect(cors.allowCredentials).toBe(false);
  });

  it('takes origins from FORKCAST_CORS_ORIGINS and refuses what is not an origin', () => {
    expect(corsConfig({ FORKCAST_CORS_ORIGINS: ' https://app.forkcast.example/ ,http://localhost:8080' }).allowOrigins).toEqual([
      'https://app.forkcast.example', 'http://localhost:8080',
    ]);
    expect(() => corsConfig({ FORKCAST_CORS_ORIGINS: 'app.forkcast.example' })).toThrow(/not an origin/);
    expect(() => corsConfig({ FORKCAST_CORS_ORIGINS: 'https://app.example/path' })).toThrow(/not an origin/);
  });

  it("is in the shape of the Api stack's cors option", () => {
    const option: ApiCorsProps = corsConfig({});
    expect(option.maxAge).toBe('7200 seconds');
  });
});
