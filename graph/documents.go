package graph

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/lib/pq"
)

// Quads are facts: an article's text and its sentence boundaries are kept
// beside the quad store, in a documents store (a bucket of the bolt file,
// a table of the PostgreSQL schema, a map in memory), and sentences are
// rune offsets into the stored text. The quad store keeps what a graph
// query needs, and one quad per article, predDocument, naming the version
// of its document that the article's facts refer to.
//
// A document is stored under its article id and version, a hash of its
// content, and never changed: a new text is a new version. A write stores
// the document first, then the quads that name it, then drops the
// article's other versions, so that a write that dies midway leaves at
// worst an unused document, and evidence is never read against a text its
// facts were not extracted from.

// predDocument links an article node to the version of its document. It
// is internal to the store, as predKey is (see isInternal).
const predDocument domain.Predicate = "article_doc"

// predDocumentBody carries a whole document, as JSON, in an N-Quads dump
// (WriteNQuads), which must restore the store on its own. It is never
// stored as a quad: ImportNQuads puts it in the documents store.
const predDocumentBody domain.Predicate = "article_document"

// isInternal reports whether p is one of the store's own predicates, which
// are neither facts nor node metadata.
func isInternal(p domain.Predicate) bool { return p == predKey || p == predDocument }

// document is what the documents store keeps of an article: its text, and
// its sentences as rune offsets into it, end exclusive.
type document struct {
	Text      string   `json:"text"`
	Sentences [][2]int `json:"sentences"`

	bytes [][2]int // the sentences' byte offsets, worked out once on decode
}

