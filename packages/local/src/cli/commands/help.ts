import type { CliIo } from '../cliIo';
import { usage } from '../usage';

export default async function run(_args: string[], io: CliIo): Promise<number> {
  io.out(usage);
  return 0;
}
