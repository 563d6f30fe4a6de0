package httpapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/resolvers/model"

	"github.com/actorgraph/actorgraph/resolvers"
)

// ExportStore is what exports need of the graph; *graph.Store implements it.
type ExportStore interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	FindActor(ctx context.Context, name string) (domain.Node, error)
	Neighborhood(ctx context.Context, seeds []string, opt graph.NeighborhoodOptions) (domain.Subgraph, error)
	FilterGraph(ctx context.Context, f graph.RelationFilter, limit int) (domain.Subgraph, error)
	WriteCSV(ctx context.Context, w io.Writer) error
	WriteNQuads(ctx context.Context, w io.Writer) error
}

// MaxExportEdges bounds a filtered export of the whole graph.
const MaxExportEdges = 200000

// ExportParams are an export's format and filters, as the /export endpoint
// takes them in its query string and the export command in its flags:
//
//	format      csv, nquads, graphml, gexf, cytoscape (json)
//	actor       one or more (comma-separated) ids or names: export their
//	            neighborhood instead of the whole graph
//	depth       neighborhood depth, 1 to 3 (default 1)
//	limit       at most this many nodes (neighborhood) or edges (whole graph)
//	predicates  comma-separated predicates to keep
//	since,until article dates (YYYY-MM-DD) bounding the evidence
//	minArticles keep relations stated by at least this many articles
//
// csv and nquads dump the whole store and take no filter.
type ExportParams = url.Values

// WriteExport writes the export params select to w and returns its content
// type. Client mistakes are errors the presenter would show (BAD_USER_INPUT,
// NOT_FOUND); see ExportStatus.
func WriteExport(ctx context.Context, store ExportStore, p ExportParams, w io.Writer) (string, error) {
	name := p.Get("format")
	if name == "" {
		name = "gexf"
	}
	switch name {
	case "csv":
		if err := rejectFilters(p); err != nil {
			return "", err
		}
		return "text/csv; charset=utf-8", store.WriteCSV(ctx, w)
	case "nquads":
		if err := rejectFilters(p); err != nil {
			return "", err
		}
		return "application/n-quads", store.WriteNQuads(ctx, w)
	}
	format, err := export.ParseFormat(name)
	if err != nil {
		return "", resolvers.BadInput("unknown format %q: want csv, nquads, graphml, gexf or cytoscape", name)
	}
	g, err := exportGraph(ctx, store, p)
	if err != nil {
		return "", err
	}
	return format.ContentType(), export.Write(w, format, g)
}

// rejectFilters refuses filters on the whole-store formats instead of
// silently ignoring them, so nobody mistakes a full dump for a filtered one.
func rejectFilters(p ExportParams) error {
	for k := range p {
		if k != "format" {
			return resolvers.BadInput("format %s dumps the whole store and takes no filter (got %q)", p.Get("format"), k)
		}
	}
	return nil
}

func exportGraph(ctx context.Context, store ExportStore, p ExportParams) (domain.Subgraph, error) {
	w := graph.Window{Since: p.Get("since"), Until: p.Get("until")}
	for _, d := range []string{w.Since, w.Until} {
		if d != "" {
			if _, err := model.UnmarshalDate(d); err != nil {
				return domain.Subgraph{}, resolvers.BadInput("%v", err)
			}
		}
	}
	var preds []domain.Predicate
	if v := p.Get("predicates"); v != "" {
		var err error
		if preds, err = resolvers.Predicates(strings.Split(v, ",")); err != nil {
			return domain.Subgraph{}, err
		}
	}
	if actors := p.Get("actor"); actors != "" {
		depth, err := intParam(p, "depth", 1, 1, graph.MaxDepth)
		if err != nil {
			return domain.Subgraph{}, err
		}
		limit, err := intParam(p, "limit", 500, 1, resolvers.MaxSubgraphSize)
		if err != nil {
			return domain.Subgraph{}, err
		}
		var seeds []string
		for _, a := range strings.Split(actors, ",") {
			id, err := resolvers.Lookup(ctx, store, strings.TrimSpace(a))
			if err != nil {
				return domain.Subgraph{}, err
			}
			seeds = append(seeds, id)
		}
		return store.Neighborhood(ctx, seeds, graph.NeighborhoodOptions{Depth: depth, Predicates: preds, Window: w, Limit: limit, Sentences: true})
	}
	limit, err := intParam(p, "limit", MaxExportEdges, 1, MaxExportEdges)
	if err != nil {
		return domain.Subgraph{}, err
	}
	minArticles, err := intParam(p, "minArticles", 0, 0, 1<<20)
	if err != nil {
		return domain.Subgraph{}, err
	}
	return store.FilterGraph(ctx, graph.RelationFilter{Predicates: preds, Window: w, MinArticles: minArticles}, limit)
}

// intParam reads an optional integer parameter within [lo, hi].
func intParam(p ExportParams, name string, def, lo, hi int) (int, error) {
	v := p.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, resolvers.BadInput("%s must be a whole number, got %q", name, v)
	}
	if n < lo || n > hi {
		return 0, resolvers.BadInput("%s must be between %d and %d, got %d", name, lo, hi, n)
	}
	return n, nil
}

// ExportStatus maps an export error to its HTTP status and code.
func ExportStatus(err error) (int, string, string) {
	code, msg, client := resolvers.ClientError(err)
	switch {
	case client && code == resolvers.CodeNotFound:
		return http.StatusNotFound, code, msg
	case client:
		return http.StatusBadRequest, code, msg
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, resolvers.CodeTimeout, "request timed out"
	}
	return http.StatusInternalServerError, resolvers.CodeInternal, "internal error"
}

// exportHandler serves GET /export: the graph, or an actor's neighborhood,
// as a download in the format asked for.
func exportHandler(store ExportStore, opts Options) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), opts.Timeout)
		defer cancel()
		// Buffer so that a failure half way still gets a clean error
		// response instead of a truncated file.
		var buf bytes.Buffer
		ctype, err := WriteExport(ctx, store, r.URL.Query(), &buf)
		if err != nil {
			status, code, msg := ExportStatus(err)
			if status == http.StatusInternalServerError && opts.Logf != nil {
				opts.Logf("export %s: %v", r.URL.RawQuery, err)
			}
			writeError(w, status, code, msg)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", "actorgraph"+downloadExtension(r.URL.Query().Get("format"))))
		w.Write(buf.Bytes())
	})
}

// downloadExtension is the file extension of a download in the given format.
func downloadExtension(format string) string {
	switch format {
	case "csv":
		return ".csv"
	case "nquads":
		return ".nq"
	}
	if f, err := export.ParseFormat(format); err == nil {
		return f.FileExtension()
	}
	return ".gexf"
}
