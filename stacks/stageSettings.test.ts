import { describe, expect, it } from 'vitest';
import { personalPublicSiteUrl, publicSiteUrl } from './stageSettings';

describe('publicSiteUrl', () => {
  it('gives each retained stage its site and a personal stage the dev server', () => {
    expect(publicSiteUrl('production', {})).toBe('https://forkcast.app');
    expect(publicSiteUrl('staging', {})).toBe('https://staging.forkcast.app');
    expect(publicSiteUrl('alice', {})).toBe(personalPublicSiteUrl);
  });

  it('takes FORKCAST_PUBLIC_SITE_URL over the table, and refuses what is not a site URL', () => {
    expect(publicSiteUrl('production', { FORKCAST_PUBLIC_SITE_URL: 'https://eat.example/app' })).toBe('https://eat.example/app');
    for (const bad of ['forkcast.app', 'https://forkcast.app/', 'https://forkcast.app?x=1', 'ftp://forkcast.app']) {
      expect(() => publicSiteUrl('production', { FORKCAST_PUBLIC_SITE_URL: bad }), bad).toThrow(/not a site URL/);
    }
  });
});
