// The details panel: the relations in view (the keyboard's way into the
// graph), a node's profile, an edge's evidence, the paths found.
import { h, marked } from './dom.js';
import { COLORS } from './graph.js';

const ACTOR_TYPES = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'AGREEMENT']);
const pretty = (p) => p.replaceAll('_', ' ');
const dot = (type) => h('span', { class: 'dot', style: `background:${COLORS[type] || '#6b7280'}`, 'aria-hidden': 'true' });

export function isActor(type) {
  return ACTOR_TYPES.has(type);
}

// go is {node(id), edge(id), expand(id), back()}.
function nodeButton(n, go) {
  return h('button', { type: 'button', class: 'link', onclick: () => go.node(n.id), title: n.type.toLowerCase() }, dot(n.type), n.name);
}

function section(title, ...children) {
  const items = children.flat().filter(Boolean);
  if (!items.length) return null;
  return h('section', {}, h('h3', {}, title), ...items);
}

function source(ev) {
  const a = ev.article;
  return h('p', { class: 'source' },
    h('span', {}, 'Article ', h('code', {}, a.id)),
    h('span', {}, ev.date || a.date || 'undated'),
    a.outlet ? h('span', {}, a.outlet) : null,
    a.source ? h('span', { class: 'path' }, a.source) : null,
    ev.hedging && ev.hedging !== 'ASSERTED' ? h('span', { class: 'hedge' }, ev.hedging.toLowerCase()) : null);
}

export function renderList(el, cy, go, truncated) {
  const edges = cy.edges().filter((e) => e.visible());
  const rows = edges.map((e) => {
    const s = e.source().data();
    const t = e.target().data();
    return h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => go.node(s.id) }, dot(s.type), s.label),
      ' ',
      h('button', { type: 'button', class: 'pred', onclick: () => go.edge(e.id()), 'aria-label': `${s.label} ${pretty(e.data('predicate'))} ${t.label}: show the sentences` },
        pretty(e.data('predicate')), e.data('weight') > 1 ? h('small', {}, ` ×${e.data('weight')}`) : null),
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => go.node(t.id) }, dot(t.type), t.label));
  });
  el.replaceChildren(
    h('h2', {}, 'Relations in view'),
    cy.nodes().length
      ? h('p', { class: 'muted' }, 'Click a node or an edge, or pick one here.' + (truncated ? ' The view was cut at 300 nodes.' : ''))
      : h('p', { class: 'muted' }, 'Search an actor to draw its network.'),
    h('ul', { class: 'relations' }, rows));
}

export function renderEdge(el, rels, go) {
  const back = h('button', { type: 'button', class: 'back', onclick: go.back }, '← All relations');
  if (!rels.length) {
    el.replaceChildren(back, h('p', {}, 'No sentence states this relation with the current filters.'));
    return;
  }
  const r = rels[0];
  const terms = [r.subject, r.object].filter(Boolean).flatMap((n) => [n.name, ...(n.aliases || []), n.type === 'PERSON' ? n.name.split(' ').pop() : '']);
  terms.push(r.title, r.value, ...(r.subject.titles || []));
  el.replaceChildren(
    back,
    h('h2', {}, nodeButton(r.subject, go), h('span', { class: 'pred-title' }, ` ${pretty(r.predicate)} `), r.object ? nodeButton(r.object, go) : r.value),
    h('p', { class: 'muted' },
      `${r.articleCount} article${r.articleCount === 1 ? '' : 's'}`,
      r.title ? ` · as “${r.title}”` : '',
      ` · confidence ${r.confidence.toFixed(2)}`,
      r.firstSeen ? ` · ${r.firstSeen}${r.lastSeen && r.lastSeen !== r.firstSeen ? ' to ' + r.lastSeen : ''}` : ''),
    h('h3', {}, 'The sentences that state it'),
    h('ol', { class: 'evidence' }, r.evidence.map((ev) => h('li', {}, h('blockquote', {}, marked(ev.sentence, terms)), source(ev)))));
}

