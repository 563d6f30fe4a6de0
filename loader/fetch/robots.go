package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
)

// robots are the rules of one host's robots.txt that apply to this
// fetcher's user agent (RFC 9309).
type robots struct {
	rules []rule
}

// robotsEntry holds a host's rules once read; its lock is held while
// they are read.
type robotsEntry struct {
	mu    sync.Mutex
	rules *robots
}

type rule struct {
	allow   bool
	pattern string // a path pattern with * and a final $
}

// allowed fetches (once per scheme and host) and applies robots.txt to u.
// As RFC 9309 says, a robots.txt that is missing (4xx) allows everything,
// and one that cannot be read (5xx, a network error) allows nothing; a
// network error is returned as it is, since the page is out of reach too.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL) error {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	e, ok := f.robots[key]
	if !ok {
		e = &robotsEntry{}
		f.robots[key] = e
	}
	f.mu.Unlock()
	// one request per host at a time reads robots.txt; the others wait
	// for its rules instead of fetching it too
	e.mu.Lock()
	r := e.rules
	if r == nil {
		var err error
		if r, err = f.fetchRobots(ctx, u); err != nil {
			e.mu.Unlock()
			return err // not kept: the next request tries again
		}
		e.rules = r
	}
	e.mu.Unlock()
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !r.allows(path) {
		return fmt.Errorf("%w: %s", ErrRobots, path)
	}
	return nil
}

func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL) (*robots, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	body, resp, err := f.get(ctx, ru, robotsMaxBytes)
	switch {
	case errors.Is(err, ErrTooLarge):
		return &robots{}, nil // RFC 9309 lets a crawler read the first 500 KiB; we read none of an oversized one
	case errors.Is(err, ErrAddress), errors.Is(err, ErrScheme), errors.Is(err, ErrRedirects), ctx.Err() != nil:
		return nil, err
	case err != nil:
		// the site itself is unreachable: say so, not that robots.txt
		// forbids the page
		return nil, fmt.Errorf("robots.txt: %w", err)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return &robots{}, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, fmt.Errorf("%w: robots.txt: %s", ErrRobots, resp.Status)
	}
	return parseRobots(body, f.opts.UserAgent), nil
}

// parseRobots returns the rules of the group for agent (matched by its
// product token, the part before "/"), else those of the "*" group.
func parseRobots(body []byte, agent string) *robots {
	token := strings.ToLower(agent)
	if i := strings.IndexAny(token, "/ "); i >= 0 {
		token = token[:i]
	}
	var mine, any []rule
	var foundMine bool
	var groupAgents []string
	inRules := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxBytes)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if inRules {
				groupAgents, inRules = nil, false
			}
			groupAgents = append(groupAgents, strings.ToLower(val))
		case "allow", "disallow":
			inRules = true
			if key == "disallow" && val == "" {
				continue // "Disallow:" with nothing allows everything
			}
			r := rule{allow: key == "allow", pattern: val}
			for _, a := range groupAgents {
				switch {
				case a == "*":
					any = append(any, r)
				case a == token:
					mine = append(mine, r)
					foundMine = true
				}
			}
		}
	}
	if foundMine {
		return &robots{rules: mine}
	}
	return &robots{rules: any}
}

// allows applies the most specific (longest) matching rule; on a tie,
// allow wins; no match allows.
func (r *robots) allows(path string) bool {
	best, allow := -1, true
	for _, ru := range r.rules {
		if !match(ru.pattern, path) {
			continue
		}
		if n := len(ru.pattern); n > best || n == best && ru.allow {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// match reports whether path matches a robots.txt pattern: a prefix with *
// matching any run of characters and a final $ anchoring the end.
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(path[pos:], p)
		}
		j := strings.Index(path[pos:], p)
		if j < 0 {
			return false
		}
		pos += j + len(p)
	}
	return !anchored || pos == len(path)
}
