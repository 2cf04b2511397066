import type { StateDefinition, StateMachineDefinition } from './types';

export interface GraphNode {
  /** Unique across nested branches: `Parallel/0/Inner`, `Map/Item`. */
  id: string;
  name: string;
  type: string;
  /** The Parallel/Map node that contains this state, if any. */
  parent?: string;
  start: boolean;
  end: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  label: 'Next' | 'Choice' | 'Default' | 'Catch' | 'Branch' | 'Iterator';
  /** Choice condition or Catch error names, for display. */
  detail?: string;
}

export interface DefinitionGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The definition as a graph a console can draw: states, transitions and containment. */
export function definitionGraph(definition: StateMachineDefinition): DefinitionGraph {
  const graph: DefinitionGraph = { nodes: [], edges: [] };
  addProgram(graph, definition, '', undefined);
  return graph;
}

function addProgram(g: DefinitionGraph, program: { StartAt: string; States: Record<string, StateDefinition> }, prefix: string, parent: string | undefined): string {
  const id = (name: string) => `${prefix}${name}`;
  for (const [name, state] of Object.entries(program.States)) {
    const nodeId = id(name);
    const terminal = state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
    g.nodes.push({ id: nodeId, name, type: state.Type, parent, start: name === program.StartAt, end: terminal });
    if (state.Next) g.edges.push({ from: nodeId, to: id(state.Next), label: 'Next' });
    if (state.Type === 'Choice') {
      for (const rule of (state.Choices ?? []) as Record<string, unknown>[]) {
        g.edges.push({ from: nodeId, to: id(rule.Next as string), label: 'Choice', detail: describeRule(rule) });
      }
      if (state.Default) g.edges.push({ from: nodeId, to: id(state.Default as string), label: 'Default' });
    }
    for (const c of (state.Catch ?? []) as { ErrorEquals: string[]; Next: string }[]) {
      g.edges.push({ from: nodeId, to: id(c.Next), label: 'Catch', detail: c.ErrorEquals.join(', ') });
    }
    if (state.Type === 'Parallel') {
      (state.Branches as StateMachineDefinition[]).forEach((b, i) => {
        const start = addProgram(g, b, `${nodeId}/${i}/`, nodeId);
        g.edges.push({ from: nodeId, to: start, label: 'Branch', detail: String(i) });
      });
    }
    if (state.Type === 'Map') {
      const proc = (state.ItemProcessor ?? state.Iterator) as StateMachineDefinition;
      const start = addProgram(g, proc, `${nodeId}/`, nodeId);
      g.edges.push({ from: nodeId, to: start, label: 'Iterator' });
    }
  }
  return id(program.StartAt);
}

function describeRule(rule: Record<string, unknown>): string {
  if (typeof rule.Condition === 'string') return rule.Condition;
  const { Next: _next, Assign: _assign, Output: _output, Comment: _comment, ...test } = rule;
  return JSON.stringify(test);
}
