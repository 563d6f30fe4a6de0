// The network explorer: wires the search, filters, path finder and export
// to the graph and the details panel. All data comes from POST /graphql.
import { gql, Q, exportURL } from './api.js';
import { combobox } from './combobox.js';
import { h } from './dom.js';
import { COLORS, createGraph, show, addSteps, applyTypes } from './graph.js';
import { renderList, renderEdge, renderNode, renderPaths, isActor } from './panel.js';
import { TYPES, readState, writeState } from './state.js';

const $ = (id) => document.getElementById(id);
const details = $('details');
const status = (msg, isError = false) => {
  $('status').textContent = msg;
  $('status').classList.toggle('error', isError);
};

let state = readState();
let truncated = false;
let loadSeq = 0;

const go = {
  node: (id) => select('n:' + id, true),
  edge: (id) => select('e:' + id, true),
  expand: (id) => {
    const name = cy.$id(id).data('label') || id;
    if (!state.actors.includes(name)) state.actors.push(name);
    load(true);
  },
  focus: (id) => {
    state.actors = [cy.$id(id).data('label') || id];
    state.select = 'n:' + id;
    load(true);
  },
  back: () => {
    state.select = '';
    state.from = state.to = '';
    cy.elements().unselect().removeClass('path');
    sync();
    renderList(details, cy, go, truncated);
    details.focus();
  },
};

const cy = createGraph($('graph'), {
  onNode: (id) => select('n:' + id, true),
  onEdge: (id) => select('e:' + id, true),
  onBackground: () => { if (state.select) go.back(); },
});
window.explorer = { cy }; // for the browser tests and the curious

// sync writes the state to the URL and to the controls that show it.
function sync(push = false) {
  const hash = writeState(state);
  if (hash !== location.hash) history[push ? 'pushState' : 'replaceState'](null, '', hash);
  $('export-gexf').href = exportURL('gexf', state);
  $('share-url').value = location.href;
  $('depth').value = String(state.depth);
  $('since').value = state.since;
  $('until').value = state.until;
  $('seeds').replaceChildren(...state.actors.map((a) => h('li', { class: 'chip' }, a,
    h('button', { type: 'button', 'aria-label': `Remove ${a} from the view`, onclick: () => {
      state.actors = state.actors.filter((x) => x !== a);
      load(true);
    } }, '×'))));
  for (const box of $('types').querySelectorAll('input')) box.checked = state.types.includes(box.value);
  const preds = $('predicates').querySelectorAll('input');
  for (const box of preds) box.checked = !state.predicates.length || state.predicates.includes(box.value);
  $('predicates-count').textContent = state.predicates.length ? `(${state.predicates.length} of ${preds.length})` : '(all)';
  const visible = cy.nodes().filter((n) => n.visible()).length;
  $('summary').textContent = state.actors.length ? `${visible} nodes, ${cy.edges().filter((e) => e.visible()).length} edges${truncated ? ' (cut)' : ''}` : '';
}

const hidden = () => new Set(TYPES.filter((t) => !state.types.includes(t)));

async function load(push = false) {
  const mine = ++loadSeq;
  sync(push);
  if (!state.actors.length) {
    cy.elements().remove();
    truncated = false;
    renderList(details, cy, go, truncated);
    ready();
    return;
  }
  document.body.dataset.ready = 'false';
  status('Loading…');
  try {
    const data = await gql(Q.subgraph, {
      seeds: state.actors,
      depth: state.depth,
      predicates: state.predicates.length ? state.predicates : null,
      since: state.since || null,
      until: state.until || null,
    });
    if (mine !== loadSeq) return;
    const sub = data.subgraph;
    truncated = sub.truncated;
    const seeds = new Set(sub.nodes.filter((n) => state.actors.some((a) => a === n.id || a.toLowerCase() === n.label.toLowerCase())).map((n) => n.id));
    if (!seeds.size && sub.nodes.length) seeds.add(sub.nodes[0].id);
    show(cy, sub, seeds, hidden());
    status(sub.nodes.length ? '' : `Nothing found for ${state.actors.join(', ')} with these filters.`);
    const paths = state.from && state.to;
    if (paths) await findPaths(false);
    if (state.select) await select(state.select, false);
    else if (!paths) renderList(details, cy, go, truncated);
    sync();
  } catch (err) {
    status(err.message, true);
  }
  if (mine === loadSeq) ready();
}

// ready marks the view as drawn; the first time, with the time since the
// navigation started (the browser tests read it).
function ready() {
  document.body.dataset.ready = 'true';
  document.body.dataset.loadedMs ??= String(Math.round(performance.now()));
}

