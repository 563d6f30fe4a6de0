package main

// The benchmark's four questions asked of Cayley's own HTTP query API
// (`cayley http`, Gizmo on POST /api/v1/query/gizmo) on the same bolt
// store, so that BENCHMARKS.md can put our GraphQL server next to the
// database it is built on.
//
// The Gizmo scripts return what the GraphQL benchmark documents
// (benchQueries) return, in the same JSON shape, so that an answer of one
// can be checked against the other (loadtest gizmo -check N), except the
// evidence sentences' text and offsets: those are in the documents store,
// not in Cayley, and a script names each sentence by its node id, which
// the check completes from the documents (gizmotext.go); the timed runs
// read no text, where GraphQL's actor and timeline answers do. They are
// written as an informed Cayley user would write them, not as a
// translation of graph/query.go: each hop is one path query over a whole
// frontier, materialised with ForEach before the next, and predicates are
// filtered in the script. Two traps of Cayley v0.7.7's optimiser, measured
// on a 157k-quad store, rule out the obvious forms: chaining hops,
// g.V(a).Both(rel).Both(rel), scans every quad of the listed predicates
// (8.7 s for two hops, against milliseconds one hop at a time), and so
// does tagging a predicate constraint, Out(["<name>", "<type>"], "p")
// (0.3 s to 1 s per call, against 10 ms for Out(null, "p") or an untagged
// Out("<name>")).

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"syscall"
	"text/template"
	"time"

	"github.com/actorgraph/actorgraph/domain"
)

// gizmoEdgePredicates are the predicates that relate two nodes: the facts
// that neighbourhoods, paths and degrees follow. Gizmo has no "every
// non-literal, non-metadata edge" filter, so the scripts name them, as a
// Cayley user would; TestGizmoAgrees catches a predicate the extractor
// starts writing and this list lacks.
var gizmoEdgePredicates = append(slices.Clone(domain.RolePredicates),
	domain.LocatedIn, domain.CapitalOf, domain.PartOf, domain.BasedIn,
	domain.Participant, domain.HeldIn, domain.Attacker, domain.Target, domain.Victim,
	domain.Said, domain.Via, domain.About, domain.Proposed, domain.Endorsed, domain.Rejected)

// gizmoDocPredicate links an article node to the version of its document
// in the store's documents bucket (graph's predDocument, unexported).
const gizmoDocPredicate domain.Predicate = "article_doc"

// gizmoMetaPredicates describe a node, an article or a sentence rather
// than state a fact (domain.Predicate.IsMeta), plus the store's internal
// predicates, unexported in package graph: the name keys ("key") and the
// document version. The sentence predicates are those of stores written
// before the documents store, which Cayley would still read.
var gizmoMetaPredicates = []domain.Predicate{
	domain.Type, domain.Name, domain.Alias, domain.MentionedIn,
	domain.ArticleTitle, domain.ArticleDate, domain.ArticleSource, domain.ArticleOutlet, domain.ArticleHash,
	domain.InArticle, domain.SentenceText, domain.SentenceStart, domain.SentenceEnd,
	domain.ReviewAction, domain.ReviewTarget, domain.ReviewBy, domain.ReviewAt, domain.ReviewNote,
	domain.ReviewOther, domain.ReviewRemoved, domain.ReviewAdded,
	"key", gizmoDocPredicate,
}

