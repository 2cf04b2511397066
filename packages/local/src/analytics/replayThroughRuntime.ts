import type { ReplayProgress, ReplayRequest, ReplayResult } from './runReplay';
import { replayPath } from './createReplayHandler';

/** Asks the running runtime to replay, following its streamed progress. */
export async function replayThroughRuntime(url: string, request: ReplayRequest, onProgress: (progress: ReplayProgress) => void): Promise<ReplayResult> {
  const response = await fetch(new URL(replayPath, url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new Error(`the runtime at ${url} answered ${response.status}: ${body.detail ?? body.title}`);
  }
  let buffered = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as { progress?: ReplayProgress; result?: ReplayResult; error?: string };
      buffered = buffered.slice(newline + 1);
      if (line.progress) onProgress(line.progress);
      if (line.error) throw new Error(line.error);
      if (line.result) return line.result;
    }
  }
  throw new Error(`the runtime at ${url} ended the replay without a result`);
}
