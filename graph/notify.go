package graph

import (
	"context"
	"crypto/rand"
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/lib/pq"
)

// Several servers may share one PostgreSQL database, each with its read
// cache. Every write ends with a NOTIFY on writesChannel whose payload
// names the schema written and the writer; every store LISTENs and
// empties its cache when another writer has written to its schema. A
// store whose listening connection is down keeps nothing in its cache
// until the connection is back (PostgreSQL does not queue notifications
// for a listener that is gone), and then starts afresh.
//
// Between a write's commit and the moment a reader's notification
// arrives (milliseconds), that reader may still answer from its cache.
const writesChannel = "actorgraph_writes"

// writesListener hears other processes' writes to the store's schema.
type writesListener struct {
	l      *pq.Listener
	schema string
	self   string // this store's writer id, to ignore its own writes
}

// listen starts hearing other writers to sq's schema; from then on the
// store may cache. Only PostgreSQL has LISTEN.
func (s *Store) listen(ctx context.Context, sq *sqlStore) error {
	if sq.flavour != postgres.Type {
		return nil
	}
	var schema string
	if err := sq.db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("listen for writes: %w", err)
	}
	w := &writesListener{schema: schema, self: rand.Text()}
	w.l = pq.NewListener(sq.dsn, 100*time.Millisecond, 5*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventDisconnected, pq.ListenerEventConnectionAttemptFailed:
			s.lockedCache().setOff(true)
		case pq.ListenerEventReconnected:
			s.lockedCache().setOff(false)
		}
	})
	if err := w.l.Listen(writesChannel); err != nil {
		w.l.Close()
		return fmt.Errorf("listen for writes: %w", err)
	}
	err := s.background(func(ctx context.Context) {
		for {
			select {
			case <-ctx.Done():
				return
			case n, ok := <-w.l.NotificationChannel():
				if !ok {
					return
				}
				// nil: the connection was re-established and notifications
				// may have been missed
				if n == nil || w.heard(n.Extra) {
					s.lockedCache().invalidate()
				}
			}
		}
	})
	if err != nil {
		w.l.Close()
		return err
	}
	s.listener = w
	return nil
}

// heard reports whether a notification's payload is another writer's
// write to this store's schema.
func (w *writesListener) heard(payload string) bool {
	schema, writer, _ := strings.Cut(payload, " ")
	return schema == w.schema && writer != w.self
}

// notifyWrite tells the other servers of a write that has committed.
func (s *Store) notifyWrite(ctx context.Context) error {
	sq, ok := s.qs.(*sqlStore)
	if !ok || s.listener == nil {
		return nil
	}
	_, err := sq.db.ExecContext(ctx, `SELECT pg_notify($1, $2)`, writesChannel, s.listener.schema+" "+s.listener.self)
	if err != nil {
		return fmt.Errorf("written, but not told to the other servers: %w", err)
	}
	return nil
}

// close stops listening.
func (w *writesListener) close() error {
	if w == nil {
		return nil
	}
	return w.l.Close()
}

// lockedCache returns the read cache for the listener's goroutines, which
// run while SetCacheQuads may replace it.
func (s *Store) lockedCache() *readCache {
	s.bgMu.Lock()
	defer s.bgMu.Unlock()
	return s.cache
}
