package resolvers

import (
	"context"
	"errors"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/resolvers/model"
)

// Error codes, set in a GraphQL error's extensions.code.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeTimeout      = "TIMEOUT"
	CodeTooLarge     = "REQUEST_TOO_LARGE"
	CodeForbidden    = "FORBIDDEN"
	CodeInternal     = "INTERNAL_SERVER_ERROR"
)

// userError is an error the client caused; its message and code are shown.
type userError struct{ code, msg string }

func (e *userError) Error() string { return e.msg }

// badInput returns a BAD_USER_INPUT error whose message is shown as is.
func badInput(format string, args ...any) error {
	return &userError{CodeBadUserInput, fmt.Sprintf(format, args...)}
}

// InvalidArticle marks an ingest error that lies in the article handed in
// (empty, binary, a bad date): the client sees its message as
// BAD_USER_INPUT instead of an internal error.
func InvalidArticle(err error) error {
	return &userError{CodeBadUserInput, err.Error()}
}

// errReadOnly refuses a mutation on a server that takes no writes.
var errReadOnly = &userError{CodeForbidden, "this server is read-only: writes are disabled"}

// notFound returns a NOT_FOUND error whose message is shown as is.
func notFound(format string, args ...any) error {
	return &userError{CodeNotFound, fmt.Sprintf(format, args...)}
}

// orNull turns "not found" into a GraphQL null, as the schema promises for
// look-ups, and passes other errors on.
func orNull[T any](v *T, err error) (*T, error) {
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return v, nil
}

// pageSize checks a `first` argument against its maximum.
func pageSize(first *int, maximum int) (int, error) {
	if first == nil {
		return min(20, maximum), nil
	}
	if *first < 1 || *first > maximum {
		return 0, badInput("first must be between 1 and %d, got %d", maximum, *first)
	}
	return *first, nil
}

// PresentError is the one place where errors become what clients see:
// client mistakes keep their message and get a code; store and internal
// failures are logged by the caller's logger and shown as "internal error"
// so that no backend detail leaks.
func PresentError(logf func(format string, args ...any)) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			return gqlErr // parse and validation errors: already client-facing
		}
		e := graphql.DefaultErrorPresenter(ctx, err)
		var ue *userError
		var ie *model.InputError
		switch {
		case errors.As(err, &ue):
			e.Message = ue.msg
			setCode(e, ue.code)
		case errors.As(err, &ie):
			e.Message = ie.Msg
			setCode(e, CodeBadUserInput)
		case errors.Is(err, graph.ErrNotFound):
			e.Message = "not found"
			setCode(e, CodeNotFound)
		case errors.Is(err, context.DeadlineExceeded):
			e.Message = "request timed out"
			setCode(e, CodeTimeout)
		default:
			if logf != nil {
				logf("graphql: %s: %v", e.Path, err)
			}
			e.Message = "internal error"
			setCode(e, CodeInternal)
		}
		return e
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}
