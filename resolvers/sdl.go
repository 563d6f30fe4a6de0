package resolvers

import (
	"bytes"
	"net/http"

	"github.com/vektah/gqlparser/v2/formatter"

	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// schemaHandler serves the schema the endpoint runs as SDL, for clients
// and code generators that read a file rather than introspect.
func schemaHandler() http.Handler {
	var b bytes.Buffer
	formatter.NewFormatter(&b, formatter.WithComments()).FormatSchema(generated.NewExecutableSchema(generated.Config{}).Schema())
	sdl := b.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/graphql; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(sdl)
	})
}
