package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// server is a server process that loadtest started.
type server struct {
	cmd  *exec.Cmd
	addr string
}

// startServer runs `bin args...` (a serve command on 127.0.0.1:0) and
// returns once the server has printed the address it listens on.
func startServer(bin string, args []string, stderr io.Writer) (*server, error) {
	cmd := exec.Command(bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	m := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/graphql`).FindStringSubmatch(line)
	if err != nil || m == nil {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("server printed no address (%q): %v", line, err)
	}
	go io.Copy(io.Discard, out)
	return &server{cmd: cmd, addr: m[1]}, nil
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// errNoServer: loadtest did not start the server, and cannot see its CPU.
var errNoServer = errors.New("no server started")

// cpu returns the CPU time the server has used so far.
func (s *server) cpu() (time.Duration, error) {
	if s == nil {
		return 0, errNoServer
	}
	return readCPU("/proc/" + strconv.Itoa(s.pid()) + "/stat")
}

// stop ends the server with SIGTERM, as an operator would.
func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.cmd.Wait()
}

// rssSampler reads a process's resident memory at an interval, so that a
// run can show whether memory stays flat under load. It keeps the
// anonymous part (the heap: what the server allocates) apart from the file
// part (pages of a bolt file that the kernel maps in and may drop again).
type rssSampler struct {
	mu      sync.Mutex
	last    rss
	samples []rss
	done    chan struct{}
	wg      sync.WaitGroup
}

// rss is one sample, in bytes.
type rss struct{ total, anon, file int64 }

func sampleRSS(pid int, every time.Duration) *rssSampler {
	s := &rssSampler{done: make(chan struct{})}
	path := "/proc/" + strconv.Itoa(pid) + "/status"
	// the first sample before returning, so that a run that starts at
	// once has its starting point
	if r, err := readRSS(path); err == nil {
		s.last = r
	}
	s.wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if r, err := readRSS(path); err == nil {
				s.mu.Lock()
				s.last = r
				s.samples = append(s.samples, r)
				s.mu.Unlock()
			}
			select {
			case <-s.done:
				return
			case <-t.C:
			}
		}
	})
	return s
}

// readRSS reads the VmRSS, RssAnon and RssFile lines of a /proc status
// file.
func readRSS(path string) (rss, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return rss{}, err
	}
	var r rss
	fields := map[string]*int64{"VmRSS:": &r.total, "RssAnon:": &r.anon, "RssFile:": &r.file}
	found := 0
	for line := range strings.SplitSeq(string(b), "\n") {
		for name, dst := range fields {
			if v, ok := strings.CutPrefix(line, name); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				if err != nil {
					return rss{}, fmt.Errorf("%s: %s %q: %w", path, name, v, err)
				}
				*dst = kb << 10
				found++
			}
		}
	}
	if found != len(fields) {
		return rss{}, fmt.Errorf("%s: no VmRSS, RssAnon and RssFile", path)
	}
	return r, nil
}

// current returns the last sample and its position, so that report can
// describe the samples taken after it. A nil sampler (no server started)
// returns zero.
func (s *rssSampler) current() rssMark {
	if s == nil {
		return rssMark{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return rssMark{rss: s.last, at: len(s.samples)}
}

type rssMark struct {
	rss
	at int
}

// report prints the server's memory at the start of a run, its peak during
// the run and at its end.
func (s *rssSampler) report(w io.Writer, from rssMark) {
	s.mu.Lock()
	run := s.samples[min(from.at, len(s.samples)):]
	end := s.last
	s.mu.Unlock()
	peak := from.rss
	for _, r := range run {
		peak.total, peak.anon, peak.file = max(peak.total, r.total), max(peak.anon, r.anon), max(peak.file, r.file)
	}
	mib := func(r rss) string {
		return fmt.Sprintf("%.0f MiB (heap %.0f, file %.0f)", float64(r.total)/(1<<20), float64(r.anon)/(1<<20), float64(r.file)/(1<<20))
	}
	fmt.Fprintf(w, "server memory (RSS): %s at start, %s peak, %s at end (%d samples)\n", mib(from.rss), mib(peak), mib(end), len(run))
}

func (s *rssSampler) stop() {
	close(s.done)
	s.wg.Wait()
}

// userHZ is the unit of the CPU times in /proc/PID/stat: Linux reports
// them in clock ticks of 1/100 s on every architecture it runs on.
const userHZ = 100

// readCPU returns the CPU time a process has used, user and system, all
// its threads, from a /proc/PID/stat file: what a run's requests cost the
// server, whatever else shares the machine.
func readCPU(path string) (time.Duration, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	// the command name, in parentheses, may hold spaces: fields count
	// from the last ')', after which come state (3) … utime (14), stime (15)
	_, rest, ok := strings.Cut(string(b), ")")
	for ok {
		var more string
		if _, more, ok = strings.Cut(rest, ")"); ok {
			rest = more
		}
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0, fmt.Errorf("%s: %d fields after the command, want 13 or more", path, len(f))
	}
	var ticks int64
	for _, s := range f[11:13] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%s: CPU time %q: %w", path, s, err)
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / userHZ, nil
}

// cpuReport prints the server CPU time spent during a run, per request.
func cpuReport(w io.Writer, spent time.Duration, requests int) {
	if requests == 0 {
		return
	}
	fmt.Fprintf(w, "server CPU: %.3f ms a request (%v for %d requests)\n",
		float64(spent)/float64(time.Millisecond)/float64(requests), spent.Round(10*time.Millisecond), requests)
}
