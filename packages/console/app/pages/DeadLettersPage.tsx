import { useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import { formatTime } from '../status';
import type { SubscriptionDeadLetters } from '../types';
import { usePolling } from '../usePolling';

/** The dead-letter queue of each subscription, with redrive (all of a queue, or one event). */
export function DeadLettersPage() {
  const queues = usePolling(() => get<{ subscriptions: SubscriptionDeadLetters[] }>('/_local/dead-letters'), []);
  const [outcome, setOutcome] = useState<string>();
  if (queues.error) return <p role="alert" class="error">{queues.error.message}</p>;
  const all = queues.data?.subscriptions ?? [];
  const filled = all.filter((s) => s.deadLetters.length > 0);
  const redrive = async (subscription: string, ids?: string[]) => {
    try {
      const result = await api<unknown>('POST', `/_local/redrive/${encodeURIComponent(subscription)}`, ids ? { ids } : {});
      setOutcome(`Redrove ${subscription}: ${JSON.stringify(result)}`);
    } catch (error) {
      setOutcome(error instanceof ApiError ? error.message : String(error));
    }
    queues.refresh();
  };
  return (
    <>
      <h1>Dead letters</h1>
      <p class="muted">{queues.data ? `${filled.length} of ${all.length} subscriptions have dead letters.` : 'Loading…'}</p>
      {outcome ? (
        <p role="status" class="ok">
          {outcome}
        </p>
      ) : null}
      {filled.map((s) => (
        <section key={s.id} aria-labelledby={`dlq-${s.id}`} class="dlq">
          <h2 id={`dlq-${s.id}`}>
            {s.id} <span class="muted">({s.target.kind} {s.target.name}): {s.deadLetters.length}</span>
          </h2>
          <button type="button" onClick={() => redrive(s.id)}>
            Redrive all of {s.id}
          </button>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Error</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last attempt</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {s.deadLetters.map((d) => (
                  <tr key={d.event.id}>
                    <td>
                      {d.event['detail-type']} <span class="muted">{d.event.detail.id}</span>
                      <details>
                        <summary>Event</summary>
                        <pre tabIndex={0}>{JSON.stringify(d.event, null, 2)}</pre>
                      </details>
                    </td>
                    <td>
                      {d.error.name}: {d.error.message}
                    </td>
                    <td>{d.attempts}</td>
                    <td>{formatTime(d.lastAttemptAt)}</td>
                    <td>
                      <button type="button" onClick={() => redrive(s.id, [d.event.id])} aria-label={`Redrive event ${d.event.detail.id}`}>
                        Redrive
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <details>
        <summary>Subscriptions with empty queues ({all.length - filled.length})</summary>
        <ul>
          {all
            .filter((s) => s.deadLetters.length === 0)
            .map((s) => (
              <li key={s.id}>
                {s.id} <span class="muted">({s.target.kind} {s.target.name})</span>
              </li>
            ))}
        </ul>
      </details>
    </>
  );
}