// gizmoPrelude is the JavaScript every script starts with: the predicate
// lists and the batched look-ups the four questions share. Values come
// out of Gizmo as "<iri>" for nodes and bare strings or numbers for
// literals; the helpers strip the brackets so that ids compare with the
// GraphQL answer's.
const gizmoPrelude = `{{define "prelude"}}
var rel = {{.Rel}};
var meta = {{.Meta}};
var articleNode = {{.ArticleNode}};
var maxPathExpansions = {{.MaxPathExpansions}};
function isNode(v) { return typeof v === "string" && v.charAt(0) === "<"; }
function bare(v) { return isNode(v) ? v.slice(1, -1) : v; }
function iri(id) { return "<" + id + ">"; }
// V starts a path at the nodes of ids, which must not be empty (g.V() with
// no argument is every node).
function V(ids) { return g.V.apply(g, ids.map(iri)); }
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
function byKey(x, y) { return cmp(x.s, y.s) || cmp(x.p, y.p) || cmp(x.o, y.o); }
function keys(set) { return Object.keys(set).sort(); }
function other(e, id) { return e.s === id ? e.o : e.s; }
// label parses an evidence label, sent:ARTICLE#N[~hedging].
function label(l) {
  var i = l.lastIndexOf("#"), rest = l.slice(i + 1), j = rest.indexOf("~");
  return {article: l.slice(5, i), index: parseInt(j < 0 ? rest : rest.slice(0, j), 10),
    hedging: j < 0 ? "ASSERTED" : rest.slice(j + 1).toUpperCase(),
    sentence: l.slice(0, i + 1) + (j < 0 ? rest : rest.slice(0, j))};
}
// edgesOf returns, for each node of ids, its facts with other nodes in
// either direction: distinct (s, p, o) with their evidence labels, sorted.
function edgesOf(ids) {
  var by = {}, res = {};
  ids.forEach(function(id) { by[id] = {}; });
  function add(n, d) {
    var p = bare(d.p);
    if (!rel[p] || !isNode(d.o)) return;
    var s = bare(d.s), o = bare(d.o), k = s + "\n" + p + "\n" + o;
    var e = by[n][k] || (by[n][k] = {s: s, p: p, o: o, labels: {}});
    e.labels[bare(d.l)] = true;
  }
  if (ids.length) {
    // every predicate, filtered here: a tagged predicate list makes
    // Cayley scan the predicates' quads
    V(ids).tag("s").labelContext(g.V(), "l").out(null, "p").tag("o").forEach(function(d) { add(bare(d.s), d); });
    V(ids).tag("o").labelContext(g.V(), "l").in(null, "p").tag("s").forEach(function(d) { add(bare(d.o), d); });
  }
  ids.forEach(function(id) {
    var l = [];
    for (var k in by[id]) l.push(by[id][k]);
    res[id] = l.sort(byKey);
  });
  return res;
}
// nodes returns each node's type and names: the canonical name is the
// longest the articles gave it (ties alphabetical), the others and the
// aliases are its aliases. A node has a type and name quad per sentence
// that names it, hundreds for a country: one query a node with Unique
// keeps those rows out of the script (60 ms for a batch holding a
// country, 2 ms a node this way).
function nodes(ids) {
  var res = {};
  ids.forEach(function(id) {
    var names = g.V(iri(id)).out("<name>").unique().toArray(), best = "", set = {};
    names.forEach(function(s) { if (s.length > best.length || s.length === best.length && s < best) best = s; });
    names.concat(g.V(iri(id)).out("<alias>").unique().toArray()).forEach(function(s) { if (s !== best) set[s] = true; });
    var t = g.V(iri(id)).out("<type>").toValue();
    res[id] = {id: id, type: t ? t.toUpperCase() : "", name: best, aliases: keys(set)};
  });
  return res;
}
// evidence reads what the graph holds of the sentences behind labels:
// article, index and hedging from the label, and from the article node
// its date and the version of its document (article_doc), without which
// the sentence is null. Cayley holds no text (the documents are in a
// bucket of the bolt file that Cayley does not read): the sentence is its
// node id, and start and end are null, for completeSentences to fill in
// from the documents, as a client of Cayley reads texts from where it
// keeps them.
function evidence(labels) {
  var aids = {}, art = {}, res = {};
  labels.forEach(function(l) { aids[label(l).article] = true; });
  var ids = keys(aids);
  if (ids.length) {
    V(ids.map(function(id) { return articleNode + id; })).tag("a").save("<{{.Doc}}>", "doc")
      .saveOpt("<article_date>", "date").forEach(function(d) { art[bare(d.a)] = d; });
  }
  labels.forEach(function(l) {
    var p = label(l), a = art[articleNode + p.article];
    res[l] = {article: {id: p.article}, date: a && a.date || null, sentence: a ? p.sentence : null, sentenceIndex: p.index,
      start: null, end: null, hedging: p.hedging};
  });
  return res;
}
function byEvidence(x, y) { return cmp(x.article.id, y.article.id) || x.sentenceIndex - y.sentenceIndex; }
{{end}}`

