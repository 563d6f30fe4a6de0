package httpapi_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// The websocket abuse corpus: testdata/wsabuse/*.txt, one hostile session
// per file, played over a real websocket against a real server. A file is
// a list of directives, one a line; # starts a comment.
//
//	protocol P[,Q]   subprotocols the client offers (default graphql-transport-ws; "none": none)
//	send JSON        a text frame
//	binary TEXT      a binary frame
//	repeat N DIR     the directive DIR, N times, without reading in between
//	expect TYPE      the next message (keep-alives aside) is of TYPE
//	expect TYPE CODE ... and carries an error with extensions.code CODE
//	close CODE       the server closes the websocket with status CODE,
//	                 whatever it sends before; "close dropped": it drops
//	                 the connection without a close frame
//
// In send and binary, ${TOKEN} is the server's write token and
// ${REPEAT:N:TEXT} is TEXT N times (TEXT without a closing brace): big
// frames, deep nesting and long documents without big files.
//
// The client reads only at expect and close, so repeat is also a slow
// reader. A send that fails because the server closed the websocket goes
// on to the case's close directive. After each case the server must still
// answer a query over HTTP and take a new websocket: it runs with
// MaxWebsockets 1, so a websocket the case left open on the server side
// would keep the next one out.

// wsCaseDeadline bounds one case, and then the check after it.
const wsCaseDeadline = 15 * time.Second

// wsAbuseToken is the write token of the server the corpus plays against;
// a case sends it as ${TOKEN}.
const wsAbuseToken = "ws-abuse-token-0123456789"

func TestWebsocketAbuseCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/wsabuse/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("%d websocket abuse cases, want at least 30", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			steps, protocols := readWSCase(t, file)
			ctx, cancel := context.WithTimeout(context.Background(), wsCaseDeadline)
			defer cancel()
			store, err := graph.Open(ctx, graph.Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{
				Ingester:              testIngester{store},
				Token:                 wsAbuseToken,
				MaxWebsockets:         1,
				WebsocketInitTimeout:  500 * time.Millisecond,
				WebsocketWriteTimeout: 500 * time.Millisecond,
			}))
			defer srv.Close()
			url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"

			// every step of the case heeds ctx: a case that hangs fails
			// at the deadline with the step it hung in
			playWSCase(ctx, t, url, protocols, steps)
			check, cancelCheck := context.WithTimeout(context.Background(), wsCaseDeadline)
			defer cancelCheck()
			checkServerUnharmed(check, t, srv.URL, url)
		})
	}
}

// wsStep is one directive of a case.
type wsStep struct {
	line       int
	verb, arg  string
	repeat     int
	code, want string // expect's type and code; close's status
}

// readWSCase parses a case file.
func readWSCase(t *testing.T, file string) ([]wsStep, []string) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	protocols := []string{"graphql-transport-ws"}
	var steps []wsStep
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s := wsStep{line: n, repeat: 1}
		verb, arg, _ := strings.Cut(line, " ")
		if verb == "repeat" {
			count, rest, _ := strings.Cut(arg, " ")
			if s.repeat, err = strconv.Atoi(count); err != nil {
				t.Fatalf("%s:%d: repeat %q", file, n, count)
			}
			verb, arg, _ = strings.Cut(rest, " ")
		}
		s.verb, s.arg = verb, expandWS(t, arg)
		switch verb {
		case "protocol":
			protocols = strings.Split(arg, ",")
			if arg == "none" {
				protocols = nil
			}
			continue
		case "send", "binary":
		case "expect":
			s.want, s.code, _ = strings.Cut(arg, " ")
		case "close":
			s.want = arg
		default:
			t.Fatalf("%s:%d: unknown directive %q", file, n, verb)
		}
		steps = append(steps, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return steps, protocols
}

// repeatWS is the ${REPEAT:N:TEXT} of a case's messages.
var repeatWS = regexp.MustCompile(`\$\{REPEAT:(\d+):([^}]*)\}`)

// expandWS substitutes ${TOKEN} and ${REPEAT:N:TEXT} in a message.
func expandWS(t *testing.T, msg string) string {
	msg = strings.ReplaceAll(msg, "${TOKEN}", wsAbuseToken)
	return repeatWS.ReplaceAllStringFunc(msg, func(m string) string {
		sub := repeatWS.FindStringSubmatch(m)
		n, err := strconv.Atoi(sub[1])
		if err != nil || n > 10<<20 {
			t.Fatalf("bad %s", m)
		}
		return strings.Repeat(sub[2], n)
	})
}