// newDocument returns the document of article a. Every sentence must be
// the part of a.Text its offsets say, with its position as its index: a
// document keeps only the offsets, so a sentence that disagrees with the
// text would otherwise be lost. Errors wrap ErrInvalid.
func newDocument(a domain.Article) (*document, error) {
	d := &document{Text: a.Text, Sentences: make([][2]int, len(a.Sentences))}
	for i, sen := range a.Sentences {
		d.Sentences[i] = [2]int{sen.Start, sen.End}
	}
	if err := d.index(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	for i, sen := range a.Sentences {
		if sen.Index != i {
			return nil, fmt.Errorf("%w: sentence %d has index %d", ErrInvalid, i, sen.Index)
		}
		if got := d.sentence(i).Text; got != sen.Text {
			return nil, fmt.Errorf("%w: sentence %d (characters %d–%d) reads %q in the article's text, not %q", ErrInvalid, i, sen.Start, sen.End, cut(got, 40), cut(sen.Text, 40))
		}
	}
	return d, nil
}

// cut shortens s to about n characters for an error message.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// index checks the sentences' offsets against the text and works out their
// byte offsets.
func (d *document) index() error {
	if !utf8.ValidString(d.Text) {
		return errors.New("the article's text is not valid UTF-8")
	}
	d.bytes = make([][2]int, len(d.Sentences))
	runes, b := 0, 0 // rune offset runes is at byte offset b
	seek := func(r int) int {
		if r < runes { // sentences out of order: start again
			runes, b = 0, 0
		}
		for runes < r && b < len(d.Text) {
			_, size := utf8.DecodeRuneInString(d.Text[b:])
			b += size
			runes++
		}
		return b
	}
	for i, s := range d.Sentences {
		if s[0] < 0 || s[1] < s[0] {
			return fmt.Errorf("sentence %d: offsets %d–%d", i, s[0], s[1])
		}
		start := seek(s[0])
		end := seek(s[1])
		if runes < s[1] {
			return fmt.Errorf("sentence %d: offsets %d–%d past the end of the article's text (%d characters)", i, s[0], s[1], runes)
		}
		d.bytes[i] = [2]int{start, end}
	}
	return nil
}

// sentence returns sentence n, which must exist.
func (d *document) sentence(n int) domain.Sentence {
	b := d.bytes[n]
	return domain.Sentence{Index: n, Start: d.Sentences[n][0], End: d.Sentences[n][1], Text: d.Text[b[0]:b[1]]}
}

// sentences returns every sentence in order.
func (d *document) sentences() []domain.Sentence {
	out := make([]domain.Sentence, len(d.Sentences))
	for i := range out {
		out[i] = d.sentence(i)
	}
	return out
}

// A document's stored form is its JSON compressed with DEFLATE behind a
// marker byte, deflated: an article's text is about a third of that size
// compressed, and documents were the largest bucket of a bolt file after
// Cayley's log. Stores written before the compression hold the JSON itself,
// which starts with '{', and are read as they are. The version is a hash
// of the JSON either way, so that a document keeps its version whether it
// is stored compressed or not, and in an N-Quads dump (always JSON).
const deflated byte = 0x01

// encode returns the document's stored form and its version.
func (d *document) encode() ([]byte, string) {
	body, err := json.Marshal(d)
	if err != nil {
		panic(fmt.Sprintf("encode document: %v", err)) // strings and ints always encode
	}
	sum := sha256.Sum256(body)
	return deflate(body), hex.EncodeToString(sum[:16])
}

// deflate returns body compressed, behind the marker byte.
func deflate(body []byte) []byte {
	var buf bytes.Buffer
	buf.WriteByte(deflated)
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err == nil {
		_, err = w.Write(body)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		panic(fmt.Sprintf("compress document: %v", err)) // a valid level into memory cannot fail
	}
	return buf.Bytes()
}

// documentJSON returns the JSON of a document's stored form, compressed or
// not (see deflated).
func documentJSON(stored []byte) ([]byte, error) {
	if len(stored) == 0 || stored[0] != deflated {
		return stored, nil
	}
	body, err := io.ReadAll(flate.NewReader(bytes.NewReader(stored[1:])))
	if err != nil {
		return nil, fmt.Errorf("decompress document: %w", err)
	}
	return body, nil
}

// decodeDocument reads a document's stored form.
func decodeDocument(stored []byte) (*document, error) {
	body, err := documentJSON(stored)
	if err != nil {
		return nil, err
	}
	d := &document{}
	if err := json.Unmarshal(body, d); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	if err := d.index(); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	return d, nil
}

// storedDoc is a document as the documents store keeps it.
type storedDoc struct {
	article, version string
	body             []byte
}

// docStore keeps documents by article id and version.
type docStore interface {
	// put stores docs, all or none; a version already stored is kept.
	put(ctx context.Context, docs []storedDoc) error
	// get returns a document's stored form, or ok false.
	get(ctx context.Context, article, version string) (body []byte, ok bool, err error)
	// prune removes, for each article of keep, its versions other than
	// the one keep gives ("" removes them all).
	prune(ctx context.Context, keep map[string]string) error
	// deflateAll compresses the documents stored as plain JSON (see
	// deflated), and returns how many it compressed.
	deflateAll(ctx context.Context) (int, error)
}

// memDocs are a memory store's documents.
type memDocs struct {
	mu sync.RWMutex
	m  map[string]map[string][]byte // article → version → body
}

func newMemDocs() *memDocs { return &memDocs{m: map[string]map[string][]byte{}} }

func (m *memDocs) put(_ context.Context, docs []storedDoc) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, d := range docs {
		if m.m[d.article] == nil {
			m.m[d.article] = map[string][]byte{}
		}
		m.m[d.article][d.version] = d.body
	}
	return nil
}

func (m *memDocs) get(_ context.Context, article, version string) ([]byte, bool, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.m[article][version]
	return b, ok, nil
}

func (m *memDocs) prune(_ context.Context, keep map[string]string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for article, version := range keep {
		for v := range m.m[article] {
			if v != version {
				delete(m.m[article], v)
			}
		}
		if len(m.m[article]) == 0 {
			delete(m.m, article)
		}
	}
	return nil
}