// gizmoScripts are the benchmark's questions as Gizmo scripts; .A and .B
// are node ids (JSON strings). Each emits one result shaped like the
// GraphQL answer's data field.
var gizmoScripts = map[string]string{
	// the actor, every fact it takes part in with its evidence (the
	// sentence, article and date; the text and offsets are completed
	// from the documents), the names at the facts' other ends and the
	// words of the quotes it said
	"actor": `{{template "prelude" .}}
var a = {{.A}};
var node = nodes([a])[a];
var facts = {}, ends = {}, labels = {};
function fact(d) {
  var p = bare(d.p);
  if (meta[p]) return;
  var s = bare(d.s), lit = !isNode(d.o), o = lit ? String(d.o) : bare(d.o), l = bare(d.l);
  var k = s + "\n" + p + "\n" + (lit ? JSON.stringify(o) : o);
  var f = facts[k] || (facts[k] = {s: s, p: p, o: o, lit: lit, labels: []});
  f.labels.push(l);
  labels[l] = true;
  ends[s] = true;
  if (!lit) ends[o] = true;
}
V([a]).tag("s").labelContext(g.V(), "l").out(null, "p").tag("o").forEach(fact);
V([a]).tag("o").labelContext(g.V(), "l").in(null, "p").tag("s").forEach(fact);
var names = nodes(keys(ends)), ev = evidence(keys(labels)), rels = [], degree = 0;
// a quote's value is its words, which its Statement node holds
function value(f) {
  if (f.lit) return f.o;
  return f.p === "said" && names[f.o].type === "STATEMENT" ? g.V(iri(f.o)).out("<text>").toValue() : null;
}
for (var k in facts) {
  var f = facts[k];
  if (!f.lit) degree++;
  rels.push({id: "edge:" + f.s + "|" + f.p + "|" + (f.lit ? JSON.stringify(f.o) : f.o), predicate: f.p,
    subject: {id: f.s, name: names[f.s].name},
    object: f.lit ? null : {id: f.o, name: names[f.o].name}, value: value(f),
    evidence: f.labels.map(function(l) { return ev[l]; }).sort(byEvidence)});
}
rels.sort(function(x, y) {
  return (x.object ? 0 : 1) - (y.object ? 0 : 1) || cmp(x.predicate, y.predicate) ||
    cmp(x.subject.name, y.subject.name) || cmp(x.object ? x.object.name : x.value, y.object ? y.object.name : y.value);
});
g.emit({actor: {id: a, name: node.name, type: node.type, aliases: node.aliases, degree: degree, relations: rels}});
`,

	// the depth-2 ego network, at most 200 nodes, breadth first in the
	// order of graph.Store.Neighborhood so that a truncated answer holds
	// the same nodes; the edges between the nodes, each with the number of
	// articles that state it; each node's degree in the whole graph
	"neighborhood": `{{template "prelude" .}}
var seed = {{.A}}, depth = 2, limit = 200;
var included = {}, order = [seed], truncated = false, cache = {}, frontier = [seed];
included[seed] = true;
function fetch(ids) {
  var got = edgesOf(ids.filter(function(id) { return !cache[id]; }));
  for (var id in got) cache[id] = got[id];
}
for (var hop = 0; hop < depth && !truncated; hop++) {
  fetch(frontier);
  var next = [];
  frontier.forEach(function(id) {
    cache[id].forEach(function(e) {
      var o = other(e, id);
      if (included[o]) return;
      if (order.length >= limit) { truncated = true; return; }
      included[o] = true;
      order.push(o);
      next.push(o);
    });
  });
  frontier = next;
}
fetch(order);
var names = nodes(order), edges = [], done = {};
order.forEach(function(id) {
  cache[id].forEach(function(e) {
    var eid = "edge:" + e.s + "|" + e.p + "|" + e.o;
    if (!included[e.s] || !included[e.o] || done[eid]) return;
    done[eid] = true;
    var arts = {};
    for (var l in e.labels) arts[label(l).article] = true;
    edges.push({id: eid, source: e.s, target: e.o, predicate: e.p, weight: Object.keys(arts).length});
  });
});
edges.sort(function(x, y) { return cmp(x.id, y.id); });
g.emit({neighborhood: {truncated: truncated, edges: edges, nodes: order.map(function(id) {
  return {id: id, label: names[id].name, type: names[id].type, degree: cache[id].length};
})}});
`,

	// up to 3 simple paths of at most 3 steps between two actors, shortest
	// first: graph.Store.Paths's breadth-first order and expansion bound,
	// but meeting in the middle, so that the nodes two steps out are never
	// expanded: the last step must be one of the target's own edges
	"paths": `{{template "prelude" .}}
var from = {{.A}}, to = {{.B}}, first = 3, found = [], expansions = 1;
var E = edgesOf([from, to]), last = {};
E[to].forEach(function(e) { var x = other(e, to); (last[x] = last[x] || []).push(e); });
var l1 = [];
E[from].forEach(function(e) {
  var x = other(e, from);
  if (x === from) return;
  if (x === to) found.push([e]); else l1.push({x: x, steps: [e]});
});
var l2 = [], E1 = found.length >= first ? {} : edgesOf(keys(l1.reduce(function(m, q) { m[q.x] = true; return m; }, {})));
l1.forEach(function(q) {
  if (found.length >= first || ++expansions > maxPathExpansions) return;
  E1[q.x].forEach(function(e) {
    var x = other(e, q.x);
    if (found.length >= first || x === from || x === q.x) return;
    if (x === to) found.push(q.steps.concat([e])); else l2.push({x: x, steps: q.steps.concat([e])});
  });
});
l2.forEach(function(q) {
  if (found.length >= first || ++expansions > maxPathExpansions) return;
  // every edge of the target whose other end is q.x leads to the target,
  // which q's nodes do not hold
  (last[q.x] || []).forEach(function(e) { if (found.length < first) found.push(q.steps.concat([e])); });
});
found = found.slice(0, first);
var ids = {};
found.forEach(function(p) { p.forEach(function(e) { ids[e.s] = true; ids[e.o] = true; }); });
var names = nodes(keys(ids));
g.emit({paths: found.map(function(p) {
  return {length: p.length, steps: p.map(function(e) {
    return {predicate: e.p, subject: {id: e.s, name: names[e.s].name}, object: {id: e.o, name: names[e.o].name}};
  })};
})});
`,

	// the events the actor took part in, attacked, was hit in or hosted,
	// with category, own date (the latest report's), places, participants
	// and evidence sentences, in date order, undated last
	"timeline": `{{template "prelude" .}}
var a = {{.A}};
var ids = {};
V([a]).in(["<participant>", "<attacker>", "<target>", "<held_in>"]).forEach(function(d) { ids[bare(d.id)] = true; });
var evs = keys(ids), view = {}, labels = {}, ends = {};
evs.forEach(function(id) { view[id] = {id: id, category: "", dates: [], places: [], participants: [], labels: {}}; });
if (evs.length) {
  V(evs).tag("e").labelContext(g.V(), "l").out(null, "p").tag("o").forEach(function(d) {
    var p = bare(d.p);
    if (meta[p]) return;
    var v = view[bare(d.e)], l = bare(d.l), o = isNode(d.o) ? bare(d.o) : String(d.o);
    v.labels[l] = labels[l] = true;
    if (p === "category") v.category = o;
    else if (p === "date") v.dates.push({value: o, label: l});
    else if (p === "held_in" && v.places.indexOf(o) < 0) v.places.push(o);
    else if (p === "participant" && v.participants.indexOf(o) < 0) v.participants.push(o);
    if (p === "held_in" || p === "participant") ends[o] = true;
  });
}
var names = nodes(keys(ends).concat(evs)), ev = evidence(keys(labels));
function named(list) {
  return list.map(function(id) { return {name: names[id].name}; }).sort(function(x, y) { return cmp(x.name, y.name); });
}
var out = evs.map(function(id) {
  var v = view[id];
  var dates = v.dates.map(function(d) { return {value: d.value, ev: ev[d.label]}; });
  dates.sort(function(x, y) { return cmp(x.ev.date || "", y.ev.date || "") || byEvidence(x.ev, y.ev); });
  var evidence = keys(v.labels).map(function(l) { return ev[l]; }).sort(byEvidence), seen = {};
  evidence = evidence.filter(function(e) {
    var k = e.article.id + "#" + e.sentenceIndex + "~" + e.hedging;
    return seen[k] ? false : (seen[k] = true);
  });
  var sortDate = dates.length ? dates[dates.length - 1].value : "";
  if (!sortDate) evidence.forEach(function(e) { if (e.date && (!sortDate || e.date < sortDate)) sortDate = e.date; });
  return {id: id, name: names[id].name, sortDate: sortDate, category: v.category,
    date: dates.length ? dates[dates.length - 1].value : null,
    places: named(v.places), participants: named(v.participants),
    evidence: evidence.map(function(e) { return {article: e.article, sentence: e.sentence}; })};
});
out.sort(function(x, y) {
  return (x.date ? 0 : 1) - (y.date ? 0 : 1) || cmp(x.date || "", y.date || "") || cmp(x.sortDate, y.sortDate) || cmp(x.name, y.name);
});
out.forEach(function(e) { delete e.name; delete e.sortDate; });
g.emit({timeline: out});
`,
}

