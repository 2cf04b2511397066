import { retainsData } from '../retainsData';

/** Where the frontend runs during development (Vite's and the local runtime's ports). */
export const developmentOrigins = ['http://localhost:5173', 'http://localhost:3000'];

/**
 * The browser origins allowed to call the API: the one place they are configured. Set
 * FORKCAST_CORS_ORIGINS (comma-separated, e.g. `https://forkcast.app`) when deploying; personal
 * stages fall back to the development origins, retained stages to none (a deploy of staging or
 * production without the variable allows no browser origin rather than a guessed one).
 */
export function corsOrigins(stage: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (env.FORKCAST_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of configured) {
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) throw new Error(`FORKCAST_CORS_ORIGINS: ${origin} is not an origin (scheme://host[:port], no path, no wildcard)`);
  }
  if (configured.length > 0) return configured;
  return retainsData(stage) ? [] : developmentOrigins;
}
