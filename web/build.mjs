// build.mjs: web/src → web/dist, embedded into the server by web.go.
//   dist/explore.html, dist/assets/explore.{js,css}   the explorer (esbuild bundle)
//   dist/assets/graphiql-examples.js                   example queries for GraphiQL
//   dist/assets/vendor/                                 graphiql, react, react-dom from node_modules
// Run `npm ci` first (make web does both).
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const assets = join(dist, 'assets');
const nm = join(here, 'node_modules');

// The exact files gqlgen's playground loads from a CDN; their SRI hashes are
// computed again by web.go from the copies embedded.
const vendor = {
  'graphiql.min.js': 'graphiql/graphiql.min.js',
  'graphiql.min.css': 'graphiql/graphiql.min.css',
  'react.production.min.js': 'react/umd/react.production.min.js',
  'react-dom.production.min.js': 'react-dom/umd/react-dom.production.min.js',
};
const licenses = ['graphiql', 'react', 'react-dom', 'cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base'];

const started = Date.now();
await rm(assets, { recursive: true, force: true });
await mkdir(join(assets, 'vendor'), { recursive: true });

await build({
  entryPoints: { explore: join(here, 'src/explore/main.js') },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outdir: assets,
  legalComments: 'none',
  logLevel: 'warning',
});
await build({
  entryPoints: { explore: join(here, 'src/explore.css') },
  bundle: true,
  minify: true,
  outdir: assets,
  logLevel: 'warning',
});
await copyFile(join(here, 'src/explore.html'), join(dist, 'explore.html'));
await copyFile(join(here, 'src/graphiql-examples.js'), join(assets, 'graphiql-examples.js'));

for (const [name, from] of Object.entries(vendor)) {
  await copyFile(join(nm, from), join(assets, 'vendor', name));
}
let notice = 'Third-party code served from /assets (installed from npm by make web):\n';
for (const pkg of licenses) {
  const { version, license } = JSON.parse(await readFile(join(nm, pkg, 'package.json'), 'utf8'));
  const text = await readFile(join(nm, pkg, 'LICENSE'), 'utf8');
  notice += `\n== ${pkg} ${version} (${license}) ==\n\n${text}\n`;
}
await writeFile(join(assets, 'vendor', 'LICENSES.txt'), notice);
await writeFile(join(dist, '.stamp'), new Date().toISOString() + '\n');
console.log(`web: built web/dist in ${Date.now() - started} ms`);
