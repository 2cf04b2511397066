import { get } from '../api';
import { href } from '../router';
import { consoleStatuses, formatTime, since, statusOf, StatusBadge } from '../status';
import type { ExecutionItem, Workflow } from '../types';
import { usePolling } from '../usePolling';

/** Per workflow: its executions, newest first, filtered by status and searched by name; polled live. */
export function ExecutionsPage(props: { workflow?: string; status?: string; search: string }) {
  const workflows = usePolling(() => get<{ workflows: Workflow[] }>('/_local/workflows'), [], 0);
  const query = props.workflow ? `?workflow=${encodeURIComponent(props.workflow)}` : '';
  const executions = usePolling(() => get<{ executions: ExecutionItem[] }>(`/_local/executions${query}`), [query]);
  const now = Date.now();
  const needle = props.search.trim().toLowerCase();
  const shown = (executions.data?.executions ?? [])
    .filter((e) => !props.status || statusOf(e) === props.status)
    .filter((e) => !needle || e.name.toLowerCase().includes(needle));
  const nav = (change: Record<string, string | undefined>) => href(['executions'], { workflow: props.workflow, status: props.status, q: props.search || undefined, ...change });
  const description = workflows.data?.workflows.find((w) => w.name === props.workflow)?.description;

  return (
    <>
      <h1>Executions</h1>
      <nav aria-label="Workflows" class="tabs">
        <a href={nav({ workflow: undefined })} aria-current={!props.workflow ? 'page' : undefined}>
          All workflows
        </a>
        {(workflows.data?.workflows ?? []).map((w) => (
          <a key={w.name} href={nav({ workflow: w.name })} aria-current={props.workflow === w.name ? 'page' : undefined}>
            {w.name}
          </a>
        ))}
      </nav>
      {description ? <p class="muted">{description}</p> : null}
      <div class="filters">
        <nav aria-label="Status" class="chips">
          <a href={nav({ status: undefined })} aria-current={!props.status ? 'page' : undefined}>
            any status
          </a>
          {consoleStatuses.map((s) => (
            <a key={s.id} href={nav({ status: s.id })} aria-current={props.status === s.id ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <label for="search">Search by execution name</label>
          <input id="search" type="search" value={props.search} onInput={(e) => location.replace(nav({ q: (e.target as HTMLInputElement).value || undefined }))} />
        </form>
      </div>
      {executions.error ? <p role="alert" class="error">{executions.error.message}</p> : null}
      <p aria-live="polite" class="muted">
        {executions.data ? `${shown.length} execution${shown.length === 1 ? '' : 's'} (updates every 2 s)` : 'Loading…'}
      </p>
      <div class="table-scroll">
        <table class="executions">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Workflow</th>
              <th scope="col">Status</th>
              <th scope="col">Restaurant</th>
              <th scope="col">Current state</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.name} data-execution={e.name}>
                <td>
                  <a href={href(['execution', e.name])}>{e.name}</a>
                </td>
                <td>{e.workflow}</td>
                <td>
                  <StatusBadge status={statusOf(e)} />
                </td>
                <td>{e.restaurantId ? <a href={href(['restaurants', e.restaurantId])}>{e.restaurantId}</a> : <span class="muted">none</span>}</td>
                <td>
                  {e.currentState ? (
                    <>
                      {e.currentState.name} <span class="muted">since {since(e.currentState.since, now)}</span>
                    </>
                  ) : (
                    <span class="muted">{e.stopDate ? `ended ${formatTime(e.stopDate)}` : 'starting'}</span>
                  )}
                </td>
                <td>{formatTime(e.startDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
