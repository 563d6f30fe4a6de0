// Browser tests of the explorer (/explore) and the offline GraphiQL (/),
// in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core)
// against the real server on a memory graph of data/articles.
//
//   node --test test/            (from web/; make test-web runs it)
//
// ACTORGRAPH_SERVER names a built server binary; without it the tests run
// `go run ./cmd/server`. CHROMIUM overrides the browser's path. Every
// request the pages make must stay on 127.0.0.1: any other is aborted and
// fails the test.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { root, startServer, stopServer } from '../scripts/test-server.mjs';

// Screenshots go to out/screenshots (git-ignored); make screenshots sends them
// to docs/screenshots, which the README shows.
const shots = resolve(root, process.env.SCREENSHOT_DIR || 'out/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

let server;
let base;
let browser;
let context;
let offsite = [];
let pageErrors = [];

before(async () => {
  ({ child: server, base } = await startServer());
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  stopServer(server);
});

// page opens a fresh context (empty storage) whose every request is checked.
async function page() {
  context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  offsite = [];
  pageErrors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    offsite.push(url.href);
    return route.abort('internetdisconnected');
  });
  const p = await context.newPage();
  p.on('pageerror', (err) => pageErrors.push(err.message));
  return p;
}

afterEach(async () => {
  await context?.close();
  assert.deepEqual(offsite, [], 'requests left 127.0.0.1');
  assert.deepEqual(pageErrors, [], 'errors in the page');
});

async function shot(p, name) {
  mkdirSync(shots, { recursive: true });
  await p.screenshot({ path: join(shots, name) });
}

const ready = (p) => p.waitForSelector('body[data-ready="true"]');
// loadedMs is the time from navigation to the first view drawn, as the page measured it.
const loadedMs = async (p) => Number(await p.getAttribute('body', 'data-loaded-ms'));

// clickElement clicks a Cytoscape node or edge where it is drawn.
async function clickElement(p, selector) {
  const at = await p.evaluate((sel) => {
    const { cy } = window.explorer;
    const el = cy.$(sel)[0];
    if (!el) return null;
    const pos = el.isEdge() ? el.renderedMidpoint() : el.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + pos.x, y: box.top + pos.y };
  }, selector);
  assert.ok(at, `no element ${selector} in the graph`);
  await p.mouse.click(at.x, at.y);
}

test('explorer: search Peskov with the keyboard, click the Kremlin edge, read the sentence', async () => {
  const p = await page();
  await p.goto(base + '/explore');
  await ready(p);
  console.log(`# empty explorer page ready ${await loadedMs(p)} ms after navigation`);

  // Tab from the top: the skip link, then the search box.
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'search');
  await p.keyboard.type('Peskov');
  await p.waitForSelector('#search-list [role=option]');
  assert.match(await p.textContent('#search-list [role=option]'), /Dmitry Peskov/);
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => location.hash.includes('actor=Dmitry+Peskov'));
  await ready(p);

  const edge = 'edge[predicate="spokesperson_for"][target="org:kremlin"]';
  assert.equal(await p.evaluate((s) => window.explorer.cy.$(s).length, edge), 1, 'the Kremlin edge is drawn');
  await clickElement(p, edge);
  await p.waitForSelector('#details ol.evidence blockquote');
  const sentences = await p.$$eval('#details ol.evidence blockquote', (els) => els.map((e) => e.textContent));
  assert.ok(sentences.some((s) => s.includes('Kremlin spokesman Dmitry Peskov')), sentences.join('\n'));
  const marks = await p.$$eval('#details ol.evidence mark', (els) => els.map((e) => e.textContent));
  assert.ok(marks.includes('Kremlin') && marks.some((m) => m.includes('Peskov')), `highlighted: ${marks}`);
  assert.match(await p.textContent('#details .source'), /000_5af5e01bc836c323/);
  assert.match(await p.evaluate(() => location.hash), /select=e%3Aedge%3Aperson%3Admitry-peskov/);
  await shot(p, 'explore-edge.png');

  // The node's profile: titles, quotes.
  await clickElement(p, 'node[id="person:dmitry-peskov"]');
  await p.waitForSelector('#details h2:has-text("Dmitry Peskov")');
  await p.waitForSelector('#details ul.quotes');
  const profile = await p.textContent('#details');
  assert.match(profile, /spokesman/);
  assert.match(profile, /Quotes \(\d+\)/);
  await shot(p, 'explore-profile.png');
});

test('explorer: a shared link opens the same view; relations and exports work from the keyboard', async () => {
  const p = await page();
  await p.goto(base + '/explore#actor=Peskov&depth=2&types=PERSON,ORGANIZATION,COUNTRY,PLACE,EVENT,AGREEMENT');
  await ready(p);
  const loadMs = await loadedMs(p);
  // reported, not asserted: a shared machine's load decides wall time
  console.log(`# explorer with Peskov's depth-2 network drawn ${loadMs} ms after navigation`);
  const nodes = await p.evaluate(() => window.explorer.cy.nodes(':visible').map((n) => n.data('type')));
  assert.ok(nodes.length > 1, 'depth 2 draws a network');
  assert.ok(!nodes.includes('STATEMENT'), 'hidden types stay hidden');
  assert.equal(await p.inputValue('#depth'), '2');

  // The relations list reaches every edge without a mouse.
  const pred = p.locator('#details button.pred', { hasText: 'spokesperson for' }).first();
  await pred.focus();
  await p.keyboard.press('Enter');
  await p.waitForSelector('#details ol.evidence');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'details', 'focus moves to the details');

  const gexf = await p.getAttribute('#export-gexf', 'href');
  assert.match(gexf, /^\/export\?format=gexf&actor=Peskov&depth=2/);
  const res = await p.request.get(base + gexf);
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /<gexf/);
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-png')]);
  assert.match(download.suggestedFilename(), /\.png$/);
});

