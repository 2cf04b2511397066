import type { CaseResult, ConformanceCase } from './conformanceCase';
import { compareOutcome } from './compareOutcome';
import { runCase } from './runCase';

export interface ConformanceRun {
  results: CaseResult[];
  failures: { id: string; reason: string }[];
}

/** Runs every case of the given JSONL texts, in order. */
export async function runConformanceFiles(texts: string[]): Promise<ConformanceRun> {
  const results: CaseResult[] = [];
  const failures: { id: string; reason: string }[] = [];
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as ConformanceCase;
      let result: CaseResult;
      try {
        result = await runCase(c);
      } catch (e) {
        result = { id: c.id, status: 'ERROR', error: 'EngineError', cause: (e as Error)?.stack ?? String(e) };
      }
      results.push(result);
      const reason = compareOutcome(c, result);
      if (reason) failures.push({ id: c.id, reason });
    }
  }
  return { results, failures };
}
