import { useMemo, useState } from 'preact/hooks';
import { get } from '../api';
import { executionFacts } from '../executionFacts';
import { EventHistory } from '../execution/EventHistory';
import { RedrivePanel } from '../execution/RedrivePanel';
import { StepDetail } from '../execution/StepDetail';
import { StepsTable } from '../execution/StepsTable';
import { stepsOf, type Step } from '../execution/steps';
import { WaitingPanel } from '../execution/WaitingPanel';
import { StateGraph, type NodeMark } from '../graph/StateGraph';
import { href } from '../router';
import { staffActions } from '../staffActions';
import { formatTime, statusOf, StatusBadge } from '../status';
import type { ExecutionDescription, HistoryEvent, StateDefinition, Workflow } from '../types';
import { usePolling } from '../usePolling';

const markOfStep: Record<Step['status'], NodeMark> = { running: 'current', waiting: 'waiting', succeeded: 'succeeded', failed: 'failed' };

/** Finds a state's definition by name, nested Map and Parallel programs included. */
function findState(program: { States: Record<string, StateDefinition> } | undefined, name: string): StateDefinition | undefined {
  if (!program) return undefined;
  if (program.States[name]) return program.States[name];
  for (const state of Object.values(program.States)) {
    const nested = [...((state.Branches as { States: Record<string, StateDefinition> }[]) ?? []), ...[state.ItemProcessor ?? state.Iterator].filter(Boolean)] as { States: Record<string, StateDefinition> }[];
    for (const p of nested) {
      const found = findState(p, name);
      if (found) return found;
    }
  }
  return undefined;
}

export function ExecutionPage(props: { name: string }) {
  const path = `/_local/executions/${encodeURIComponent(props.name)}`;
  const description = usePolling(() => get<ExecutionDescription>(path), [path]);
  const history = usePolling(() => get<{ events: HistoryEvent[] }>(`${path}/history`), [path]);
  const workflows = usePolling(() => get<{ workflows: Workflow[] }>('/_local/workflows'), [], 0);
  const [selected, setSelected] = useState<string>();
  const execution = description.data;
  const events = history.data?.events ?? [];
  const steps = useMemo(() => stepsOf(events), [events]);
  const workflow = workflows.data?.workflows.find((w) => w.name === execution?.workflow);
  const marks = useMemo(() => {
    const m = new Map<string, NodeMark>();
    for (const node of workflow?.graph.nodes ?? []) {
      const last = steps.filter((s) => s.name === node.name).at(-1);
      if (last) m.set(node.id, markOfStep[last.status]);
    }
    return m;
  }, [workflow, steps]);

  const taken = useMemo(() => {
    const t = new Set<string>();
    // Consecutive steps of one program (same parent) are a transition taken.
    const byParent = new Map<string | undefined, Step[]>();
    for (const step of steps) byParent.set(step.parentKey, [...(byParent.get(step.parentKey) ?? []), step]);
    for (const list of byParent.values()) for (let i = 1; i < list.length; i++) t.add(`${list[i - 1]!.name}->${list[i]!.name}`);
    return t;
  }, [steps]);

  if (description.error) return <p role="alert" class="error">{description.error.message}</p>;
  if (!execution || !history.data || !workflows.data) return <p>Loading {props.name}…</p>;
  const status = statusOf(execution);
  const end = execution.stopDate ?? new Date().toISOString();
  const selectedStep = steps.filter((s) => s.name === selected).at(-1) ?? steps.find((s) => s.status === 'waiting' || s.status === 'running');
  const facts = executionFacts(execution, events);
  const waiting = execution.waitingForTaskToken ? staffActions[execution.workflow]?.[execution.waitingForTaskToken.state] : undefined;
  const select = (name: string) => {
    setSelected(name);
    document.getElementById(`step-${encodeURIComponent(name)}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <>
      <p class="breadcrumbs">
        <a href={href(['executions'], { workflow: execution.workflow })}>{execution.workflow}</a> / execution
      </p>
      <h1 class="execution-title">{execution.name}</h1>
      <dl class="facts summary">
        <div>
          <dt>Status</dt>
          <dd data-testid="execution-status">
            <StatusBadge status={status} />
          </dd>
        </div>
        <div>
          <dt>Current state</dt>
          <dd>{execution.currentState ? execution.currentState.name : 'none'}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatTime(execution.startDate)}</dd>
        </div>
        <div>
          <dt>Ended</dt>
          <dd>{execution.stopDate ? formatTime(execution.stopDate) : 'not yet'}</dd>
        </div>
        {execution.redriveCount > 0 ? (
          <div>
            <dt>Redriven</dt>
            <dd data-testid="execution-redrives">
              {execution.redriveCount} × (last {execution.redriveDate ? formatTime(execution.redriveDate) : 'unknown'})
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Restaurant</dt>
          <dd>{execution.restaurantId ? <a href={href(['restaurants', execution.restaurantId])}>{execution.restaurantId}</a> : 'none'}</dd>
        </div>
        {execution.error ? (
          <div>
            <dt>Error</dt>
            <dd>
              {execution.error}
              {execution.cause ? `: ${execution.cause}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <button
          type="button"
          onClick={() => {
            const blob = new Blob([JSON.stringify({ execution, definition: workflow?.definition, history: events }, null, 2)], { type: 'application/json' });
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = `${execution.name}.json`;
            a.click();
            setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
          }}
        >
          Export as JSON
        </button>
      </p>
      {execution.waitingForTaskToken ? <WaitingPanel execution={execution} waiting={waiting} facts={facts} onDone={() => (description.refresh(), history.refresh())} /> : null}
      {/* Kept once redriven, so the redrive's answer stays on the page while it runs again. */}
      {['FAILED', 'TIMED_OUT', 'ABORTED'].includes(execution.status) || execution.redriveCount > 0 ? <RedrivePanel execution={execution} onDone={() => (description.refresh(), history.refresh())} /> : null}
      <div class="detail-grid">
        <section aria-labelledby="graph-title" class="graph-panel">
          <h2 id="graph-title">State machine</h2>
          {workflow ? <StateGraph nodes={workflow.graph.nodes} edges={workflow.graph.edges} marks={marks} taken={taken} selected={selectedStep?.name} onSelect={select} /> : <p>The workflow {execution.workflow} is no longer defined.</p>}
        </section>
        <section aria-labelledby="steps-title" class="steps-panel">
          <h2 id="steps-title">Steps</h2>
          <StepsTable steps={steps} start={execution.startDate} end={end} selected={selectedStep?.name} onSelect={(s) => setSelected(s.name)} />
          {selectedStep ? <StepDetail step={selectedStep} state={findState(workflow?.definition, selectedStep.name)} queryLanguage={(findState(workflow?.definition, selectedStep.name)?.QueryLanguage as string) ?? workflow?.definition.QueryLanguage ?? 'JSONPath'} /> : null}
        </section>
      </div>
      <section aria-labelledby="history-title">
        <h2 id="history-title">Event history ({events.length} events)</h2>
        <EventHistory history={events} steps={steps} />
      </section>
    </>
  );
}
