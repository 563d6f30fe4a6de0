package main

import (
	"encoding/json"
	"testing"
)

// TestCompleteSentences checks that a Gizmo answer's sentence node ids
// become the documents' text, with offsets only where the script left them
// null, and that what the documents lack is left as it was.
func TestCompleteSentences(t *testing.T) {
	docs := articleSentences{"a1": {
		0: {Index: 0, Start: 0, End: 14, Text: "The rain came."},
		1: {Index: 1, Start: 15, End: 33, Text: "Boats stayed home."},
	}}
	tests := []struct{ name, in, want string }{
		{"offsets filled",
			`{"evidence": [{"sentence": "sent:a1#1~reported", "start": null, "end": null}]}`,
			`{"evidence": [{"sentence": "Boats stayed home.", "start": 15, "end": 33}]}`},
		{"no offsets asked",
			`[{"article": {"id": "a1"}, "sentence": "sent:a1#0"}]`,
			`[{"article": {"id": "a1"}, "sentence": "The rain came."}]`},
		{"offsets already set are kept",
			`{"sentence": "sent:a1#0", "start": 3}`,
			`{"sentence": "The rain came.", "start": 3}`},
		{"unknown sentence kept",
			`{"sentence": "sent:a1#7", "start": null}`,
			`{"sentence": "sent:a1#7", "start": null}`},
		{"unknown article kept",
			`{"sentence": "sent:a2#0"}`,
			`{"sentence": "sent:a2#0"}`},
		{"text that is no node id kept",
			`{"sentence": "Boats stayed home.", "value": "sent:a1#0"}`,
			`{"sentence": "Boats stayed home.", "value": "sent:a1#0"}`},
		{"null sentence kept",
			`{"sentence": null, "start": null}`,
			`{"sentence": null, "start": null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := completeSentences(json.RawMessage(tt.in), docs)
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tt.want), &w); err != nil {
				t.Fatal(err)
			}
			var diffs []string
			if jsonDiff("answer", w, g, &diffs); len(diffs) > 0 {
				t.Errorf("got %s, want %s: %v", got, tt.want, diffs)
			}
		})
	}
	if _, err := completeSentences(json.RawMessage(`{`), docs); err == nil {
		t.Error("an unreadable answer was accepted")
	}
}
