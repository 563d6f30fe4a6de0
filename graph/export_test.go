package graph

import (
	"bytes"
	"context"
	"fmt"
	"github.com/actorgraph/actorgraph/domain"
	"strings"
	"testing"
)

// TestStreamedExportsMatchTheScan checks the exports that read the store
// article by article against the same exports read in one pass over every
// quad (what a bolt file without the label index gets), byte for byte,
// after a history with rewrites, review decisions and quads of no article,
// on every backend.
func TestStreamedExportsMatchTheScan(t *testing.T) {
	ctx := context.Background()
	envoy := domain.FactID(domain.NodeID(domain.Person, "Tomas Brek"), domain.EnvoyOf, domain.NodeID(domain.Country, "Norland"), false)
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for i := range 4 {
				if _, err := s.WriteArticle(ctx, sampleArticle(fmt.Sprintf("a%d", i))); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.WriteArticle(ctx, renameEnvoy(sampleArticle("a2"), "Pavel Orn")); err != nil {
				t.Fatal(err)
			}
			if _, err := s.RecordReview(ctx, Reject, envoy, "test", ""); err != nil {
				t.Fatal(err)
			}
			foreign := "<urn:x> <urn:knows> <urn:y> .\n<urn:x> <urn:name> \"X\" <urn:elsewhere> .\n"
			if _, err := s.ImportNQuads(ctx, strings.NewReader(foreign), 0); err != nil {
				t.Fatal(err)
			}
			for _, tc := range []struct {
				name  string
				write func(*Store, *bytes.Buffer) error
				check string // in the export
			}{
				{"csv", func(s *Store, b *bytes.Buffer) error { return s.WriteCSV(ctx, b) }, "Pavel Orn"},
				{"nquads", func(s *Store, b *bytes.Buffer) error { return s.WriteNQuads(ctx, b) }, "<urn:elsewhere>"},
			} {
				var streamed, scanned bytes.Buffer
				if err := tc.write(s, &streamed); err != nil {
					t.Fatal(err)
				}
				s.labelScan = true
				err := tc.write(s, &scanned)
				s.labelScan = false
				if err != nil {
					t.Fatal(err)
				}
				if streamed.String() != scanned.String() {
					t.Errorf("%s: streamed export differs from the scan's:\n%s\nscan:\n%s", tc.name, streamed.String(), scanned.String())
				}
				if !strings.Contains(streamed.String(), tc.check) || strings.Count(streamed.String(), "\n") < 20 {
					t.Errorf("%s export lacks %q or is short:\n%s", tc.name, tc.check, streamed.String())
				}
			}
		})
	}
}
