import { retainsData } from './retainsData';

/** Where each stage's public site runs: share links (reviews/shareReview) point at it. */
export const publicSiteUrls: Readonly<Record<string, string>> = {
  production: 'https://forkcast.app',
  staging: 'https://staging.forkcast.app',
};
/** A personal stage's site is the frontend's dev server. */
export const personalPublicSiteUrl = 'http://localhost:5173';

/**
 * The public site URL of a stage (`PUBLIC_SITE_URL` of the functions whose rows need `site:url`).
 * FORKCAST_PUBLIC_SITE_URL overrides it at deploy time; a retained stage missing from the table
 * (and without the variable) fails synthesis rather than sending users to a guessed site.
 */
export function publicSiteUrl(stage: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.FORKCAST_PUBLIC_SITE_URL?.trim();
  const url = configured || publicSiteUrls[stage] || (retainsData(stage) ? undefined : personalPublicSiteUrl);
  if (!url) throw new Error(`stage ${stage} has no public site URL: add it to stacks/stageSettings.ts or set FORKCAST_PUBLIC_SITE_URL`);
  if (!/^https?:\/\/[^/\s*?#]+(\/[^\s?#]*)?$/.test(url) || url.endsWith('/')) {
    throw new Error(`FORKCAST_PUBLIC_SITE_URL: ${url} is not a site URL (scheme://host[/path], no trailing slash, query or fragment)`);
  }
  return url;
}
