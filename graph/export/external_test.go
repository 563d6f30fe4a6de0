package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// This file checks the exports with third-party readers: networkx (the
// GraphML and GEXF readers most scripts use), libxml2's xmllint (a strict
// XML 1.0 parser) and Cytoscape.js itself under Node. Each test skips,
// saying what to install, when its tool is missing: Debian's
// python3-networkx and libxml2-utils, and the npm package cytoscape found
// through NODE_PATH.

// networkxCheck reads the files named by argv[1] (a JSON file of paths and
// expected values) with networkx and asserts on what it reads.
const networkxCheck = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf

want = json.load(open(sys.argv[1], encoding="utf-8"))

if "1.3" not in gexf.GEXF.versions:
    # networkx before 3.2 (Debian bookworm has 2.8) knows GEXF up to
    # 1.2draft. The elements used here are the same in 1.3 but for the
    # namespace, so teach it 1.3's namespace rather than skip the check.
    v = dict(gexf.GEXF.versions["1.2draft"])
    v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    gexf.GEXF.versions["1.3"] = v

def check(name, got, expected):
    if got != expected:
        sys.exit("%s: got %r, want %r" % (name, got, expected))

g = nx.read_graphml(want["graphml"])
check("graphml directed", g.is_directed(), True)
check("graphml nodes", g.number_of_nodes(), want["nodes"])
check("graphml edges", g.number_of_edges(), want["edges"])
check("graphml truncated", g.graph.get("truncated"), False)
n = g.nodes[want["node"]]
check("graphml label", n["label"], want["label"])
check("graphml degree", n["degree"], want["degree"])
check("graphml aliases", n["aliases"], want["aliases"])
e = g.edges[want["source"], want["target"], want["edge"]]
check("graphml weight", e["weight"], want["weight"])
check("graphml predicate", e["predicate"], want["predicate"])
check("graphml articles", e["articles"], want["articles"])
check("graphml evidence lines", len(e["evidence"].split("\n")), want["evidence"])

