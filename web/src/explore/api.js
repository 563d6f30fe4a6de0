// The explorer's only back end: the public GraphQL API and /export.

export async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`GraphQL answered ${res.status}`);
  }
  if (body.errors?.length && !body.data) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const EVIDENCE = 'evidence { article { id date source outlet title } date sentence sentenceIndex hedging }';

export const Q = {
  meta: `{ stats { firstArticle lastArticle factsByPredicate { predicate count } nodesByType { type count } } }`,
  search: `query Search($q: String!) { search(query: $q, first: 8) { id name type aliases } }`,
  subgraph: `query View($seeds: [String!]!, $depth: Int, $predicates: [String!], $since: Date, $until: Date) {
    subgraph(seeds: $seeds, depth: $depth, predicates: $predicates, since: $since, until: $until, limit: 300) {
      nodes { id label type degree } edges { id source target predicate weight articleIds } truncated } }`,
  edge: `query Edge($s: String!, $o: String!, $p: [String!]) {
    relations(filter: {subject: $s, object: $o, predicates: $p}, first: 5) { edges { node {
      id predicate title value articleCount firstSeen lastSeen confidence hedging
      subject { id name type aliases ... on Actor { titles } } object { id name type aliases } ${EVIDENCE} } } } }`,
  node: `query Node($id: ID!) { node(id: $id) { id name type aliases
      ... on Actor { titles degree relations { id predicate title value articleCount subject { id name type } object { id name type } } mentions { id date } }
      ... on Statement { text via speakers { id name type } about { id name type } ${EVIDENCE} }
      ... on Event { category date places { id name type } participants { id name type } killed injured ${EVIDENCE} }
      ... on Article { title date source outlet } } }`,
  actorExtras: `query Extras($id: String!) {
    timeline(actor: $id) { id name category date places { name } }
    statements(speaker: $id, first: 20) { totalCount edges { node { id text evidence { article { id date } } } } } }`,
  paths: `query Paths($from: String!, $to: String!) { paths(from: $from, to: $to, maxLength: 5, first: 3) {
    length steps { id predicate subject { id name type } object { id name type } } } }`,
};

// exportURL is the /export download of the view's selection.
export function exportURL(format, state) {
  const p = new URLSearchParams({ format });
  if (state.actors.length) p.set('actor', state.actors.join(','));
  p.set('depth', String(state.depth));
  if (state.predicates.length) p.set('predicates', state.predicates.join(','));
  if (state.since) p.set('since', state.since);
  if (state.until) p.set('until', state.until);
  return '/export?' + p;
}
