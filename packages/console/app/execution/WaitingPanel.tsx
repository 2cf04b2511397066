import { useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { fillPath } from '../executionFacts';
import { formatTime, since } from '../status';
import type { StaffAction, WaitingState } from '../staffActions';
import type { ExecutionDescription } from '../types';

/** A state waiting on a person: what for, since when, when it times out, and the staff actions that apply. */
export function WaitingPanel(props: { execution: ExecutionDescription; waiting: WaitingState | undefined; facts: Record<string, string>; onDone(): void }) {
  const w = props.execution.waitingForTaskToken!;
  return (
    <section class="waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title">Waiting for a person</h2>
      <dl class="facts">
        <div>
          <dt>State</dt>
          <dd>{w.state}</dd>
        </div>
        <div>
          <dt>Waits for</dt>
          <dd>{props.waiting?.waitsFor ?? 'someone to answer the task token (SendTaskSuccess or SendTaskFailure)'}</dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            {formatTime(w.since)} ({since(w.since)})
          </dd>
        </div>
        <div>
          <dt>Times out</dt>
          <dd>{w.timesOutAt ? formatTime(w.timesOutAt) : 'never (no TimeoutSeconds on the task)'}</dd>
        </div>
      </dl>
      {props.waiting?.actions.length ? (
        <>
          <h3>Staff actions</h3>
          {props.waiting.actions.map((action) => (
            <ActionForm key={action.id} action={action} facts={props.facts} onDone={props.onDone} />
          ))}
        </>
      ) : (
        <p class="muted">No staff action is defined for this state (see app/staffActions.ts).</p>
      )}
    </section>
  );
}

function ActionForm(props: { action: StaffAction; facts: Record<string, string>; onDone(): void }) {
  const { action } = props;
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const path = fillPath(action.path, props.facts);
  const idPrefix = `action-${action.id}`;
  return (
    <form
      class="action"
      data-action={action.id}
      aria-labelledby={`${idPrefix}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!path) return;
        setBusy(true);
        try {
          const body =
            action.method === 'GET' || action.method === 'DELETE'
              ? undefined
              : {
                  ...Object.fromEntries(Object.entries(action.bodyFacts ?? {}).map(([field, fact]) => [field, props.facts[fact]])),
                  // An optional field left empty is left out, not sent as "".
                  ...Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')),
                };
          const headers: Record<string, string> = action.idempotent ? { 'idempotency-key': crypto.randomUUID() } : {};
          const answer = await api<unknown>(action.method, path, body, headers);
          setResult({ ok: true, text: answer === undefined ? 'done' : JSON.stringify(answer, null, 2) });
          props.onDone();
        } catch (error) {
          setResult({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <h4 id={`${idPrefix}-title`}>{action.label}</h4>
      <p class="muted">
        {action.description} <code>{`${action.method} ${path ?? action.path}`}</code>
      </p>
      {(action.fields ?? []).map((field) => (
        <p key={field.name}>
          <label for={`${idPrefix}-${field.name}`}>{field.label}</label>
          <input
            id={`${idPrefix}-${field.name}`}
            name={field.name}
            type={(field.type ?? 'text') as 'text'}
            required={field.required}
            value={values[field.name] ?? ''}
            onInput={(e) => setValues({ ...values, [field.name]: (e.target as HTMLInputElement).value })}
          />
        </p>
      ))}
      <button type="submit" disabled={!path || busy}>
        {action.label}
      </button>
      {!path ? <p class="muted">Not available: the execution does not name every id in {action.path}.</p> : null}
      {result ? (
        <div role="status" class={result.ok ? 'ok' : 'error'}>
          <pre tabIndex={0}>{result.text}</pre>
        </div>
      ) : null}
    </form>
  );
}
