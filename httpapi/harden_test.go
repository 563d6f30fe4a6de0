package httpapi

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/resolvers"
)

func TestPresentCodes(t *testing.T) {
	var logged []string
	present := presentCodes(resolvers.PresentError(func(f string, a ...any) { logged = append(logged, fmt.Sprintf(f, a...)) }), 1<<20)
	ctx := context.Background()

	e := present(ctx, fmt.Errorf("node x: %w", context.Canceled))
	if e.Extensions["code"] != CodeCanceled || len(logged) != 0 {
		t.Errorf("a canceled request: code %v, logged %q; want %s and nothing logged", e.Extensions["code"], logged, CodeCanceled)
	}
	e = present(ctx, resolvers.BadInput("no actor named %q", strings.Repeat("é", 100000)))
	if len(e.Message) > maxMessage+len("…") || !utf8.ValidString(e.Message) || e.Extensions["code"] != resolvers.CodeBadUserInput {
		t.Errorf("a long message: %d bytes (valid UTF-8: %v), code %v", len(e.Message), utf8.ValidString(e.Message), e.Extensions["code"])
	}
	e = present(ctx, fmt.Errorf("store: %w", context.DeadlineExceeded))
	if e.Extensions["code"] != resolvers.CodeTimeout {
		t.Errorf("a deadline: code %v, want %s", e.Extensions["code"], resolvers.CodeTimeout)
	}
	e = present(ctx, fmt.Errorf("bolt: disk on fire"))
	if e.Extensions["code"] != resolvers.CodeInternal || e.Message != "internal error" || len(logged) != 1 {
		t.Errorf("an internal error: %q %v, logged %q", e.Message, e.Extensions["code"], logged)
	}
}

func TestWithCodes(t *testing.T) {
	for _, tt := range []struct{ in, wantCode string }{
		{`{"errors":[{"message":"transport not supported"}]}`, CodeBadRequest},
		{`{"errors":[{"message":"x","extensions":{"code":"NOT_FOUND"}}]}`, resolvers.CodeNotFound},
		{`not json`, CodeBadRequest},
		{``, CodeBadRequest},
	} {
		out, code := withCodes([]byte(tt.in))
		if code != tt.wantCode || !strings.Contains(string(out), `"code":"`+tt.wantCode+`"`) {
			t.Errorf("withCodes(%q) = %s, %q; want code %s", tt.in, out, code, tt.wantCode)
		}
	}
}
