// The server the web tests run against: the real binary (ACTORGRAPH_SERVER)
// or `go run ./cmd/server`, serving a memory graph of data/articles on a
// free port of 127.0.0.1. Imported by web/test/*.test.mjs; no tests here.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// startServer resolves to { child, base } once the server prints its
// address; base is http://127.0.0.1:PORT.
export function startServer() {
  const args = ['serve', '-addr', '127.0.0.1:0', '-db', 'memory', '-articles', 'data/articles'];
  const bin = process.env.ACTORGRAPH_SERVER;
  const child = bin
    ? spawn(bin, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn('go', ['run', './cmd/server', ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server printed no address within 180 s')), 180_000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      const m = line.match(/serving GraphQL on (http:\/\/127\.0\.0\.1:\d+)\/graphql/);
      clearTimeout(timer);
      if (m) resolve({ child, base: m[1] });
      else reject(new Error(`unexpected first line: ${line}`));
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
  });
}

// stopServer ends the server's process group (go run and its child).
export function stopServer(child) {
  if (!child) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
}
