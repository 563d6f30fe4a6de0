package graph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// Node ids and evidence labels are IRIs built from whatever an article's
// file is called ("article:my story", "sent:my story#3"), but N-Quads
// forbids spaces, quotes, angle brackets and a few more characters inside
// an IRI, and Cayley's writer does not escape them: a dump of such an
// article could not be read back, or read back as different quads. So
// dumps escape those characters as \uXXXX, as the N-Quads grammar allows
// (UCHAR), and reading a dump decodes them, which Cayley's reader does not.
// Every other IRI is written unchanged.

// iriForbidden are the characters besides controls, space and DEL that an
// N-Quads IRIREF cannot hold unescaped (Cayley's reader follows the W3C
// grammar). The backslash is escaped too, so that decoding is exact.
const iriForbidden = "<>\"{}|^`\\"

func iriNeedsEscape(r rune) bool {
	return r <= 0x20 || r == 0x7f || strings.ContainsRune(iriForbidden, r)
}

// escapeIRI returns s with the characters N-Quads forbids in an IRI as
// \uXXXX escapes.
func escapeIRI(s string) string {
	if !strings.ContainsFunc(s, iriNeedsEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if iriNeedsEscape(r) {
			fmt.Fprintf(&b, `\u%04X`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unescapeIRI decodes the \uXXXX and \UXXXXXXXX escapes of an IRI read
// from N-Quads. Anything else, a backslash not followed by a valid escape
// included, is kept as it is.
func unescapeIRI(s string) string {
	if !strings.Contains(s, `\u`) && !strings.Contains(s, `\U`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == 'u' || s[i+1] == 'U') {
			n := 4
			if s[i+1] == 'U' {
				n = 8
			}
			if i+2+n <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+2+n], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
					b.WriteRune(rune(v))
					i += 2 + n
					continue
				}
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// mapIRIs returns q with f applied to each of its IRIs.
func mapIRIs(q quad.Quad, f func(string) string) quad.Quad {
	m := func(v quad.Value) quad.Value {
		if iri, ok := v.(quad.IRI); ok {
			return quad.IRI(f(string(iri)))
		}
		return v
	}
	return quad.Quad{Subject: m(q.Subject), Predicate: m(q.Predicate), Object: m(q.Object), Label: m(q.Label)}
}

// encodeQuad prepares a stored quad for an N-Quads writer.
func encodeQuad(q quad.Quad) quad.Quad { return mapIRIs(q, escapeIRI) }

// decodeQuad turns a quad read from N-Quads back into the stored one.
func decodeQuad(q quad.Quad) quad.Quad { return mapIRIs(q, unescapeIRI) }