g = nx.read_gexf(want["gexf"])
check("gexf directed", g.is_directed(), True)
check("gexf nodes", g.number_of_nodes(), want["nodes"])
check("gexf edges", g.number_of_edges(), want["edges"])
n = g.nodes[want["node"]]
check("gexf label", n["label"], want["label"])
check("gexf degree", n["degree"], want["degree"])
check("gexf aliases", n["aliases"], want["aliases"])
e = g.edges[want["source"], want["target"], want["edge"]]
check("gexf weight", e["weight"], float(want["weight"]))
check("gexf predicate", e["predicate"], want["predicate"])
check("gexf articles", e["articles"], want["articles"])
check("gexf start", e["start"], want["start"])
check("gexf end", e["end"], want["end"])
check("gexf evidence lines", len(e["evidence"].split("\n")), want["evidence"])
print("networkx", nx.__version__, "ok")
`

// writeExports writes the fixture in the XML formats to dir and returns
// the files' paths.
func writeExports(t *testing.T, dir string) (graphml, gexf string) {
	t.Helper()
	graphml, gexf = filepath.Join(dir, "fixture.graphml"), filepath.Join(dir, "fixture.gexf")
	for path, f := range map[string]Format{graphml: FormatGraphML, gexf: FormatGEXF} {
		var b bytes.Buffer
		if err := Write(&b, f, fixture()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return graphml, gexf
}

// pythons returns the distinct Python interpreters that can import
// networkx: the one on PATH (which may be a virtualenv or pyenv) and
// Debian's, so that both the newest and the packaged reader are tried.
func pythons(t *testing.T) []string {
	var found []string
	seen := map[string]bool{}
	candidates := []string{"/usr/bin/python3"}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append([]string{p}, candidates...)
	}
	for _, p := range candidates {
		out, err := exec.Command(p, "-c", "import sys, networkx; print(sys.executable)").Output()
		if err != nil {
			continue
		}
		exe := strings.TrimSpace(string(out))
		if !seen[exe] {
			seen[exe] = true
			found = append(found, p)
		}
	}
	return found
}

// skipOrFail skips a test whose external tool is missing, unless the run
// demands every tool (ACTORGRAPH_REQUIRE_TOOLS=1, as make test sets after
// installing them): there a missing tool is a broken setup, not a skip.
func skipOrFail(t *testing.T, reason string) {
	t.Helper()
	if os.Getenv("ACTORGRAPH_REQUIRE_TOOLS") == "1" {
		t.Fatal(reason)
	}
	t.Skip(reason)
}

func TestNetworkx(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Python; skipped with -short")
	}
	interpreters := pythons(t)
	if len(interpreters) == 0 {
		skipOrFail(t, "no python3 with networkx: install Debian's python3-networkx to check GraphML and GEXF with a third-party reader")
	}
	dir := t.TempDir()
	graphml, gexf := writeExports(t, dir)
	want, err := json.Marshal(map[string]any{
		"graphml": graphml, "gexf": gexf,
		"nodes": 4, "edges": 4,
		"node": zoe.ID, "label": zoe.Name, "degree": zoe.Degree, "aliases": "Z. Quellmark; Зоя Квельмарк",
		"source": zoe.ID, "target": ministry.ID, "edge": spokesperson.ID,
		"weight": 2, "predicate": "spokesperson_for", "articles": "art-a art-b",
		"start": "2025-03-24", "end": "2025-03-25", "evidence": 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	wantPath := filepath.Join(dir, "want.json")
	if err := os.WriteFile(wantPath, want, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, py := range interpreters {
		cmd := exec.Command(py, "-c", networkxCheck, wantPath)
		cmd.Env = append(os.Environ(), "PYTHONUTF8=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: networkx rejects the export: %v\n%s", py, err, out)
			continue
		}
		t.Logf("%s: %s", py, bytes.TrimSpace(out))
	}
}

func TestXMLLint(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		skipOrFail(t, "no xmllint: install Debian's libxml2-utils to check that the XML exports are well-formed with libxml2")
	}
	graphml, gexf := writeExports(t, t.TempDir())
	for _, path := range []string{graphml, gexf} {
		// --nonet: the schemaLocation hints must not make it fetch anything.
		if out, err := exec.Command(xmllint, "--noout", "--nonet", path).CombinedOutput(); err != nil {
			t.Errorf("xmllint %s: %v\n%s", filepath.Base(path), err, out)
		}
	}
}

// cytoscapeCheck loads the JSON export named by argv[1] the two ways the
// Cytoscape doc says a front end would, with no glue code, and checks what
// Cytoscape.js made of it.
const cytoscapeCheck = `
const cytoscape = require("cytoscape");
const fs = require("fs");
const [file, want] = [process.argv[1], JSON.parse(process.argv[2])];
const doc = JSON.parse(fs.readFileSync(file, "utf8"));
function check(name, got, expected) {
  if (got !== expected) {
    console.error(name + ": got " + JSON.stringify(got) + ", want " + JSON.stringify(expected));
    process.exit(1);
  }
}
const cy = cytoscape({ headless: true, elements: doc.elements });
const added = cytoscape({ headless: true }).add(doc.elements);
check("elements", cy.elements().length, want.nodes + want.edges);
check("cy.add elements", added.length, want.nodes + want.edges);
check("nodes", cy.nodes().length, want.nodes);
check("edges", cy.edges().length, want.edges);
check("label", cy.getElementById(want.node).data("label"), want.label);
const e = cy.getElementById(want.edge);
check("edge source", e.source().id(), want.source);
check("edge target", e.target().id(), want.target);
check("evidence", e.data("evidence").length, want.evidence);
check("outdegree", cy.getElementById(want.source).outdegree(), want.outdegree);
console.log("cytoscape", cytoscape.version || "", "ok");
`

func TestCytoscapeJS(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Node; skipped with -short")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		skipOrFail(t, "no node: install Node.js and the npm package cytoscape to load the JSON export in Cytoscape.js")
	}
	if err := exec.Command(node, "-e", `require.resolve("cytoscape")`).Run(); err != nil {
		skipOrFail(t, "Node cannot find the npm package cytoscape: npm install --prefix DIR cytoscape, then set NODE_PATH=DIR/node_modules")
	}
	var b bytes.Buffer
	if err := Cytoscape(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "fixture.json")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(map[string]any{
		"nodes": 4, "edges": 4, "node": zoe.ID, "label": zoe.Name,
		"edge": spokesperson.ID, "source": zoe.ID, "target": ministry.ID, "evidence": 3, "outdegree": 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "-e", cytoscapeCheck, path, string(want)).CombinedOutput()
	if err != nil {
		t.Fatalf("Cytoscape.js rejects the export: %v\n%s", err, out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
}
