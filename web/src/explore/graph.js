// The network drawing: Cytoscape.js, nodes coloured by type, edges labelled
// by predicate and as wide as the number of articles that state them.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export const COLORS = {
  PERSON: '#2563eb',
  ORGANIZATION: '#ea580c',
  COUNTRY: '#16a34a',
  PLACE: '#92400e',
  EVENT: '#dc2626',
  STATEMENT: '#7c3aed',
  AGREEMENT: '#db2777',
  ARTICLE: '#6b7280',
};

const style = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => COLORS[n.data('type')] || '#6b7280',
      label: 'data(short)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 130,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
      width: (n) => 16 + Math.min(24, 3 * Math.sqrt(n.data('degree') || 1)),
      height: (n) => 16 + Math.min(24, 3 * Math.sqrt(n.data('degree') || 1)),
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.seed', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: (e) => 1.5 + 1.5 * Math.min(6, e.data('weight') || 1),
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(plabel)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 9 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#facc15', 'font-weight': 'bold' } },
  { selector: 'edge:selected', style: { 'line-color': '#eab308', 'target-arrow-color': '#eab308', 'z-index': 10 } },
  { selector: '.hidden', style: { display: 'none' } },
];

const pretty = (p) => p.replaceAll('_', ' ');
const shorten = (s) => (s.length > 40 ? s.slice(0, 38) + '…' : s);

export function createGraph(container, { onNode, onEdge, onBackground }) {
  const cy = cytoscape({
    container,
    style,
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (e) => onNode(e.target.id()));
  cy.on('tap', 'edge', (e) => onEdge(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) onBackground(); });
  return cy;
}

// show replaces the drawing with sub (a Subgraph) plus extra path steps.
export function show(cy, sub, seeds, hiddenTypes) {
  cy.batch(() => {
    cy.elements().remove();
    cy.add(sub.nodes.map((n) => ({ group: 'nodes', data: { ...n, short: shorten(n.label) } })));
    cy.add(sub.edges.filter((e) => cy.hasElementWithId(e.source) && cy.hasElementWithId(e.target))
      .map((e) => ({ group: 'edges', data: { ...e, plabel: pretty(e.predicate) } })));
    cy.nodes().forEach((n) => { if (seeds.has(n.id())) n.addClass('seed'); });
    applyTypes(cy, hiddenTypes);
  });
  layout(cy);
}

export function addSteps(cy, steps) {
  cy.elements().removeClass('path');
  cy.batch(() => {
    for (const s of steps) {
      for (const n of [s.subject, s.object]) {
        if (!cy.hasElementWithId(n.id)) cy.add({ group: 'nodes', data: { id: n.id, label: n.name, short: shorten(n.name), type: n.type, degree: 1 } });
        cy.$id(n.id).addClass('path').removeClass('hidden');
      }
      if (!cy.hasElementWithId(s.id)) {
        cy.add({ group: 'edges', data: { id: s.id, source: s.subject.id, target: s.object.id, predicate: s.predicate, plabel: pretty(s.predicate), weight: 1 } });
      }
      cy.$id(s.id).addClass('path');
    }
  });
  layout(cy);
}

export function applyTypes(cy, hiddenTypes) {
  cy.nodes().forEach((n) => n.toggleClass('hidden', hiddenTypes.has(n.data('type')) && !n.hasClass('seed') && !n.hasClass('path')));
}

// layout is force-directed (fCoSE), from the nodes on a circle in a fixed
// order: the same view is drawn the same way every time.
export function layout(cy) {
  // neighbours next to each other on the circle: depth first from the seeds
  const order = [];
  const seen = new Set();
  const queue = [...cy.nodes('.seed').toArray(), ...cy.nodes().toArray()];
  while (queue.length) {
    const n = queue.shift();
    if (seen.has(n.id())) continue;
    seen.add(n.id());
    order.push(n);
    queue.unshift(...n.neighborhood('node').toArray().filter((m) => !seen.has(m.id())));
  }
  const r = 60 * Math.max(2, Math.sqrt(order.length));
  order.forEach((n, i) => n.position({ x: r * Math.cos((2 * Math.PI * i) / order.length), y: r * Math.sin((2 * Math.PI * i) / order.length) }));
  cy.layout({
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: (e) => 70 + 6 * e.data('plabel').length,
    nodeRepulsion: () => 12000,
    padding: 30,
    fit: true,
  }).run();
}
