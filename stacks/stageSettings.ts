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

/** How a stage sends email through SES (the functions whose rows need `mail:send`). */
export interface MailSettings {
  /** The From header (`MAIL_FROM`): an address at `identity`, a display name allowed. */
  from: string;
  /**
   * The verified SES identity `from` sends as: a domain (or that one address). It is verified once
   * per account and region, outside the stacks (README, "Deploying to AWS"); the grant names it.
   */
  identity: string;
  /** Where messages to Forkcast's own staff go (`STAFF_EMAIL`). */
  staffEmail: string;
  /**
   * In the SES sandbox SES authorizes each recipient's identity too, so a sandboxed stage lists
   * the verified recipients it may send to here; empty once the account has production access.
   */
  sandboxRecipients: readonly string[];
}

/** Each retained stage sends from its own domain, verified in its account. */
export const mailSettingsByStage: Readonly<Record<string, MailSettings>> = {
  production: { from: 'Forkcast <hello@forkcast.app>', identity: 'forkcast.app', staffEmail: 'staff@forkcast.app', sandboxRecipients: [] },
  staging: { from: 'Forkcast (staging) <hello@staging.forkcast.app>', identity: 'staging.forkcast.app', staffEmail: 'staff@forkcast.app', sandboxRecipients: [] },
};
/** A personal stage sends as the staging domain (the development account's identity), to its own staff address. */
export const personalMailSettings: MailSettings = {
  from: 'Forkcast (dev) <dev@staging.forkcast.app>', identity: 'staging.forkcast.app', staffEmail: 'staff@staging.forkcast.app', sandboxRecipients: [],
};

const addressPattern = /^[^\s@<>]+@([^\s@<>]+\.[^\s@<>]+)$/;
/** `Name <a@b.c>` or `a@b.c` → `a@b.c`. */
const addressOf = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;

/**
 * The mail settings of a stage. FORKCAST_MAIL_FROM, FORKCAST_MAIL_IDENTITY, FORKCAST_STAFF_EMAIL and
 * FORKCAST_MAIL_SANDBOX_RECIPIENTS (comma-separated) override the table at deploy time. A retained
 * stage missing from the table fails synthesis; a From address outside its identity fails too, as
 * SES would refuse every send.
 */
export function mailSettings(stage: string, env: NodeJS.ProcessEnv = process.env): MailSettings {
  const base = mailSettingsByStage[stage] ?? (retainsData(stage) ? undefined : personalMailSettings);
  const from = env.FORKCAST_MAIL_FROM?.trim() || base?.from;
  const identity = env.FORKCAST_MAIL_IDENTITY?.trim().toLowerCase() || base?.identity;
  const staffEmail = env.FORKCAST_STAFF_EMAIL?.trim() || base?.staffEmail;
  if (!from || !identity || !staffEmail) {
    throw new Error(`stage ${stage} has no mail settings: add it to stacks/stageSettings.ts or set FORKCAST_MAIL_FROM, FORKCAST_MAIL_IDENTITY and FORKCAST_STAFF_EMAIL`);
  }
  const sandboxRecipients = env.FORKCAST_MAIL_SANDBOX_RECIPIENTS !== undefined
    ? env.FORKCAST_MAIL_SANDBOX_RECIPIENTS.split(',').map((r) => r.trim().toLowerCase()).filter(Boolean)
    : base?.sandboxRecipients ?? [];
  const address = addressOf(from);
  const domain = addressPattern.exec(address)?.[1]?.toLowerCase();
  if (!domain) throw new Error(`FORKCAST_MAIL_FROM: ${from} is not an address (a@domain or Name <a@domain>)`);
  if (identity !== domain && identity !== address.toLowerCase()) {
    throw new Error(`the From address ${address} is not of the SES identity ${identity}: SES sends only as a verified identity`);
  }
  if (!addressPattern.test(staffEmail)) throw new Error(`FORKCAST_STAFF_EMAIL: ${staffEmail} is not an address`);
  for (const r of sandboxRecipients) {
    if (!addressPattern.test(r) && !/^[^\s@<>]+\.[^\s@<>]+$/.test(r)) throw new Error(`FORKCAST_MAIL_SANDBOX_RECIPIENTS: ${r} is not an address or a domain`);
  }
  return { from, identity, staffEmail, sandboxRecipients };
}
