import { parseArgs } from 'node:util';
import { demoCities } from '../../demo/demoCities';
import { startLocalRuntime } from '../../runtime/startLocalRuntime';
import { UsageError, type CliIo } from '../cliIo';

/**
 * `forkcast dev` (= `npm start`): everything in one process until Ctrl-C or SIGTERM, then a clean
 * stop (requests finished, feed checkpoint flushed, bus drained, dynalite closed).
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { port: { type: 'string' } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const port = values.port ?? process.env.PORT ?? '3000';
  if (!/^\d+$/.test(port) || Number(port) > 65_535) throw new UsageError(`not a port: ${port}`);

  const stamp = () => new Date().toISOString().slice(11, 23);
  const runtime = await startLocalRuntime({ dataDir: context.dataDir, port: Number(port), demo: true, log: (line) => io.out(`${stamp()} ${line}\n`) });
  // The sample request below should answer with data the moment it is printed.
  if (runtime.demoLoaded > 0) await runtime.settle();

  const city = demoCities[0].name;
  const url = runtime.url;
  // The token rides in the fragment, which browsers never send: the page keeps it for the tab only.
  const consoleToken = await runtime.issueToken({ role: 'staff', sub: 'console', ttlSeconds: 12 * 3600 });
  io.out(
    [
      ``,
      `Forkcast is running at ${url}`,
      `  data      ${runtime.dataDir}${runtime.demoLoaded > 0 ? ` (first start: loaded the demo catalogue, ${runtime.demoLoaded} restaurants)` : ''}`,
      `  console   ${url}/console#token=${consoleToken}`,
      `  health    curl ${url}/health`,
      `  try       curl '${url}/restaurants?city=${city}'`,
      `  token     TOKEN=$(npx forkcast token --role staff --sub alice)`,
      `  command   curl -X POST ${url}/restaurants -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\`,
      `              -d '{"name":"Tasca Nova","city":"${city}","address":"Rua Nova 1, ${city}","location":{"lat":38.71,"lon":-9.14},"cuisines":["Portuguese"],"priceRange":2}'`,
      `Press Ctrl-C to stop.`,
      ``,
    ].join('\n'),
  );

  const reason = await (io.interrupted ?? signalled());
  io.out(`\n${reason}: stopping...\n`);
  await runtime.stop();
  io.out('stopped cleanly.\n');
  return 0;
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second Ctrl-C while stopping means "now".
      process.once('SIGINT', () => process.exit(130));
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