func (m *memDocs) deflateAll(context.Context) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for _, versions := range m.m {
		for v, body := range versions {
			if len(body) > 0 && body[0] != deflated {
				versions[v] = deflate(body)
				n++
			}
		}
	}
	return n, nil
}

// boltDocsBucket is the bucket of a bolt file that holds its documents,
// beside Cayley's, keyed by article id, a zero byte and version.
var boltDocsBucket = []byte("actorgraph-documents")

// boltDocs are a bolt file's documents.
type boltDocs struct{ db hkv.KV }

func boltDocKey(article, version string) hkv.Key {
	return hkv.Key{boltDocsBucket, []byte(article + "\x00" + version)}
}

func (b boltDocs) put(ctx context.Context, docs []storedDoc) error {
	if len(docs) == 0 {
		return nil
	}
	err := hkv.Update(ctx, b.db, func(tx hkv.Tx) error {
		for _, d := range docs {
			if err := tx.Put(boltDocKey(d.article, d.version), d.body); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store %d documents: %w", len(docs), err)
	}
	return nil
}

func (b boltDocs) get(ctx context.Context, article, version string) ([]byte, bool, error) {
	var body []byte
	err := hkv.View(b.db, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, boltDocKey(article, version))
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		body = bytes.Clone(v) // bolt's memory is valid only in the transaction
		return err
	})
	if err != nil {
		return nil, false, fmt.Errorf("read document of %q: %w", article, err)
	}
	return body, body != nil, nil
}

