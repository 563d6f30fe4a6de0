// Preloads GraphiQL with example tabs on a first visit (when the browser has
// no GraphiQL tabs stored yet). Loaded by the page web.go serves at /, before
// GraphiQL reads its state from localStorage.
(function () {
  'use strict';
  var examples = [
    ['WhoIsPeskov', '# Who is Peskov, and what do the articles say about him?\n# The network explorer is at /explore.\nquery WhoIsPeskov {\n  actor(name: "Peskov") {\n    id name type aliases titles\n    relations {\n      predicate\n      subject { name }\n      object { name }\n      value\n      evidence { article { id date } sentence hedging }\n    }\n  }\n}\n'],
    ['Search', '# Actors by part of a name; case and accents do not matter.\nquery Search { search(query: "zelensk") { id name type aliases } }\n'],
    ['Roles', 'query Roles {\n  relations(filter: {subject: "Witkoff", predicates: ["envoy_of", "spokesperson_for", "president_of", "minister_of", "head_of", "member_of"]}) {\n    totalCount\n    edges { node { predicate title object { name } articleCount firstSeen lastSeen confidence hedging } }\n  }\n}\n'],
    ['Timeline', 'query Timeline {\n  timeline(actor: "Russia", categories: ["talks", "meeting", "phone_call"]) {\n    name category date\n    places { name }\n    participants { name }\n    evidence { article { id } sentence }\n  }\n}\n'],
    ['Statements', 'query Statements {\n  statements(speaker: "Peskov", contains: "negotiations") {\n    edges { node { text via evidence { article { id date } sentence } } }\n  }\n}\n'],
    ['Paths', 'query Paths {\n  paths(from: "Karasin", to: "Witkoff", maxLength: 4) {\n    length\n    steps { predicate subject { name } object { name } evidence { sentence } }\n  }\n}\n'],
    ['Neighborhood', 'query Neighborhood {\n  neighborhood(actor: "Peskov", depth: 2, limit: 200) {\n    nodes { id label type degree }\n    edges { id source target predicate weight articleIds }\n    truncated\n  }\n}\n'],
    ['Stats', 'query Stats {\n  stats {\n    quads articles firstArticle lastArticle\n    nodesByType { type count }\n    factsByPredicate { predicate count }\n  }\n}\n'],
  ];
  try {
    if (localStorage.getItem('graphiql:tabState')) return;
    var tabs = examples.map(function (e, i) {
      return { id: 'example-' + i, hash: '', title: e[0], query: e[1], variables: null, headers: null, operationName: e[0], response: null };
    });
    localStorage.setItem('graphiql:tabState', JSON.stringify({ activeTabIndex: 0, tabs: tabs }));
    // GraphiQL opens the stored tab whose query equals the stored query.
    localStorage.setItem('graphiql:query', examples[0][1]);
  } catch (err) {
    // no localStorage (private mode): GraphiQL starts empty
  }
})();
