package resolvers

import (
	"context"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// changes fans graph changes out to subscribers. Publishing never blocks:
// a subscriber that does not keep up misses changes rather than stalling
// writes, which is fine for "refetch what you show" notifications.
type changes struct {
	mu   sync.Mutex
	subs map[chan *generated.GraphChange]struct{}
}

func newChanges() *changes {
	return &changes{subs: map[chan *generated.GraphChange]struct{}{}}
}

// subscribe returns a channel of changes that is closed when ctx ends.
func (c *changes) subscribe(ctx context.Context) <-chan *generated.GraphChange {
	ch := make(chan *generated.GraphChange, 16)
	c.mu.Lock()
	c.subs[ch] = struct{}{}
	c.mu.Unlock()
	go func() {
		<-ctx.Done()
		c.mu.Lock()
		delete(c.subs, ch)
		close(ch)
		c.mu.Unlock()
	}()
	return ch
}

// publish tells every subscriber about a change to article id.
func (c *changes) publish(kind generated.ChangeKind, articleID string) {
	ch := &generated.GraphChange{Kind: kind, ArticleID: articleID, At: time.Now().UTC().Format(time.RFC3339)}
	c.mu.Lock()
	defer c.mu.Unlock()
	for sub := range c.subs {
		select {
		case sub <- ch:
		default:
		}
	}
}
