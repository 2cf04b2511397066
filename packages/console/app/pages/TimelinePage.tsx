import { useState } from 'preact/hooks';
import { get } from '../api';
import { href } from '../router';
import { formatTime } from '../status';
import type { TimelineEntry } from '../types';
import { usePolling } from '../usePolling';

/** Every event of a restaurant's streams in order, with payload and metadata, linked to executions. */
export function TimelinePage(props: { restaurantId?: string }) {
  const [id, setId] = useState(props.restaurantId ?? '');
  return (
    <>
      <h1>Restaurant timeline</h1>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (id.trim()) location.hash = href(['restaurants', id.trim()]);
        }}
      >
        <label for="restaurant-id">Restaurant id</label>
        <input id="restaurant-id" value={id} onInput={(e) => setId((e.target as HTMLInputElement).value)} />
        <button type="submit">Show</button>
      </form>
      {props.restaurantId ? <Timeline restaurantId={props.restaurantId} /> : <p class="muted">Open a restaurant from an execution, or enter its id.</p>}
    </>
  );
}

function Timeline(props: { restaurantId: string }) {
  const timeline = usePolling(() => get<{ entries: TimelineEntry[] }>(`/_local/restaurants/${encodeURIComponent(props.restaurantId)}/timeline`), [props.restaurantId], 3000);
  if (timeline.error) return <p role="alert" class="error">{timeline.error.message}</p>;
  if (!timeline.data) return <p>Loading…</p>;
  const entries = timeline.data.entries;
  return (
    <>
      <h2>
        {props.restaurantId}: {entries.length} event{entries.length === 1 ? '' : 's'}
      </h2>
      <ol class="timeline-list">
        {entries.map(({ event, startedExecutions, emittedBy }) => (
          <li key={event.id} data-event-type={event.type}>
            <div class="timeline-head">
              <strong>{event.type}</strong> <span class="muted">{formatTime(event.occurredAt)}</span>
            </div>
            <div class="muted">
              {event.stream} v{event.version} · by {event.meta.actor.role} {event.meta.actor.id}
            </div>
            {startedExecutions.length || emittedBy.length ? (
              <ul class="links">
                {startedExecutions.map((e) => (
                  <li key={`s${e.name}`}>
                    started <a href={href(['execution', e.name])}>{e.workflow} {e.name}</a>
                  </li>
                ))}
                {emittedBy.map((e) => (
                  <li key={`e${e.name}`}>
                    appended by <a href={href(['execution', e.name])}>{e.workflow} {e.name}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            <details>
              <summary>Payload and metadata</summary>
              <pre tabIndex={0}>{JSON.stringify({ id: event.id, schemaVersion: event.schemaVersion, data: event.data, meta: event.meta }, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
