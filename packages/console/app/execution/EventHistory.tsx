import { formatTime } from '../status';
import type { HistoryEvent } from '../types';
import type { Step } from './steps';

/** The full history, Scheduled and Started included; each event names the one it follows, and events inside a Map or Parallel are indented under it. */
export function EventHistory(props: { history: HistoryEvent[]; steps: Step[] }) {
  const stepOf = new Map<number, Step>();
  for (const step of props.steps) for (const id of step.eventIds) stepOf.set(id, step);
  return (
    <div class="table-scroll">
      <table class="history">
        <caption class="visually-hidden">Event history</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Type</th>
            <th scope="col">Step</th>
            <th scope="col">Follows</th>
            <th scope="col">Time</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {props.history.map((event) => {
            const step = stepOf.get(event.id);
            const detailsKey = Object.keys(event).find((k) => k.endsWith('EventDetails'));
            return (
              <tr key={event.id} id={`event-${event.id}`} data-event-type={event.type}>
                <td>{event.id}</td>
                <td class={`depth-${Math.min(step?.depth ?? 0, 3)}`}>{event.type}</td>
                <td>{step ? step.name : ''}</td>
                <td>{event.previousEventId ? <a href={`#event-${event.previousEventId}`} onClick={(e) => (e.preventDefault(), document.getElementById(`event-${event.previousEventId}`)?.scrollIntoView())}>#{event.previousEventId}</a> : ''}</td>
                <td>{formatTime(event.timestamp)}</td>
                <td>
                  {detailsKey ? (
                    <details>
                      <summary>{detailsKey}</summary>
                      <pre tabIndex={0}>{JSON.stringify(event[detailsKey], null, 2)}</pre>
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