// playWSCase runs a case's steps on a new websocket.
func playWSCase(ctx context.Context, t *testing.T, url string, protocols []string, steps []wsStep) {
	conn, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: protocols})
	if err != nil {
		t.Errorf("dial: %v (%v)", err, resp)
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(8 << 20) // pongs echo big pings
	sendFailed := false
	for _, s := range steps {
		if sendFailed && s.verb != "close" {
			continue
		}
		for range s.repeat {
			if err := sendWS(ctx, conn, s); err != nil {
				if ctx.Err() != nil {
					t.Errorf("line %d: %s: %v", s.line, s.verb, err)
					return
				}
				sendFailed = true // the server closed: go on to close
				break
			}
		}
		switch s.verb {
		case "expect":
			if err := expectWS(ctx, conn, s.want, s.code); err != nil {
				t.Errorf("line %d: expect %s %s: %v", s.line, s.want, s.code, err)
				return
			}
		case "close":
			if err := closedWS(ctx, conn, s.want); err != nil {
				t.Errorf("line %d: close %s: %v", s.line, s.want, err)
			}
			return
		}
	}
	if sendFailed {
		t.Error("a send failed, and the case expects no close")
	}
}

// sendWS sends what s sends, if anything.
func sendWS(ctx context.Context, conn *websocket.Conn, s wsStep) error {
	switch s.verb {
	case "send":
		return conn.Write(ctx, websocket.MessageText, []byte(s.arg))
	case "binary":
		return conn.Write(ctx, websocket.MessageBinary, []byte(s.arg))
	}
	return nil
}

// wsMessage is a message of either protocol, with the first error's code
// whether it comes in an error message (a list of errors) or in a result.
type wsMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	Payload json.RawMessage `json:"payload"`
}

func (m wsMessage) code() (code string, hasErrors bool) {
	type gqlErr struct {
		Extensions struct{ Code string }
	}
	var list []gqlErr
	if json.Unmarshal(m.Payload, &list) != nil {
		var resp struct{ Errors []gqlErr }
		json.Unmarshal(m.Payload, &resp)
		list = resp.Errors
	}
	if len(list) == 0 {
		return "", false
	}
	return list[0].Extensions.Code, true
}

// expectWS reads the next message but keep-alives and checks its type and
// error code.
func expectWS(ctx context.Context, conn *websocket.Conn, typ, code string) error {
	for {
		_, b, err := conn.Read(ctx)
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("server sent %q: %w", b, err)
		}
		if m.Type == "ka" {
			continue
		}
		got, hasErrors := m.code()
		switch {
		case m.Type != typ:
			return fmt.Errorf("got %s", b)
		case code == "" && hasErrors:
			return fmt.Errorf("got errors: %s", b)
		case code != "" && got != code:
			return fmt.Errorf("got code %q: %s", got, b)
		}
		return nil
	}
}

// closedWS reads until the server closes the websocket and checks how.
func closedWS(ctx context.Context, conn *websocket.Conn, want string) error {
	for {
		_, _, err := conn.Read(ctx)
		if err == nil {
			continue // what the server sent before closing
		}
		if ctx.Err() != nil {
			return fmt.Errorf("still open at the deadline: %w", err)
		}
		status := websocket.CloseStatus(err)
		if want == "dropped" {
			if status != -1 {
				return fmt.Errorf("closed with %d, want a dropped connection", status)
			}
			return nil
		}
		if strconv.Itoa(int(status)) != want {
			return fmt.Errorf("closed with %d (%v)", status, err)
		}
		return nil
	}
}

// checkServerUnharmed asks the server a query over HTTP, then opens a new
// websocket (the only one it allows), initialises it and runs a query on
// it.
func checkServerUnharmed(ctx context.Context, t *testing.T, base, url string) {
	t.Helper()
	body := strings.NewReader(`{"query": "{ articles { id } }"}`)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", body)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("query after the case: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("query after the case: HTTP %d", resp.StatusCode)
	}
	var conn *websocket.Conn
	for {
		c, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err == nil {
			conn = c
			break
		}
		if ctx.Err() != nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("the case's websocket was never released: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	defer conn.CloseNow()
	for _, s := range []struct{ send, want string }{
		{`{"type":"connection_init"}`, "connection_ack"},
		{`{"id":"after","type":"subscribe","payload":{"query":"{ articles { id } }"}}`, "next"},
	} {
		if err := conn.Write(ctx, websocket.MessageText, []byte(s.send)); err != nil {
			t.Fatalf("websocket after the case: %v", err)
		}
		if err := expectWS(ctx, conn, s.want, ""); err != nil {
			t.Fatalf("websocket after the case: %v", err)
		}
	}
	conn.Close(websocket.StatusNormalClosure, "")
}