test('explorer: predicate, type and date filters narrow the view; back restores it', async () => {
  const p = await page();
  await p.goto(base + '/explore#actor=Peskov&depth=2');
  await ready(p);
  const count = () => p.evaluate(() => window.explorer.cy.elements(':visible').length);
  const all = await count();

  await p.click('#predicates-box summary');
  await p.click('#predicates-none');
  await p.check('#predicates input[value="spokesperson_for"]');
  await p.waitForFunction(() => location.hash.includes('predicates=spokesperson_for'));
  await ready(p);
  const preds = await p.evaluate(() => [...new Set(window.explorer.cy.edges().map((e) => e.data('predicate')))]);
  assert.deepEqual(preds, ['spokesperson_for']);

  await p.click('#predicates-all');
  await p.waitForFunction(() => !location.hash.includes('predicates='));
  await ready(p);
  assert.equal(await count(), all);

  await p.uncheck('#types input[value="STATEMENT"]');
  assert.ok(await count() < all, 'statements hidden');
  assert.match(await p.evaluate(() => location.hash), /types=PERSON,ORGANIZATION,COUNTRY,PLACE,EVENT,AGREEMENT(&|$)/);
  await p.check('#types input[value="STATEMENT"]');

  await p.fill('#since', '2099-01-01');
  await p.waitForFunction(() => location.hash.includes('since=2099-01-01'));
  await ready(p);
  assert.ok(await count() < all, 'nothing is stated after 2099');
  await p.goBack();
  await p.waitForFunction(() => !location.hash.includes('since='));
  await ready(p);
  assert.equal(await count(), all);
});

test('explorer: find the paths from Karasin to Witkoff', async () => {
  const p = await page();
  await p.goto(base + '/explore');
  await ready(p);
  await p.focus('#path-from');
  await p.keyboard.type('Karasin');
  await p.waitForSelector('#path-from-list [role=option]');
  await p.keyboard.press('Enter');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'path-to');
  await p.keyboard.type('Witkoff');
  await p.waitForSelector('#path-to-list [role=option]');
  await p.keyboard.press('Enter');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Enter'); // "Find paths"
  await p.waitForSelector('#details ol.paths');
  await ready(p);
  const steps = await p.$$eval('#details ol.paths > li:first-child ol.steps > li', (els) => els.map((e) => e.textContent));
  assert.ok(steps.length >= 2, steps.join('\n'));
  assert.match(steps[0], /Grigory Karasin/);
  assert.match(steps.at(-1), /Steve Witkoff/);
  const onPath = await p.evaluate(() => window.explorer.cy.nodes('.path').map((n) => n.data('label')));
  assert.ok(onPath.includes('Grigory Karasin') && onPath.includes('Steve Witkoff'), onPath.join(', '));
  assert.match(await p.evaluate(() => location.hash), /from=Grigory\+Karasin&to=Steve\+Witkoff/);
  await shot(p, 'explore-path.png');
});

test('GraphiQL loads from the binary and runs an example query with the network unplugged', async () => {
  const p = await page();
  const t0 = Date.now();
  await p.goto(base + '/');
  await p.waitForSelector('.graphiql-container .graphiql-execute-button');
  console.log(`# GraphiQL ready in ${Date.now() - t0} ms`);
  const tabs = await p.$$eval('.graphiql-tab .graphiql-tab-button', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(tabs.includes('WhoIsPeskov') && tabs.includes('Paths'), `tabs: ${tabs}`);
  const [res] = await Promise.all([
    p.waitForResponse((r) => r.url() === base + '/graphql' && r.request().postData()?.includes('WhoIsPeskov')),
    p.click('.graphiql-execute-button'),
  ]);
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /"spokesperson_for"/);
  await p.waitForFunction(() => document.querySelector('.result-window')?.textContent.includes('Dmitry Peskov'));
  assert.match(await p.textContent('.result-window'), /"spokesman"/);
  await shot(p, 'graphiql.png');
});

test('GraphiQL introspects the schema: the docs panel shows the root types and their fields', async () => {
  const p = await page();
  const introspection = p.waitForResponse((r) => r.url() === base + '/graphql' && r.request().postData()?.includes('__schema'));
  await p.goto(base + '/');
  const res = await introspection;
  assert.equal(res.status(), 200);
  assert.doesNotMatch(await res.text(), /"errors"/);
  await p.click('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
  await p.waitForSelector('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name:has-text("Query")');
  const docs = await p.textContent('.graphiql-doc-explorer');
  assert.doesNotMatch(docs, /Error fetching schema/);
  assert.match(docs, /mutation: Mutation/);
  assert.match(docs, /All Schema Types.*Actor.*Evidence/s);
  await p.click('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name:has-text("Query")');
  await p.waitForSelector('.graphiql-doc-explorer a.graphiql-doc-explorer-field-name:has-text("paths")');
  const fields = await p.$$eval('.graphiql-doc-explorer a.graphiql-doc-explorer-field-name', (els) => els.map((e) => e.textContent));
  for (const f of ['actor', 'search', 'relations', 'paths', 'timeline', 'statements']) assert.ok(fields.includes(f), `Query.${f} in ${fields}`);
  await shot(p, 'graphiql-docs.png');
});
