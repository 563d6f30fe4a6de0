// Package models embeds the trained models of the linguistic layer, as
// cmd/train writes them (make train). They derive from UD English-EWT
// (CC BY-SA 4.0) and UD English-GUM (CC BY 4.0): see NOTICE.
package models

import "embed"

// FS holds the model files.
//
//go:embed *.weights *.lex *.labels *.model
var FS embed.FS