// gizmoTemplates are gizmoScripts parsed, each with the prelude.
var gizmoTemplates = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for name, src := range gizmoScripts {
		t := template.Must(template.New("gizmo").Parse(gizmoPrelude))
		out[name] = template.Must(t.New(name).Parse(src))
	}
	return out
}()

// maxPathExpansions is graph.Store.Paths's bound on the partial paths it
// expands (unexported there), so that both give up at the same point.
const maxPathExpansions = 20000

// gizmoData is what a script template fills in.
type gizmoData struct {
	A, B, Rel, Meta   string // JSON
	ArticleNode       string // JSON: the prefix of an article's node id
	Doc               domain.Predicate
	MaxPathExpansions int
}

// gizmoScript returns the script of the named question about node a (and
// node b, for paths).
func gizmoScript(name, a, b string) ([]byte, error) {
	t, ok := gizmoTemplates[name]
	if !ok {
		return nil, fmt.Errorf("gizmo: no script %q", name)
	}
	rel := map[string]bool{}
	for _, p := range gizmoEdgePredicates {
		rel[string(p)] = true
	}
	meta := map[string]bool{}
	for _, p := range gizmoMetaPredicates {
		meta[string(p)] = true
	}
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	var buf bytes.Buffer
	err := t.Execute(&buf, gizmoData{A: js(a), B: js(b), Rel: js(rel), Meta: js(meta),
		ArticleNode: js(domain.ArticleID("")), Doc: gizmoDocPredicate, MaxPathExpansions: maxPathExpansions})
	if err != nil {
		return nil, fmt.Errorf("gizmo %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// gizmoWorkload is the named benchmark question asked of `cayley http` at
// addr about the nodes ids; paths pairs each node with the one a fixed
// stride away, as graphQLWorkload does with names.
func gizmoWorkload(name, addr string, ids []string) (workload, error) {
	n := len(ids)
	if n == 0 {
		return workload{}, errors.New("gizmo: no nodes to ask about")
	}
	bodies := make([][]byte, n)
	for i, a := range ids {
		var err error
		if bodies[i], err = gizmoScript(name, a, ids[(i+n/2+1)%n]); err != nil {
			return workload{}, err
		}
	}
	return workload{
		name:        "gizmo " + name,
		url:         "http://" + addr + "/api/v1/query/gizmo",
		contentType: "application/javascript",
		body:        func(i int) []byte { return bodies[i%n] },
		check:       checkGizmo,
	}, nil
}

// gizmoAnswer is the body of a Gizmo answer: the emitted results, or an
// error (Cayley answers some errors with 200, some with 400).
type gizmoAnswer struct {
	Result []json.RawMessage `json:"result"`
	Error  string            `json:"error"`
}

// checkGizmo accepts a 200 answer that holds exactly the one result the
// scripts emit.
func checkGizmo(status int, body []byte) string {
	var out gizmoAnswer
	if err := json.Unmarshal(body, &out); err != nil {
		return fmt.Sprintf("HTTP %d, unreadable answer", status)
	}
	if out.Error != "" {
		// Cayley's errors carry no code; the start of the message tells a
		// timeout ("context deadline exceeded") from a script error
		return "Gizmo: " + out.Error[:min(len(out.Error), 60)]
	}
	if status != http.StatusOK {
		return fmt.Sprintf("HTTP %d", status)
	}
	if len(out.Result) != 1 {
		return fmt.Sprintf("Gizmo: %d results, want 1", len(out.Result))
	}
	return ""
}

// startCayley runs `cayley http` read-only on the bolt file db, opened as
// graph/store.go opens it (hidalgo's bbolt, no bloom filter: Cayley's
// default sizes one for 100M quads, 570 MB), and waits until it answers.
// Its log (two lines per request) goes to cayley.log in dir; timeout is
// its limit of one query (its default is 30 s), after which it answers
// with an error.
func startCayley(ctx context.Context, bin, db, dir string, timeout time.Duration) (*cayleyServer, error) {
	abs, err := filepath.Abs(db)
	if err != nil {
		return nil, fmt.Errorf("cayley: %w", err)
	}
	// flags cannot set store options; a config file can
	cfg := filepath.Join(dir, "cayley.yml")
	conf := fmt.Sprintf("store:\n  backend: bbolt\n  address: %q\n  read_only: true\n  options:\n    no_bloom: true\n", abs)
	if err := os.WriteFile(cfg, []byte(conf), 0o644); err != nil {
		return nil, fmt.Errorf("cayley config: %w", err)
	}
	addr, err := freeLocalAddr()
	if err != nil {
		return nil, fmt.Errorf("cayley: %w", err)
	}
	logf, err := os.Create(filepath.Join(dir, "cayley.log"))
	if err != nil {
		return nil, fmt.Errorf("cayley log: %w", err)
	}
	defer logf.Close() // the child has its own descriptor
	cmd := exec.Command(bin, "http", "--config", cfg, "--host", addr, "--timeout", timeout.String())
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	srv := &cayleyServer{cmd: cmd, addr: addr, exited: exited}
	client := &http.Client{Timeout: 5 * time.Second}
	for deadline := time.Now().Add(2 * time.Minute); ; {
		answer, err := gizmoQuery(ctx, client, addr, []byte(`g.emit(1)`))
		if err == nil && len(answer) == 1 {
			return srv, nil
		}
		select {
		case err := <-exited:
			log, _ := os.ReadFile(logf.Name())
			return nil, fmt.Errorf("%s exited before answering (%v):\n%s", bin, err, log)
		case <-ctx.Done():
			srv.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			srv.stop()
			return nil, fmt.Errorf("%s: no answer on %s after 2 minutes: %v", bin, addr, err)
		}
	}
}

// cayleyServer is a `cayley http` that startCayley started.
type cayleyServer struct {
	cmd    *exec.Cmd
	addr   string
	exited chan error // Wait's result, once it exits
}

func (s *cayleyServer) pid() int { return s.cmd.Process.Pid }

// stop ends the server with SIGTERM.
func (s *cayleyServer) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	<-s.exited
}

// freeLocalAddr returns a port on 127.0.0.1 that was free a moment ago:
// cayley http cannot listen on port 0 and tell us the port.
func freeLocalAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// gizmoQuery runs one script and returns its results.
func gizmoQuery(ctx context.Context, client *http.Client, addr string, script []byte) ([]json.RawMessage, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/api/v1/query/gizmo", bytes.NewReader(script))
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out gizmoAnswer
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("gizmo: HTTP %d, unreadable answer: %w", resp.StatusCode, err)
	}
	if out.Error != "" {
		return nil, fmt.Errorf("gizmo: %s", out.Error)
	}
	return out.Result, nil
}

// graphQLQuery runs one GraphQL document and returns its data.
func graphQLQuery(ctx context.Context, client *http.Client, url, doc string, vars map[string]string) (json.RawMessage, error) {
	var out struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := postJSON(ctx, client, url, map[string]any{"query": doc, "variables": vars}, &out); err != nil {
		return nil, err
	}
	if len(out.Errors) > 0 {
		return nil, fmt.Errorf("graphql: %s", out.Errors[0].Message)
	}
	return out.Data, nil
}

// subject is an actor the benchmark asks about: its name for GraphQL, its
// node id for Gizmo.
type subject struct{ name, id string }

// resolveIDs asks GraphQL for the node each name denotes, so that Gizmo is
// asked about the very node GraphQL answers about.
func resolveIDs(ctx context.Context, client *http.Client, url string, names []string) ([]subject, error) {
	out := make([]subject, 0, len(names))
	for _, n := range names {
		data, err := graphQLQuery(ctx, client, url, `query($a: String!) { actor(name: $a) { id } }`, map[string]string{"a": n})
		if err != nil {
			return nil, fmt.Errorf("resolve %q: %w", n, err)
		}
		var d struct{ Actor *struct{ ID string } }
		if err := json.Unmarshal(data, &d); err != nil || d.Actor == nil {
			return nil, fmt.Errorf("resolve %q: no actor (%v)", n, err)
		}
		out = append(out, subject{n, d.Actor.ID})
	}
	return out, nil
}

// pairOf is the index of the second actor of paths question i, as
// graphQLWorkload and gizmoWorkload pair them.
func pairOf(i, n int) int { return (i + n/2 + 1) % n }

// graphQLAnswers asks GraphQL the named benchmark question about each of
// subjects[:n] (paired with the whole list for paths).
func graphQLAnswers(ctx context.Context, client *http.Client, url, name string, subjects []subject, n int) ([]json.RawMessage, error) {
	out := make([]json.RawMessage, n)
	for i := range n {
		vars := map[string]string{"a": subjects[i].name}
		if name == "paths" {
			vars["b"] = subjects[pairOf(i, len(subjects))].name
		}
		var err error
		if out[i], err = graphQLQuery(ctx, client, url, benchQueries[name], vars); err != nil {
			return nil, fmt.Errorf("%s of %q: %w", name, subjects[i].name, err)
		}
	}
	return out, nil
}

// gizmoAnswers asks Gizmo the same, and completes the answers' evidence
// with the sentences of docs (completeSentences).
func gizmoAnswers(ctx context.Context, client *http.Client, addr, name string, subjects []subject, n int, docs articleSentences) ([]json.RawMessage, error) {
	out := make([]json.RawMessage, n)
	for i := range n {
		script, err := gizmoScript(name, subjects[i].id, subjects[pairOf(i, len(subjects))].id)
		if err != nil {
			return nil, err
		}
		res, err := gizmoQuery(ctx, client, addr, script)
		if err != nil {
			return nil, fmt.Errorf("%s of %s: %w", name, subjects[i].id, err)
		}
		if len(res) != 1 {
			return nil, fmt.Errorf("%s of %s: %d results, want 1", name, subjects[i].id, len(res))
		}
		if out[i], err = completeSentences(res[0], docs); err != nil {
			return nil, fmt.Errorf("%s of %s: %w", name, subjects[i].id, err)
		}
	}
	return out, nil
}

// compareAnswers lists how the Gizmo answer to a benchmark question
// differs from the GraphQL one (at most a few differences), none when they
// agree. The actor's relations are compared as a set, each with its
// evidence as a set; the role titles GraphQL adds are left out: the
// Gizmo script returns the title facts themselves (a title predicate with
// the role's evidence), not the title attached to the role.
func compareAnswers(name string, gql, giz json.RawMessage) ([]string, error) {
	var a, b any
	if err := json.Unmarshal(gql, &a); err != nil {
		return nil, fmt.Errorf("graphql %s answer: %w", name, err)
	}
	if err := json.Unmarshal(giz, &b); err != nil {
		return nil, fmt.Errorf("gizmo %s answer: %w", name, err)
	}
	if name == "actor" {
		a, b = canonicalActor(a), canonicalActor(b)
	}
	var diffs []string
	jsonDiff(name, a, b, &diffs)
	return diffs, nil
}

// canonicalActor sorts an actor answer's relations by id and each one's
// evidence, and drops the role titles (see compareAnswers).
func canonicalActor(v any) any {
	actor, _ := v.(map[string]any)["actor"].(map[string]any)
	rels, _ := actor["relations"].([]any)
	key := func(x any) string { b, _ := json.Marshal(x); return string(b) }
	for _, r := range rels {
		r := r.(map[string]any)
		delete(r, "title")
		if evs, ok := r["evidence"].([]any); ok {
			sort.Slice(evs, func(i, j int) bool { return key(evs[i]) < key(evs[j]) })
		}
	}
	sort.Slice(rels, func(i, j int) bool {
		return fmt.Sprint(rels[i].(map[string]any)["id"]) < fmt.Sprint(rels[j].(map[string]any)["id"])
	})
	return v
}

// maxDiffs bounds what jsonDiff reports of one answer.
const maxDiffs = 5

// jsonDiff appends to diffs where decoded JSON values a (GraphQL) and b
// (Gizmo) differ, by path.
func jsonDiff(path string, a, b any, diffs *[]string) {
	if len(*diffs) >= maxDiffs || reflect.DeepEqual(a, b) {
		return
	}
	switch a := a.(type) {
	case map[string]any:
		if b, ok := b.(map[string]any); ok {
			for k := range a {
				jsonDiff(path+"."+k, a[k], b[k], diffs)
			}
			for k := range b {
				if _, ok := a[k]; !ok {
					jsonDiff(path+"."+k, nil, b[k], diffs)
				}
			}
			return
		}
	case []any:
		if b, ok := b.([]any); ok {
			if len(a) != len(b) {
				*diffs = append(*diffs, fmt.Sprintf("%s: %d items in GraphQL, %d in Gizmo", path, len(a), len(b)))
			}
			for i := range min(len(a), len(b)) {
				jsonDiff(fmt.Sprintf("%s[%d]", path, i), a[i], b[i], diffs)
			}
			return
		}
	}
	short := func(v any) string {
		s, _ := json.Marshal(v)
		if len(s) > 120 {
			return string(s[:120]) + "…"
		}
		return string(s)
	}
	*diffs = append(*diffs, fmt.Sprintf("%s: GraphQL %s, Gizmo %s", path, short(a), short(b)))
}

// init makes `loadtest gizmo ...` run runGizmo. main.go has no subcommands
// yet; this hook lives here so that the Gizmo benchmark does not touch
// main.go, and should become a case of main's dispatch.
// runGizmo is `loadtest gizmo`: it samples people from the store with our
// server (as the GraphQL benchmark does, same seed, same people), then
// serves the same bolt file with `cayley http` and asks it the benchmark's
// questions in Gizmo: with -check N it first compares the answers about
// the first N people with GraphQL's, then drives each workload with
// -clients for -duration. Our server and Cayley run one after the other:
// bolt locks the file to one process.
//
//	loadtest gizmo -db store.db [-cayley bin/cayley] [-server bin/server] [-workload bench] [-clients 16] [-duration 20s] [-check 20]
func runGizmo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadtest gizmo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "bolt store to serve (read-only)")
	cayleyBin := fs.String("cayley", "bin/cayley", "Cayley's server binary (scripts/bench-gizmo.sh builds it)")
	serverBin := fs.String("server", "bin/server", "our server binary, to sample people and, with -check, answer in GraphQL")
	workloads := fs.String("workload", "bench", "comma-separated list of "+strings.Join(benchWorkloads, ", ")+"; bench is all four")
	clients := fs.Int("clients", 16, "concurrent clients")
	duration := fs.Duration("duration", 20*time.Second, "how long to send requests, per workload; 0 runs only -check")
	warmup := fs.Duration("warmup", 0, "send requests for this long before each workload's measured run, reported apart")
	timeout := fs.Duration("timeout", 30*time.Second, "client-side limit of one request")
	actors := fs.Int("actors", 500, "how many people to sample from the store")
	seed := fs.Int64("seed", 1, "seed of the sample")
	check := fs.Int("check", 0, "compare the Gizmo and GraphQL answers about the first N sampled people")
	cayleyTimeout := fs.Duration("cayley-timeout", 30*time.Second, "cayley http's limit of one query (its --timeout; 30s is its default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *db == "" || *clients < 1 || *duration < 0 || *actors < 2 || *check < 0 {
		return errors.New("-db is required; -clients positive, -actors at least 2, -duration and -check not negative")
	}
	var names []string
	for _, w := range strings.Split(*workloads, ",") {
		switch w = strings.TrimSpace(w); w {
		case "bench":
			names = append(names, benchWorkloads...)
		case "actor", "neighborhood", "paths", "timeline":
			names = append(names, w)
		default:
			return fmt.Errorf("-workload: unknown %q", w)
		}
	}
	transport := &http.Transport{MaxIdleConns: *clients, MaxIdleConnsPerHost: *clients, MaxConnsPerHost: *clients}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: *timeout}

	subjects, expected, err := sampleWithGraphQL(ctx, client, *serverBin, *db, names, *actors, *seed, *check, stdout, stderr)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "loadtest-gizmo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	t0 := time.Now()
	cay, err := startCayley(ctx, *cayleyBin, *db, dir, *cayleyTimeout)
	if err != nil {
		return err
	}
	defer cay.stop()
	fmt.Fprintf(stdout, "cayley http on %s answers after %v\n", cay.addr, time.Since(t0).Round(time.Millisecond))
	rss := sampleRSS(cay.pid(), 250*time.Millisecond)
	defer rss.stop()

	if *check > 0 {
		n := min(*check, len(subjects))
		failed := false
		for _, name := range names {
			got, err := gizmoAnswers(ctx, client, cay.addr, name, subjects, n, expected.docs)
			if err != nil {
				return err
			}
			agree := 0
			for i := range n {
				diffs, err := compareAnswers(name, expected.answers[name][i], got[i])
				if err != nil {
					return err
				}
				if len(diffs) == 0 {
					agree++
					continue
				}
				failed = true
				fmt.Fprintf(stdout, "check %s of %s differs:\n  %s\n", name, subjects[i].id, strings.Join(diffs, "\n  "))
			}
			fmt.Fprintf(stdout, "check %s: %d of %d answers agree\n", name, agree, n)
		}
		if failed {
			return errors.New("the Gizmo and GraphQL answers differ")
		}
	}
	if *duration == 0 {
		return nil
	}
	ids := make([]string, len(subjects))
	for i, s := range subjects {
		ids[i] = s.id
	}
	for _, name := range names {
		wl, err := gizmoWorkload(name, cay.addr, ids)
		if err != nil {
			return err
		}
		if *warmup > 0 {
			// reported apart, as the GraphQL run does: the first requests
			// read the store rather than the page cache
			drive(ctx, client, wl, *clients, *warmup).report(stdout, wl.name+" (warm-up)", *clients, *warmup)
		}
		before := rss.current()
		res := drive(ctx, client, wl, *clients, *duration)
		res.report(stdout, wl.name, *clients, *duration)
		rss.report(stdout, before)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// sampleWithGraphQL serves db with our server for as long as it takes to
// draw the benchmark's sample of people (sampleActors, so the same people
// as the GraphQL run with the same seed), resolve their node ids and, for
// the first check of them, fetch the GraphQL answers to compare with.
func sampleWithGraphQL(ctx context.Context, client *http.Client, bin, db string, workloads []string, actors int, seed int64, check int, stdout, stderr io.Writer) ([]subject, *graphQLCheck, error) {
	// a generous deadline: this is setup, not the measured run, and
	// paging through the people of a cold 1M-fact store takes longer
	// than the default 10 s
	srv, err := startServer(bin, []string{"serve", "-addr", "127.0.0.1:0", "-db", db, "-read-only", "-timeout", "10m"}, stderr)
	if err != nil {
		return nil, nil, err
	}
	defer srv.stop()
	url := "http://" + srv.addr + "/graphql"
	t0 := time.Now()
	sample, err := sampleActors(ctx, client, url, actors, seed)
	if err != nil {
		return nil, nil, err
	}
	subjects, err := resolveIDs(ctx, client, url, sample.names)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(stdout, "sampled %d of the first %d people in %v\n", len(subjects), sample.seen, time.Since(t0).Round(time.Millisecond))
	expected, err := expectAnswers(ctx, client, url, workloads, subjects, min(check, len(subjects)))
	if err != nil {
		return nil, nil, err
	}
	return subjects, expected, nil
}

// graphQLCheck is what the Gizmo answers are checked against: GraphQL's
// answers to each question about the first subjects, and the sentences of
// the articles their evidence names.
type graphQLCheck struct {
	answers map[string][]json.RawMessage
	docs    articleSentences
}

// expectAnswers asks GraphQL at url the workloads' questions about
// subjects[:n] and reads the sentences their evidence names.
func expectAnswers(ctx context.Context, client *http.Client, url string, workloads []string, subjects []subject, n int) (*graphQLCheck, error) {
	c := &graphQLCheck{answers: map[string][]json.RawMessage{}}
	if n == 0 {
		return c, nil
	}
	for _, name := range workloads {
		var err error
		if c.answers[name], err = graphQLAnswers(ctx, client, url, name, subjects, n); err != nil {
			return nil, err
		}
	}
	var err error
	if c.docs, err = fetchSentences(ctx, client, url, c.answers); err != nil {
		return nil, err
	}
	return c, nil
}
