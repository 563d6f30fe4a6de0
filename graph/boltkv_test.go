package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// openTestKV opens a fresh bolt file through boltKV.
func openTestKV(t *testing.T) boltKV {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "kv.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return boltKV{db}
}

// scanKeys returns the keys Scan(pref) walks, as strings with '/' between
// their parts.
func scanKeys(t *testing.T, db boltKV, pref hkv.Key) []string {
	t.Helper()
	var out []string
	err := hkv.View(db, func(tx hkv.Tx) error {
		it := tx.Scan(pref)
		defer it.Close()
		for it.Next(context.Background()) {
			k := it.Key()
			s := string(k[0])
			for _, p := range k[1:] {
				s += "/" + string(p)
			}
			out = append(out, s+"="+string(it.Val()))
		}
		return it.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBoltKV: keys of one part live in the root bucket, of more parts in
// nested buckets; Get, Scan by any prefix and Del see them as hidalgo's
// adapter does, which Cayley was written against.
func TestBoltKV(t *testing.T) {
	ctx := context.Background()
	db := openTestKV(t)
	keys := []hkv.Key{
		hkv.SKey("a"), hkv.SKey("b", "a"), hkv.SKey("b", "a1"), hkv.SKey("b", "a2"), hkv.SKey("b", "b"),
		hkv.SKey("c"), hkv.SKey("d", "x", "y"),
	}
	err := hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for i, k := range keys {
			if err := tx.Put(k, hkv.Value(fmt.Sprint(i))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pref hkv.Key
		want []string
	}{
		{nil, []string{"a=0", "b/a=1", "b/a1=2", "b/a2=3", "b/b=4", "c=5", "d/x/y=6"}},
		{hkv.SKey("a"), []string{"a=0"}},
		{hkv.SKey("b"), []string{"b/a=1", "b/a1=2", "b/a2=3", "b/b=4"}},
		{hkv.SKey("b", "a"), []string{"b/a=1", "b/a1=2", "b/a2=3"}},
		{hkv.SKey("b", "a1"), []string{"b/a1=2"}},
		{hkv.SKey("d", "x"), []string{"d/x/y=6"}},
		{hkv.SKey("e", "x"), nil},
		{hkv.SKey("b", "z", "y"), nil},
	} {
		if got := scanKeys(t, db, tc.pref); !slices.Equal(got, tc.want) {
			t.Errorf("Scan(%q) = %q, want %q", tc.pref, got, tc.want)
		}
	}
	err = hkv.View(db, func(tx hkv.Tx) error {
		vals, err := tx.GetBatch(ctx, []hkv.Key{hkv.SKey("b", "a2"), hkv.SKey("b", "zz"), hkv.SKey("q", "a")})
		if err == nil && (string(vals[0]) != "3" || vals[1] != nil || vals[2] != nil) {
			t.Errorf("GetBatch = %q, want [3 nil nil]", vals)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	err = hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, k := range keys {
			if err := tx.Del(k); err != nil {
				return err
			}
		}
		return tx.Del(hkv.SKey("nowhere", "x"))
	})
	if err != nil {
		t.Fatal(err)
	}
	err = hkv.View(db, func(tx hkv.Tx) error {
		for _, k := range keys {
			if _, err := tx.Get(ctx, k); err != hkv.ErrNotFound {
				t.Errorf("Get(%q) after Del: %v, want ErrNotFound", k, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestBoltKVFillsPages: keys that only grow fill the pages of Cayley's log
// to the brim; a bucket of keys in any order keeps room in its pages for
// the keys that will fall between, though less than bbolt's default half.
func TestBoltKVFillsPages(t *testing.T) {
	ctx := context.Background()
	db := openTestKV(t)
	for batch := range 20 {
		err := hkv.Update(ctx, db, func(tx hkv.Tx) error {
			for i := range 500 {
				var id [8]byte
				binary.BigEndian.PutUint64(id[:], uint64(batch*500+i))
				v := make([]byte, 40)
				for _, bucket := range []string{"log", "other"} {
					if err := tx.Put(hkv.Key{[]byte(bucket), id[:]}, v); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		bucket   string
		min, max float64
	}{
		{"log", 0.95, 1},
		{"other", 0.7, 0.85},
	} {
		err := db.db.View(func(tx *bolt.Tx) error {
			st := tx.Bucket([]byte(tc.bucket)).Stats()
			fill := float64(st.LeafInuse) / float64(st.LeafAlloc)
			if fill < tc.min || fill > tc.max {
				t.Errorf("%s: leaf pages %.0f %% full, want %.0f–%.0f %%", tc.bucket, 100*fill, 100*tc.min, 100*tc.max)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestCompactBolt: the compacted copy of a bolt file is the same store
// (the same N-Quads dump, the same documents) in fewer bytes; an existing
// file is never written over, and a store that is not a bolt file is
// refused.
func TestCompactBolt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "src.db"), filepath.Join(dir, "dst.db")
	s, err := Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		if _, err := s.WriteArticle(ctx, sampleArticle(fmt.Sprintf("a%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.DeleteArticle(ctx, "a3"); err != nil { // pages freed, and kept by the file
		t.Fatal(err)
	}
	dump := func(s *Store) string {
		t.Helper()
		var b strings.Builder
		if err := s.WriteNQuads(ctx, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	want := dump(s)
	if err := CompactBolt(src, dst); !errors.Is(err, ErrInUse) {
		t.Errorf("CompactBolt of an open file: %v, want ErrInUse", err)
	}
	s.Close()
	if err := CompactBolt(src, dst); err != nil {
		t.Fatal(err)
	}
	if err := CompactBolt(src, dst); err == nil {
		t.Error("CompactBolt wrote over an existing file")
	}
	if err := CompactBolt(Memory, filepath.Join(dir, "m.db")); !errors.Is(err, ErrNotBolt) {
		t.Errorf("CompactBolt of a memory store: %v, want ErrNotBolt", err)
	}
	c, err := Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(c); got != want {
		t.Errorf("the compacted copy dumps %d bytes of N-Quads, the original %d; want the same", len(got), len(want))
	}
	checkDocument(t, c, sampleArticle("a7").Article)
	c.Close()
	if a, b := pagesInUse(t, src), pagesInUse(t, dst); b >= a {
		t.Errorf("compacted copy: %d pages in use, the original %d; want fewer", b, a)
	}
}

// pagesInUse returns the pages a bolt file uses: its high-water mark less
// its free pages.
func pagesInUse(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true, Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	err = db.View(func(tx *bolt.Tx) error {
		n = int(tx.Size()/int64(db.Info().PageSize)) - db.Stats().FreePageN
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
