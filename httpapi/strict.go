package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// checkText refuses a request whose body or query string is not valid
// UTF-8, or escapes a lone UTF-16 surrogate ("\udc00"): decoding would
// turn either into U+FFFD silently, and the client would get answers about
// a name it did not send. The body is read (bounded by the caller's
// MaxBytesReader), put back, and returned: nil when the request is not a
// POST or its body could not be read whole.
func checkText(r *http.Request) ([]byte, error) {
	if r.URL.RawQuery != "" {
		q, err := url.QueryUnescape(r.URL.RawQuery)
		if err == nil && !utf8.ValidString(q) {
			return nil, fmt.Errorf("the query string is not valid UTF-8")
		}
		if err == nil && loneSurrogate([]byte(q)) {
			return nil, fmt.Errorf("the query string escapes a lone UTF-16 surrogate (\\uD800–\\uDFFF): not a character")
		}
	}
	if r.Body == nil || r.Body == http.NoBody || r.Method != http.MethodPost {
		return nil, nil
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		// gqlgen reports it (a body over the limit) as before
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), failingReader{err}))
		return nil, nil
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !utf8.Valid(body) {
		i := 0
		for i < len(body) {
			c, n := utf8.DecodeRune(body[i:])
			if c == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return nil, fmt.Errorf("the request body is not valid UTF-8 (byte offset %d)", i)
	}
	if loneSurrogate(body) {
		return nil, fmt.Errorf("the request body escapes a lone UTF-16 surrogate (\\uD800–\\uDFFF): not a character")
	}
	return body, nil
}

// loneSurrogate reports whether JSON text b has a \u escape of a UTF-16
// surrogate that is not half of a pair.
func loneSurrogate(b []byte) bool {
	for i := 0; i+6 <= len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		if b[i+1] != 'u' {
			i++ // an escaped character, perhaps a backslash
			continue
		}
		r, ok := hex4(b[i+2 : i+6])
		if !ok || !utf16.IsSurrogate(r) {
			i += 5
			continue
		}
		if r >= 0xDC00 || i+12 > len(b) || b[i+6] != '\\' || b[i+7] != 'u' {
			return true
		}
		lo, ok := hex4(b[i+8 : i+12])
		if !ok || lo < 0xDC00 || lo > 0xDFFF {
			return true
		}
		i += 11
	}
	return false
}

func hex4(b []byte) (rune, bool) {
	n, err := strconv.ParseUint(string(b), 16, 16)
	return rune(n), err == nil
}

// strictVariables refuses variables of the wrong JSON type, which gqlgen
// would coerce: a number for a String or ID, a string for an Int. The
// GraphQL spec coerces input literals only where no information is lost;
// a client sending 5 for a name has a bug worth telling it about. It also
// names the problem of a document with several operations and no
// operationName, which gqlgen reports as "operation  not found".
type strictVariables struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = &strictVariables{}

func (*strictVariables) ExtensionName() string { return "StrictVariables" }

func (s *strictVariables) Validate(schema graphql.ExecutableSchema) error {
	s.schema = schema.Schema()
	return nil
}

func (s *strictVariables) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, ParserTokenLimit)
	if err != nil || len(doc.Operations) == 0 {
		return nil // gqlgen reports it
	}
	op := doc.Operations.ForName(p.OperationName)
	if op == nil {
		var names []string
		for _, o := range doc.Operations {
			if o.Name == "" {
				names = append(names, "an anonymous operation")
			} else {
				names = append(names, o.Name)
			}
		}
		msg := fmt.Sprintf("the document has %d operations (%s): operationName must name the one to run", len(doc.Operations), strings.Join(names, ", "))
		if p.OperationName != "" {
			msg = fmt.Sprintf("no operation named %q: the document has %s", p.OperationName, strings.Join(names, ", "))
		}
		gerr := gqlerror.Errorf("%s", truncate(msg))
		gerr.Extensions = map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}
		return gerr
	}
	for _, v := range op.VariableDefinitions {
		val, ok := p.Variables[v.Variable]
		if !ok {
			continue
		}
		if msg := s.check(v.Type, val, 0); msg != "" {
			gerr := gqlerror.Errorf("variable $%s: %s", v.Variable, msg)
			gerr.Extensions = map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}
			return gerr
		}
	}
	return nil
}

// check returns what is wrong with JSON value v as a value of type t, or
// "" when nothing is (or when the type is left to gqlgen's validation).
func (s *strictVariables) check(t *ast.Type, v any, depth int) string {
	if v == nil || t == nil || depth > 20 {
		return ""
	}
	if t.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			return s.check(t.Elem, v, depth+1) // one value for a list of one
		}
		for i, x := range list {
			if msg := s.check(t.Elem, x, depth+1); msg != "" {
				return fmt.Sprintf("item %d: %s", i, msg)
			}
		}
		return ""
	}
	def := s.schema.Types[t.NamedType]
	if def == nil {
		return ""
	}
	switch def.Kind {
	case ast.Scalar:
		switch def.Name {
		case "Int":
			if !isInteger(v) {
				return fmt.Sprintf("%s is not an Int", jsonKind(v))
			}
		case "Float":
			if !isNumber(v) {
				return fmt.Sprintf("%s is not a Float", jsonKind(v))
			}
		case "Boolean":
			if _, ok := v.(bool); !ok {
				return fmt.Sprintf("%s is not a Boolean", jsonKind(v))
			}
		case "ID":
			if _, ok := v.(string); !ok && !isInteger(v) {
				return fmt.Sprintf("%s is not an ID (a string or an integer)", jsonKind(v))
			}
		default: // String and the custom scalars (Date), all strings
			if _, ok := v.(string); !ok {
				return fmt.Sprintf("%s is not a %s: send a JSON string", jsonKind(v), def.Name)
			}
		}
	case ast.Enum:
		if _, ok := v.(string); !ok {
			return fmt.Sprintf("%s is not a %s value", jsonKind(v), def.Name)
		}
	case ast.InputObject:
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s is not a %s object", jsonKind(v), def.Name)
		}
		for _, f := range def.Fields {
			if msg := s.check(f.Type, obj[f.Name], depth+1); msg != "" {
				return f.Name + ": " + msg
			}
		}
	}
	return ""
}

func isNumber(v any) bool {
	switch v.(type) {
	case json.Number, float64, int, int64:
		return true
	}
	return false
}

func isInteger(v any) bool {
	switch n := v.(type) {
	case json.Number:
		_, err := strconv.ParseInt(string(n), 10, 64)
		return err == nil
	case int, int64:
		return true
	case float64:
		return n == float64(int64(n))
	}
	return false
}

// jsonKind names the JSON type of a decoded value, for messages.
func jsonKind(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number, float64, int, int64:
		return fmt.Sprintf("the number %v", v)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// failingReader returns err: a body put back with the error its reading
// ended in.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }
