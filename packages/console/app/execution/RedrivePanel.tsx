import { useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { formatTime } from '../status';
import type { ExecutionDescription } from '../types';

/**
 * RedriveExecution for an execution that ended FAILED, TIMED_OUT or ABORTED: it continues from the
 * states that did not succeed, under the same name. When the engine refuses (too old, an Express
 * workflow), its reason is shown instead of the button.
 */
export function RedrivePanel(props: { execution: ExecutionDescription; onDone(): void }) {
  const { execution } = props;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const redrive = async () => {
    setBusy(true);
    try {
      const answer = await api<{ redriveDate: string }>('POST', `/_local/executions/${encodeURIComponent(execution.name)}/redrive`, {});
      setResult({ ok: true, text: `Redriven at ${formatTime(answer.redriveDate)}: it runs again from the states that did not succeed.` });
      props.onDone();
    } catch (error) {
      setResult({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="redrive-title" class="redrive">
      <h2 id="redrive-title">Redrive</h2>
      {execution.redriveCount > 0 ? (
        <p>
          Redriven {execution.redriveCount === 1 ? 'once' : `${execution.redriveCount} times`}
          {execution.redriveDate ? `, last at ${formatTime(execution.redriveDate)}` : ''}.
        </p>
      ) : null}
      {execution.redriveStatus === 'REDRIVABLE' ? (
        <>
          <p>Runs the execution again from the state that {execution.status === 'FAILED' ? 'failed' : 'was stopped'}; the states that succeeded are not run again.</p>
          <button type="button" onClick={redrive} disabled={busy}>
            Redrive
          </button>
        </>
      ) : (
        <p class="muted">Cannot be redriven: {execution.redriveStatusReason ?? 'the engine refuses it'}</p>
      )}
      {result ? (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'ok' : 'error'}>
          {result.text}
        </p>
      ) : null}
    </section>
  );
}
