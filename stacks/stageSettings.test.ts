import { describe, expect, it } from 'vitest';
import { mailSettings, personalMailSettings, personalPublicSiteUrl, publicSiteUrl } from './stageSettings';

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

describe('mailSettings', () => {
  it('gives each retained stage its own domain identity and a personal stage the development one', () => {
    expect(mailSettings('production', {})).toEqual({ from: 'Forkcast <hello@forkcast.app>', identity: 'forkcast.app', staffEmail: 'staff@forkcast.app', sandboxRecipients: [] });
    expect(mailSettings('staging', {}).identity).toBe('staging.forkcast.app');
    expect(mailSettings('alice', {})).toEqual(personalMailSettings);
  });

  it('takes the FORKCAST_MAIL_* variables over the table, sandbox recipients as a comma list', () => {
    const env = {
      FORKCAST_MAIL_FROM: 'Alice <alice@example.com>', FORKCAST_MAIL_IDENTITY: 'alice@example.com', FORKCAST_STAFF_EMAIL: 'alice@example.com',
      FORKCAST_MAIL_SANDBOX_RECIPIENTS: ' alice@example.com, example.org ,',
    };
    expect(mailSettings('alice', env)).toEqual({ from: 'Alice <alice@example.com>', identity: 'alice@example.com', staffEmail: 'alice@example.com', sandboxRecipients: ['alice@example.com', 'example.org'] });
  });

  it('refuses a From outside its identity and what is not an address, accepts an address of the identity', () => {
    expect(() => mailSettings('production', { FORKCAST_MAIL_FROM: 'hello@other.example' })).toThrow(/not of the SES identity forkcast.app/);
    expect(() => mailSettings('production', { FORKCAST_MAIL_FROM: 'Forkcast <hello>' })).toThrow(/is not an address/);
    expect(() => mailSettings('production', { FORKCAST_STAFF_EMAIL: 'staff' })).toThrow(/FORKCAST_STAFF_EMAIL: staff is not an address/);
    expect(() => mailSettings('production', { FORKCAST_MAIL_SANDBOX_RECIPIENTS: 'x y' })).toThrow(/SANDBOX_RECIPIENTS/);
    expect(() => mailSettings('staging', { FORKCAST_MAIL_FROM: 'a@staging.forkcast.app' })).not.toThrow();
  });
});
