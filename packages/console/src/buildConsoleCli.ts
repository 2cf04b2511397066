import { buildConsole, ensureConsoleBuilt } from './buildConsole';

// `npm run build -w @forkcast/console` always builds; `--if-stale` (npm start) only when needed.
const ifStale = process.argv.includes('--if-stale');
if (ifStale) await ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
else await buildConsole();