export function renderNode(el, n, extras, go) {
  const back = h('button', { type: 'button', class: 'back', onclick: go.back }, '← All relations');
  const head = h('h2', {}, dot(n.type), n.name);
  const meta = h('p', { class: 'muted' }, n.type.toLowerCase(), n.degree != null ? ` · ${n.degree} relations` : '', n.category ? ` · ${n.category}` : '', n.date ? ` · ${n.date}` : '');
  const parts = [back, head, meta];
  if (isActor(n.type)) parts.push(h('div', { class: 'row' },
    h('button', { type: 'button', onclick: () => go.expand(n.id) }, 'Add its network to the view'),
    h('button', { type: 'button', onclick: () => go.focus(n.id) }, 'Centre on it')));
  parts.push(section('Aliases', n.aliases.length ? h('p', {}, n.aliases.join(', ')) : null));
  parts.push(section('Titles', n.titles?.length ? h('ul', {}, n.titles.map((t) => h('li', {}, t))) : null));
  const roles = (n.relations || []).filter((r) => r.object && r.predicate !== 'said' && r.predicate !== 'mentioned_in');
  parts.push(section('Roles and relations', roles.length ? h('ul', { class: 'relations' }, roles.map((r) => h('li', {},
    r.subject.id === n.id ? null : [nodeButton(r.subject, go), ' '],
    h('button', { type: 'button', class: 'pred', onclick: () => go.edge(r.id) }, pretty(r.predicate), r.title ? ` (${r.title})` : ''),
    ' ',
    r.object.id === n.id ? null : nodeButton(r.object, go)))) : null));
  if (n.text) parts.push(section('Said', h('blockquote', {}, n.text), n.speakers.map((s) => nodeButton(s, go))));
  if (n.participants) parts.push(section('Who', h('p', { class: 'wrap' }, n.participants.map((p) => nodeButton(p, go)))),
    section('Where', h('p', { class: 'wrap' }, n.places.map((p) => nodeButton(p, go)))));
  if (n.evidence) parts.push(section('Reported in', h('ol', { class: 'evidence' }, n.evidence.map((ev) => h('li', {}, h('blockquote', {}, ev.sentence), source(ev))))));
  if (extras) {
    const quotes = extras.statements.edges.map((e) => e.node);
    parts.push(section(`Quotes (${extras.statements.totalCount})`, quotes.length ? h('ul', { class: 'quotes' }, quotes.map((q) => h('li', {},
      h('blockquote', {}, `“${q.text}”`),
      h('p', { class: 'source' }, q.evidence.map((ev) => h('span', {}, h('code', {}, ev.article.id), ' ', ev.article.date || 'undated'))),
      h('button', { type: 'button', class: 'link small', onclick: () => go.node(q.id) }, 'sentences')))) : null));
    parts.push(section('Timeline', extras.timeline.length ? h('ol', { class: 'timeline' }, extras.timeline.map((ev) => h('li', {},
      h('span', { class: 'date' }, ev.date || 'undated'), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => go.node(ev.id) }, ev.name)))) : null));
  }
  if (n.mentions) parts.push(section('Mentioned in', h('p', { class: 'wrap' }, n.mentions.map((a) => h('code', {}, a.id)))));
  el.replaceChildren(...parts.filter(Boolean));
}

export function renderPaths(el, from, to, paths, go) {
  const back = h('button', { type: 'button', class: 'back', onclick: go.back }, '← All relations');
  el.replaceChildren(back, h('h2', {}, `Paths from ${from} to ${to}`),
    paths.length
      ? h('ol', { class: 'paths' }, paths.map((p) => h('li', {},
          h('p', { class: 'muted' }, `${p.length} step${p.length === 1 ? '' : 's'}`),
          h('ol', { class: 'steps' }, p.steps.map((s) => h('li', {},
            nodeButton(s.subject, go), ' ',
            h('button', { type: 'button', class: 'pred', onclick: () => go.edge(s.id) }, pretty(s.predicate)), ' ',
            nodeButton(s.object, go)))))))
      : h('p', {}, 'No path of up to 5 steps connects them.'));
}
