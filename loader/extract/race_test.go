package extract

import (
	"fmt"
	"sync"
	"testing"
)

// TestConcurrentArticles runs Article from several goroutines, as the
// loader may; with -race it checks the shared gazetteer cache.
func TestConcurrentArticles(t *testing.T) {
	arts, _ := sampleArticles(t)
	want := make([]string, len(arts))
	for i, a := range arts {
		want[i] = fmt.Sprint(Article(a).Facts)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				if got := fmt.Sprint(Article(a).Facts); got != want[i] {
					t.Errorf("%s: concurrent extraction differs", a.ID)
				}
			}
		}()
	}
	wg.Wait()
}