func (b boltDocs) prune(ctx context.Context, keep map[string]string) error {
	if len(keep) == 0 {
		return nil
	}
	err := hkv.Update(ctx, b.db, func(tx hkv.Tx) error {
		var drop []hkv.Key
		for article, version := range keep {
			it := tx.Scan(hkv.Key{boltDocsBucket, []byte(article + "\x00")})
			for it.Next(ctx) {
				k := it.Key()
				if string(k[len(k)-1]) != article+"\x00"+version {
					drop = append(drop, k.Clone())
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return err
			}
		}
		for _, k := range drop {
			if err := tx.Del(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("drop old documents: %w", err)
	}
	return nil
}

// deflateBatch is the number of documents compressed per transaction by
// deflateAll, so that a large file is not rewritten in one.
const deflateBatch = 500

func (b boltDocs) deflateAll(ctx context.Context) (int, error) {
	var plain []hkv.Key // the keys of the documents stored as JSON
	err := hkv.View(b.db, func(tx hkv.Tx) error {
		it := tx.Scan(hkv.Key{boltDocsBucket})
		defer it.Close()
		for it.Next(ctx) {
			if v := it.Val(); len(v) > 0 && v[0] != deflated {
				plain = append(plain, it.Key().Clone())
			}
		}
		return it.Err()
	})
	n := 0
	for err == nil && n < len(plain) {
		batch := plain[n:min(len(plain), n+deflateBatch)]
		err = hkv.Update(ctx, b.db, func(tx hkv.Tx) error {
			for _, k := range batch {
				v, err := tx.Get(ctx, k)
				if err != nil {
					return err
				}
				if err := tx.Put(k, deflate(v)); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			n += len(batch)
		}
	}
	if err != nil {
		return n, fmt.Errorf("compress documents: %w", err)
	}
	return n, nil
}

// sqlDocs are a PostgreSQL store's documents, a table of the store's schema.
type sqlDocs struct{ db *sql.DB }

const sqlDocsTable = `CREATE TABLE IF NOT EXISTS actorgraph_documents (
	article text NOT NULL, version text NOT NULL, body bytea NOT NULL,
	PRIMARY KEY (article, version))`

// openSQLDocs creates the documents table if missing.
func openSQLDocs(ctx context.Context, db *sql.DB) (sqlDocs, error) {
	if _, err := db.ExecContext(ctx, sqlDocsTable); err != nil {
		// another process may have created it meanwhile (see openSQLCounts)
		var ok bool
		if qerr := db.QueryRowContext(ctx, `SELECT to_regclass('actorgraph_documents') IS NOT NULL`).Scan(&ok); qerr != nil || !ok {
			return sqlDocs{}, fmt.Errorf("create documents table: %w", err)
		}
	}
	return sqlDocs{db}, nil
}

func (q sqlDocs) put(ctx context.Context, docs []storedDoc) error {
	if len(docs) == 0 {
		return nil
	}
	arts, vers, bodies := make([]string, len(docs)), make([]string, len(docs)), make([][]byte, len(docs))
	for i, d := range docs {
		arts[i], vers[i], bodies[i] = d.article, d.version, d.body
	}
	_, err := q.db.ExecContext(ctx, `INSERT INTO actorgraph_documents (article, version, body)
		SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[]) ON CONFLICT DO NOTHING`,
		pq.Array(arts), pq.Array(vers), pq.ByteaArray(bodies))
	if err != nil {
		return fmt.Errorf("store %d documents: %w", len(docs), err)
	}
	return nil
}

func (q sqlDocs) get(ctx context.Context, article, version string) ([]byte, bool, error) {
	var body []byte
	err := q.db.QueryRowContext(ctx, `SELECT body FROM actorgraph_documents WHERE article = $1 AND version = $2`, article, version).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read document of %q: %w", article, err)
	}
	return body, true, nil
}

func (q sqlDocs) prune(ctx context.Context, keep map[string]string) error {
	if len(keep) == 0 {
		return nil
	}
	arts, vers := make([]string, 0, len(keep)), make([]string, 0, len(keep))
	for a, v := range keep {
		arts, vers = append(arts, a), append(vers, v)
	}
	_, err := q.db.ExecContext(ctx, `DELETE FROM actorgraph_documents d USING unnest($1::text[], $2::text[]) AS k(article, version)
		WHERE d.article = k.article AND d.version <> k.version`, pq.Array(arts), pq.Array(vers))
	if err != nil {
		return fmt.Errorf("drop old documents: %w", err)
	}
	return nil
}

func (q sqlDocs) deflateAll(ctx context.Context) (int, error) {
	n := 0
	for {
		rows, err := q.db.QueryContext(ctx, `SELECT article, version, body FROM actorgraph_documents
			WHERE get_byte(body, 0) <> $1 LIMIT $2`, int(deflated), deflateBatch)
		if err != nil {
			return n, fmt.Errorf("compress documents: %w", err)
		}
		var docs []storedDoc
		for rows.Next() {
			var d storedDoc
			if err := rows.Scan(&d.article, &d.version, &d.body); err != nil {
				rows.Close()
				return n, fmt.Errorf("compress documents: %w", err)
			}
			d.body = deflate(d.body)
			docs = append(docs, d)
		}
		err = rows.Err()
		rows.Close()
		if err == nil && len(docs) > 0 {
			err = q.replace(ctx, docs)
		}
		if err != nil {
			return n, fmt.Errorf("compress documents: %w", err)
		}
		n += len(docs)
		if len(docs) < deflateBatch {
			return n, nil
		}
	}
}

// replace rewrites the bodies of stored documents.
func (q sqlDocs) replace(ctx context.Context, docs []storedDoc) error {
	arts, vers, bodies := make([]string, len(docs)), make([]string, len(docs)), make([][]byte, len(docs))
	for i, d := range docs {
		arts[i], vers[i], bodies[i] = d.article, d.version, d.body
	}
	_, err := q.db.ExecContext(ctx, `UPDATE actorgraph_documents d SET body = k.body
		FROM unnest($1::text[], $2::text[], $3::bytea[]) AS k(article, version, body)
		WHERE d.article = k.article AND d.version = k.version`,
		pq.Array(arts), pq.Array(vers), pq.ByteaArray(bodies))
	return err
}

// documentQuad is the quad that names version of article id's document.
func documentQuad(id, version string) quad.Quad {
	art := iri(domain.ArticleID(id))
	return quad.Quad{Subject: art, Predicate: pred(predDocument), Object: lit(version), Label: art}
}
