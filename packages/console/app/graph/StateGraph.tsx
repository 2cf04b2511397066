import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GraphEdge, GraphNode } from '../types';
import { layoutGraph, type Layout } from './layoutGraph';

export type NodeMark = 'current' | 'waiting' | 'succeeded' | 'failed' | 'not-reached';

const markText: Record<NodeMark, string> = {
  current: 'current state',
  waiting: 'current: waiting for a person',
  succeeded: 'visited',
  failed: 'failed',
  'not-reached': 'not reached',
};

/**
 * The state machine from its ASL definition, with the path taken and the current state marked (by
 * text as well as colour). Nodes are buttons: choosing one selects its step in the table.
 */
export function StateGraph(props: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  marks: Map<string, NodeMark>;
  /** Transitions the execution took, as `from state->to state` (names). */
  taken: Set<string>;
  selected?: string;
  onSelect(nodeName: string): void;
}) {
  const containers = useMemo(() => props.nodes.filter((n) => n.type === 'Map' || n.type === 'Parallel').map((n) => n.id), [props.nodes]);
  // Containers the execution went into start open, so the current state is visible.
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(containers.filter((id) => props.marks.has(id) && props.marks.get(id) !== 'not-reached')));
  const [layout, setLayout] = useState<Layout>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    layoutGraph(props.nodes, props.edges, expanded).then(
      (l) => live && setLayout(l),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [props.nodes, props.edges, expanded]);

  const nameOf = (id: string) => props.nodes.find((n) => n.id === id)?.name ?? id;
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (error) return <p role="alert">The graph could not be laid out: {error}</p>;
  if (!layout) return <p>Laying out the state machine…</p>;
  return (
    <div class="graph-scroll">
      <svg class="state-graph" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label="State machine">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
          </marker>
        </defs>
        {layout.edges.map(({ edge, points }) => (
          <g
            class={`edge edge-${edge.label.toLowerCase()}${props.taken.has(`${nameOf(edge.from)}->${nameOf(edge.to)}`) ? ' taken' : ''}`}
            key={`${edge.from}->${edge.to}-${edge.label}`}
          >
            <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} marker-end="url(#arrow)" />
            {edge.label === 'Catch' || edge.label === 'Choice' || edge.label === 'Default' ? (
              // On the last segment, near the target: labels of edges leaving one state would overlap at its side.
              <text x={(points.at(-2)!.x + points.at(-1)!.x) / 2 + 4} y={(points.at(-2)!.y + points.at(-1)!.y) / 2} class="edge-label">
                {edge.label === 'Catch' ? `catch ${edge.detail ?? ''}` : edge.label === 'Default' ? 'default' : 'when'}
              </text>
            ) : null}
          </g>
        ))}
        {layout.nodes.map(({ node, x, y, width, height, expanded: open, hiddenChildren }) => {
          const mark = props.marks.get(node.id) ?? 'not-reached';
          const container = node.type === 'Map' || node.type === 'Parallel';
          return (
            <g
              key={node.id}
              class={`node mark-${mark}${props.selected === node.name ? ' selected' : ''}${open ? ' container' : ''}`}
              transform={`translate(${x},${y})`}
              data-state={node.name}
              data-mark={mark}
            >
              <rect width={width} height={height} rx={open ? 6 : 10} />
              <a
                href={`#step-${encodeURIComponent(node.name)}`}
                role="button"
                onClick={(event) => {
                  event.preventDefault();
                  props.onSelect(node.name);
                }}
              >
                <rect class="hit" width={width} height={open ? 34 : height} rx="10" />
                <text x={10} y={20} class="node-name">
                  {node.name}
                </text>
                <text x={10} y={38} class="node-mark">
                  {node.type} · {markText[mark]}
                </text>
              </a>
              {container ? (
                <a
                  href={`#toggle-${encodeURIComponent(node.id)}`}
                  role="button"
                  aria-expanded={open ? 'true' : 'false'}
                  onClick={(event) => {
                    event.preventDefault();
                    toggle(node.id);
                  }}
                >
                  <text x={width - 8} y={20} class="toggle" text-anchor="end">
                    {open ? 'collapse' : `expand (${hiddenChildren})`}
                  </text>
                </a>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
