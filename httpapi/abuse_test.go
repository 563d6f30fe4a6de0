package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"

	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/resolvers"
)

// The abuse corpus: malformed and hostile requests, one per file of
// testdata/abuse/, each answered with a GraphQL error that has a code.
//
// A file is an HTTP request:
//
//	# what it tries (comment lines first; "# want: CODE" asserts the code)
//	POST /graphql
//	Content-Type: application/json
//
//	{"query": "{ articles { id } }"}
//
// The request line, headers and body are text/template templates with the
// delimiters {% %} (GraphQL and JSON never write them), so that large
// requests stay small on disk: {% repeat "s" n %} repeats s n times,
// {% aliases n "field" %} writes n aliased copies of a selection,
// {% token %} is the server's write token and {% nul %} a NUL byte.

type abuseCase struct {
	name, want, method, path string
	header                   http.Header
	body                     []byte
}

var abuseFuncs = template.FuncMap{
	"repeat": strings.Repeat,
	"aliases": func(n int, sel string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "a%d: %s ", i, sel)
		}
		return b.String()
	},
	"seq": func(n int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = i
		}
		return s
	},
	"token": func() string { return testToken },
	"nul":   func() string { return "\x00" },
}

func readAbuseCase(path string) (abuseCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return abuseCase{}, err
	}
	tmpl, err := template.New(filepath.Base(path)).Delims("{%", "%}").Funcs(abuseFuncs).Parse(string(raw))
	if err != nil {
		return abuseCase{}, err
	}
	var expanded bytes.Buffer
	if err := tmpl.Execute(&expanded, nil); err != nil {
		return abuseCase{}, err
	}
	c := abuseCase{name: filepath.Base(path), header: http.Header{}}
	r := bufio.NewReader(&expanded)
	line := func() (string, error) {
		s, err := r.ReadString('\n')
		return strings.TrimRight(s, "\r\n"), err
	}
	for {
		l, err := line()
		if err != nil {
			return c, fmt.Errorf("no request line")
		}
		if want, ok := strings.CutPrefix(l, "# want: "); ok {
			c.want = strings.TrimSpace(want)
		}
		if !strings.HasPrefix(l, "#") {
			c.method, c.path, _ = strings.Cut(l, " ")
			break
		}
	}
	for {
		l, err := line()
		if l == "" || err != nil {
			break
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return c, fmt.Errorf("header line %q", l)
		}
		c.header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	c.body, _ = io.ReadAll(r)
	c.body = bytes.TrimSuffix(c.body, []byte("\n"))
	return c, nil
}

// abuseServer serves the sample articles with writes enabled behind the
// token, and collects what the server logs: internal errors and
// recovered panics end up there.
func abuseServer(t *testing.T) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	store := newSampleStore(t)
	var mu sync.Mutex
	var log bytes.Buffer
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{
		Ingester: testIngester{store},
		Token:    testToken,
		Timeout:  5 * time.Second,
		Logf: func(format string, args ...any) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(&log, format+"\n", args...)
		},
	}))
	t.Cleanup(srv.Close)
	return srv, &log
}

func TestAbuseCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/abuse/*.http")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 100 {
		t.Errorf("abuse corpus has %d requests, want at least 100", len(files))
	}
	srv, log := abuseServer(t)
	// Bounds the whole corpus, not any one request: a request that hangs
	// fails here instead of hanging the test binary.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Each request gets 30 s, three times the server's deadline, so that
	// one that hangs is reported by name and the others still run.
	client := &http.Client{Timeout: 30 * time.Second}
	start := time.Now()
	for _, f := range files {
		c, err := readAbuseCase(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		req, err := http.NewRequestWithContext(ctx, c.method, srv.URL+c.path, bytes.NewReader(c.body))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		req.Header = c.header
		if c.header.Get("Transfer-Encoding") == "chunked" {
			req.ContentLength = -1 // the body's size is not announced
			req.Header.Del("Transfer-Encoding")
			req.Body = io.NopCloser(bytes.NewReader(c.body))
		}
		began := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				err = ue.Err // not the URL, which may be 64 kB
			}
			t.Errorf("%s: no answer: %v", c.name, err)
			continue
		}
		if d := time.Since(began); d > time.Second {
			t.Logf("%s: %v", c.name, d.Round(time.Millisecond))
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Errorf("%s: reading the answer: %v", c.name, err)
			continue
		}
		var out gqlResponse
		if err := json.Unmarshal(body, &out); err != nil {
			t.Errorf("%s: %d answer is not JSON: %.200q", c.name, resp.StatusCode, body)
			continue
		}
		if len(out.Errors) == 0 {
			t.Errorf("%s: %d answer without errors: %.300s", c.name, resp.StatusCode, body)
			continue
		}
		for _, e := range out.Errors {
			code, _ := e.Extensions["code"].(string)
			switch {
			case code == "":
				t.Errorf("%s: error without a code: %q", c.name, e.Message)
			case code == resolvers.CodeInternal:
				t.Errorf("%s: internal error (status %d)", c.name, resp.StatusCode)
			}
		}
		if code, _ := out.Errors[0].Extensions["code"].(string); c.want != "" && code != c.want {
			t.Errorf("%s: code %s (%q), want %s", c.name, code, out.Errors[0].Message, c.want)
		}
		if resp.StatusCode >= 500 {
			t.Errorf("%s: status %d", c.name, resp.StatusCode)
		}
		if len(body) > 64<<10 {
			t.Errorf("%s: %d bytes of errors: a hostile request should not get a large answer", c.name, len(body))
		}
	}
	t.Logf("%d abusive requests answered in %v", len(files), time.Since(start).Round(time.Millisecond))

	// the server is unharmed and answers a normal query
	_, out := send(t, srv, `{ actor(name: "Peskov") { name } }`, nil)
	if len(out.Errors) != 0 || !strings.Contains(string(out.Data), "Dmitry Peskov") {
		t.Errorf("after the corpus: %s %+v", out.Data, out.Errors)
	}
	if strings.Contains(log.String(), "panic") || strings.Contains(log.String(), "graphql:") {
		t.Errorf("the server logged internal errors:\n%.2000s", log.String())
	}
}