async function select(sel, moveFocus) {
  state.select = sel;
  sync();
  const kind = sel.slice(0, 2);
  const id = sel.slice(2);
  cy.elements().unselect();
  cy.$id(id).select();
  try {
    if (kind === 'e:') {
      const e = cy.$id(id);
      const [s, p, o] = e.length ? [e.data('source'), e.data('predicate'), e.data('target')] : id.replace(/^edge:/, '').split('|');
      const data = await gql(Q.edge, { s, o, p: [p] });
      renderEdge(details, data.relations.edges.map((x) => x.node), go);
    } else {
      const type = cy.$id(id).data('type');
      const [data, extras] = await Promise.all([
        gql(Q.node, { id }),
        !type || isActor(type) ? gql(Q.actorExtras, { id }).catch(() => null) : null,
      ]);
      if (!data.node) throw new Error(`No node ${id}`);
      renderNode(details, data.node, isActor(data.node.type) ? extras : null, go);
    }
    if (moveFocus) details.focus();
  } catch (err) {
    status(err.message, true);
  }
}

const pathFrom = combobox($('path-from'), $('path-from-list'), () => $('path-to').focus());
const pathTo = combobox($('path-to'), $('path-to-list'), () => {});

async function findPaths(moveFocus) {
  try {
    const data = await gql(Q.paths, { from: state.from, to: state.to });
    addSteps(cy, data.paths.flatMap((p) => p.steps));
    if (!state.select) renderPaths(details, state.from, state.to, data.paths, go);
    sync();
    if (moveFocus) details.focus();
  } catch (err) {
    status(err.message, true);
  }
}

$('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = pathFrom.value();
  const to = pathTo.value();
  if (!from || !to) return status('Pick two actors to connect.', true);
  state.from = $('path-from').value.trim() || from;
  state.to = $('path-to').value.trim() || to;
  state.select = '';
  status('');
  if (!state.actors.length) {
    state.actors = [state.from];
    load(true);
  } else findPaths(true);
});

const search = combobox($('search'), $('search-list'), (item) => {
  state.actors = [item.name];
  state.select = '';
  state.from = state.to = '';
  if (!$('path-from').value) $('path-from').value = item.name;
  load(true);
});
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = search.value();
  if (!q) return;
  search.close();
  state.actors = [q];
  state.select = '';
  load(true);
});

$('depth').addEventListener('change', () => { state.depth = Number($('depth').value); load(true); });
for (const k of ['since', 'until']) $(k).addEventListener('change', () => { state[k] = $(k).value; load(true); });

$('types').append(...TYPES.map((t) => h('label', {},
  h('input', { type: 'checkbox', value: t, onchange: (e) => {
    state.types = e.target.checked ? [...state.types, t] : state.types.filter((x) => x !== t);
    applyTypes(cy, hidden());
    if (!state.select) renderList(details, cy, go, truncated);
    sync();
  } }),
  h('span', { class: 'dot', style: `background:${COLORS[t]}`, 'aria-hidden': 'true' }),
  t.toLowerCase())));

const predicatesChanged = () => {
  const boxes = [...$('predicates').querySelectorAll('input')];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  state.predicates = on.length === boxes.length ? [] : on.length ? on : ['none'];
  load();
};
$('predicates-all').addEventListener('click', () => {
  $('predicates').querySelectorAll('input').forEach((b) => { b.checked = true; });
  predicatesChanged();
});
$('predicates-none').addEventListener('click', () => {
  $('predicates').querySelectorAll('input').forEach((b) => { b.checked = false; });
  predicatesChanged();
});

$('export-png').addEventListener('click', () => {
  if (!cy.nodes().length) return status('Nothing to export yet.', true);
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  const a = h('a', { href: URL.createObjectURL(blob), download: `actorgraph-${state.actors.join('-') || 'view'}.png` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$('share').addEventListener('click', async () => {
  const url = location.href;
  $('share-url').value = url;
  try {
    await navigator.clipboard.writeText(url);
    status('Link to this view copied.');
  } catch {
    $('share-url').select();
    status('Select and copy the link below.');
  }
});

// Back, forward, or a link pasted into the address bar.
const fromURL = () => {
  const next = readState();
  if (writeState(next) === writeState(state)) return;
  state = next;
  load();
};
window.addEventListener('hashchange', fromURL);
window.addEventListener('popstate', fromURL);

// Predicates and dates come from the graph's stats; the view loads meanwhile.
gql(Q.meta).then(({ stats }) => {
  const literal = new Set(['category', 'date', 'text', 'title', 'killed', 'injured', 'weapon', 'mentioned_in']);
  $('predicates').append(...stats.factsByPredicate.filter((p) => !literal.has(p.predicate)).map((p) => h('label', {},
    h('input', { type: 'checkbox', value: p.predicate, onchange: predicatesChanged }),
    `${p.predicate.replaceAll('_', ' ')} `, h('small', { class: 'muted' }, String(p.count)))));
  for (const k of ['since', 'until']) {
    if (stats.firstArticle) $(k).min = stats.firstArticle;
    if (stats.lastArticle) $(k).max = stats.lastArticle;
  }
  sync();
}).catch((err) => status(err.message, true));

load();
