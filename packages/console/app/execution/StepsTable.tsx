import { formatDuration, formatTime } from '../status';
import { backoffWaits, type Step } from './steps';

const stepStatusText: Record<Step['status'], string> = { running: 'running', waiting: 'waiting for a person', succeeded: 'succeeded', failed: 'failed' };

/**
 * The steps, linked to the graph (choosing a row selects its state), with a timeline column: each
 * attempt a bar, each backoff wait before a retry a hatched gap, all on the execution's time axis.
 */
export function StepsTable(props: { steps: Step[]; start: string; end: string; selected?: string; onSelect(step: Step): void }) {
  const t0 = Date.parse(props.start);
  const span = Math.max(1, Date.parse(props.end) - t0);
  const pct = (iso: string) => `${(((Date.parse(iso) - t0) / span) * 100).toFixed(2)}%`;
  const width = (from: string, to: string) => `${Math.max(0.6, ((Date.parse(to) - Date.parse(from)) / span) * 100).toFixed(2)}%`;
  return (
    <div class="table-scroll">
      <table class="steps">
        <caption class="visually-hidden">Steps of the execution, in the order they were entered</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
            <th scope="col" class="timeline-col">
              Timeline
            </th>
          </tr>
        </thead>
        <tbody>
          {props.steps.map((step) => {
            const end = step.exitedAt ?? props.end;
            const waits = backoffWaits(step);
            return (
              <tr key={step.key} id={`step-${encodeURIComponent(step.name)}`} class={props.selected === step.name ? 'selected' : undefined} data-step={step.name} data-status={step.status}>
                <th scope="row" class={`depth-${Math.min(step.depth, 3)}`}>
                  <button type="button" class="link-button" aria-pressed={props.selected === step.name ? 'true' : 'false'} onClick={() => props.onSelect(step)}>
                    {step.name}
                  </button>
                </th>
                <td>{step.type}</td>
                <td>
                  <span class={`badge step-${step.status}`}>{stepStatusText[step.status]}</span>
                </td>
                <td>{formatTime(step.enteredAt)}</td>
                <td>{formatDuration(Date.parse(end) - Date.parse(step.enteredAt))}</td>
                <td class="timeline-col">
                  <div class="timeline" aria-hidden="true">
                    <div class="bar state" style={{ left: pct(step.enteredAt), width: width(step.enteredAt, end) }} />
                    {step.attempts.map((a, i) => (
                      <div key={i} class={`bar attempt attempt-${a.outcome.replace(' ', '-')}`} style={{ left: pct(a.scheduledAt), width: width(a.scheduledAt, a.endedAt ?? end) }} />
                    ))}
                    {waits.map((w, i) => (
                      <div key={`w${i}`} class="bar backoff" style={{ left: pct(w.from), width: width(w.from, w.to) }} />
                    ))}
                  </div>
                  <span class="timeline-text">
                    {step.attempts.length > 1
                      ? `${step.attempts.length} attempts; ${waits.map((w) => `waited ${formatDuration(Date.parse(w.to) - Date.parse(w.from))}`).join(', ')} before retrying`
                      : step.attempts.length === 1
                        ? '1 attempt'
                        : ''}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
