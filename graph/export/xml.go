package export

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
)

// xmlWriter writes XML by hand, which keeps the writers streaming and
// allocation-light where encoding/xml's Encoder would need a struct per
// element. All character data goes through xml.EscapeText, which escapes
// markup and whitespace characters that attribute normalisation would
// otherwise eat (tab, newline, carriage return) and replaces characters that
// XML 1.0 forbids (control characters, U+FFFE, U+FFFF, invalid UTF-8) with
// U+FFFD, so the output is well-formed whatever the articles contained.
//
// Write errors are sticky in the bufio.Writer; callers check the error of
// flush once at the end instead of after every call.
type xmlWriter struct {
	w       *bufio.Writer
	scratch []byte // reused to hand strings to xml.EscapeText without allocating
}

func newXMLWriter(w io.Writer) *xmlWriter {
	return &xmlWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// raw writes s unescaped: markup written by this package only.
func (x *xmlWriter) raw(s string) { x.w.WriteString(s) }

// text writes s as escaped character data.
func (x *xmlWriter) text(s string) {
	x.scratch = append(x.scratch[:0], s...)
	x.textBytes(x.scratch)
}

// textBytes writes b as escaped character data.
func (x *xmlWriter) textBytes(b []byte) {
	_ = xml.EscapeText(x.w, b) // its only error is the writer's, kept by bufio
}

// attr writes ` name="value"` with value escaped.
func (x *xmlWriter) attr(name, value string) {
	x.w.WriteByte(' ')
	x.w.WriteString(name)
	x.w.WriteString(`="`)
	x.text(value)
	x.w.WriteByte('"')
}

// intAttr writes ` name="n"`.
func (x *xmlWriter) intAttr(name string, n int) {
	x.w.WriteByte(' ')
	x.w.WriteString(name)
	x.w.WriteString(`="`)
	x.scratch = strconv.AppendInt(x.scratch[:0], int64(n), 10)
	x.w.Write(x.scratch)
	x.w.WriteByte('"')
}

// flush writes out the buffer and returns the first error any write met.
func (x *xmlWriter) flush() error { return x.w.Flush() }
