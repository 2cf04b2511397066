import ELK from 'elkjs/lib/elk.bundled.js';
import type { GraphEdge, GraphNode } from '../types';

export interface PlacedNode {
  node: GraphNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Map/Parallel drawn as a box around its states. */
  expanded: boolean;
  hiddenChildren: number;
}

export interface PlacedEdge {
  edge: GraphEdge;
  points: { x: number; y: number }[];
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

interface ElkShape {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkShape[];
  edges?: ElkEdge[];
  layoutOptions?: Record<string, string>;
  labels?: { text: string; width: number; height: number }[];
}
interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[];
}

const nodeHeight = 52;
// Map and Parallel carry an expand/collapse control beside the name.
const widthOf = (node: GraphNode) => Math.max(150, Math.min(320, node.name.length * 7.6 + 36)) + (node.type === 'Map' || node.type === 'Parallel' ? 100 : 0);

/**
 * The state machine laid out top-down by ELK's layered algorithm (run in this thread: no worker,
 * no eval). A collapsed Map or Parallel is one node; an expanded one contains its states. Branch
 * and Iterator edges are left out: containment already says where a branch starts.
 */
export async function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], expanded: ReadonlySet<string>): Promise<Layout> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const visible = (node: GraphNode): boolean => !node.parent || (expanded.has(node.parent) && visible(byId.get(node.parent)!));
  const shown = nodes.filter(visible);
  const countHidden = (id: string) => nodes.filter((n) => n.parent === id).length;
  const shapes = new Map<string, ElkShape>();
  const root: ElkShape = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '36',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    },
    children: [],
    edges: [],
  };
  for (const node of shown) {
    const container = node.type === 'Map' || node.type === 'Parallel';
    const open = container && expanded.has(node.id);
    const shape: ElkShape = open
      ? { id: node.id, children: [], edges: [], layoutOptions: { 'elk.padding': '[top=40,left=16,bottom=16,right=16]' } }
      : { id: node.id, width: widthOf(node), height: nodeHeight };
    shapes.set(node.id, shape);
  }
  for (const node of shown) (node.parent ? shapes.get(node.parent)! : root).children!.push(shapes.get(node.id)!);
  const shownIds = new Set(shown.map((n) => n.id));
  const edgeOwner = new Map<string, string | undefined>();
  edges.forEach((edge, index) => {
    if (edge.label === 'Branch' || edge.label === 'Iterator') return;
    if (!shownIds.has(edge.from) || !shownIds.has(edge.to)) return;
    const parent = byId.get(edge.from)!.parent;
    const id = `e${index}`;
    edgeOwner.set(id, parent);
    (parent ? shapes.get(parent)! : root).edges!.push({ id, sources: [edge.from], targets: [edge.to] });
  });

  const elk = new ELK();
  const laid = (await elk.layout(root as never)) as unknown as ElkShape;
  const placed: PlacedNode[] = [];
  const origin = new Map<string, { x: number; y: number }>([['__root', { x: 0, y: 0 }]]);
  const walk = (shape: ElkShape, offset: { x: number; y: number }) => {
    for (const child of shape.children ?? []) {
      const x = offset.x + (child.x ?? 0);
      const y = offset.y + (child.y ?? 0);
      origin.set(child.id, { x, y });
      const node = byId.get(child.id)!;
      placed.push({ node, x, y, width: child.width ?? 0, height: child.height ?? 0, expanded: !!child.children, hiddenChildren: child.children ? 0 : countHidden(node.id) });
      walk(child, { x, y });
    }
  };
  walk(laid, { x: 0, y: 0 });
  const placedEdges: PlacedEdge[] = [];
  const collect = (shape: ElkShape) => {
    for (const e of shape.edges ?? []) {
      const section = e.sections?.[0];
      if (!section) continue;
      // With INCLUDE_CHILDREN, ELK gives edge points relative to the edge's container.
      const o = origin.get(edgeOwner.get(e.id) ?? '__root') ?? { x: 0, y: 0 };
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x + o.x, y: p.y + o.y }));
      placedEdges.push({ edge: edges[Number(e.id.slice(1))]!, points });
    }
    for (const child of shape.children ?? []) collect(child);
  };
  collect(laid);
  return { width: (laid.width ?? 0) + 2, height: (laid.height ?? 0) + 2, nodes: placed, edges: placedEdges };
}
