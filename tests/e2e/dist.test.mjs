// The release dist/ as a static host receives it: relative URLs only and no
// reference to any other origin, so it works under any sub-path and offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './support/app.mjs';

async function files() {
  const names = await readdir(DIST, { recursive: true });
  return names.filter((n) => /\.(html|js|css|json|webmanifest)$/.test(n));
}

test('dist/ has an index.html, a wasm file and its JS glue', async () => {
  const names = await readdir(DIST);
  assert.ok(names.includes('index.html'));
  assert.ok(names.some((n) => n.endsWith('.wasm')), 'a .wasm file');
  assert.ok(names.some((n) => n.endsWith('.js')), 'a .js file');
});

test('index.html uses relative URLs only', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  // Trunk's minifier drops attribute quotes where it can.
  const urls = [...html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  const imports = [...html.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const all = [...urls, ...imports];
  assert.ok(all.length >= 2, `found URLs: ${all}`);
  for (const url of all) {
    // `data:,` is the empty favicon that spares a request.
    if (url === 'data:,') continue;
    assert.match(url, /^\.\//, `not relative: ${url}`);
  }
});

test('no text asset names another origin', async () => {
  for (const name of await files()) {
    const text = await readFile(join(DIST, name), 'utf8');
    const hits = text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi) ?? [];
    // The SVG namespace is an identifier, not a request.
    const foreign = hits.filter((h) => !h.startsWith('http://www.w3.org/'));
    assert.deepEqual(foreign, [], `${name} references ${foreign.join(', ')}`);
  }
});

test('every asset has a .gz and a .br twin with the same content', async () => {
  const names = await readdir(DIST);
  const assets = names.filter((n) => /\.(html|js|css|wasm)$/.test(n));
  assert.ok(assets.length >= 8, assets.join(', '));
  for (const name of assets) {
    const body = await readFile(join(DIST, name));
    assert.ok(names.includes(`${name}.gz`) && names.includes(`${name}.br`), name);
    assert.ok(gunzipSync(await readFile(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))).equals(body), `${name}.br`);
  }
});

test('the service worker precaches every file the standalone page can use under a versioned name', async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /kam-navigator-/);
  assert.doesNotMatch(sw, /__VERSION__|__ASSETS__/);
  const names = (await readdir(DIST)).filter((n) => !/\.(gz|br)$/.test(n) && n !== 'sw.js');
  // The full module reads override documents, which the standalone page has none of.
  const full = names.filter((n) => /^kam-navigator-full-/.test(n));
  assert.equal(full.length, 2, `the full module's glue and wasm: ${full}`);
  for (const name of names) {
    if (full.includes(name)) assert.ok(!sw.includes(`./${name}`), `${name} is precached`);
    else assert.ok(sw.includes(`./${name}`), `${name} is not precached`);
  }
});

test('no page carries an inline script or style attribute', async () => {
  for (const name of ['index.html', 'embed.html']) {
    const html = await readFile(join(DIST, name), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${name}: inline script`);
    assert.doesNotMatch(html, /\sstyle\s*=/i, `${name}: style attribute`);
  }
});

test('the pages preload no core module, and the entry names the four that exist', async () => {
  const names = await readdir(DIST);
  for (const page of ['index.html', 'embed.html']) {
    const html = await readFile(join(DIST, page), 'utf8');
    assert.doesNotMatch(html, /__[A-Z_]+__/, `${page} has an unfilled placeholder`);
    // Which module a page needs depends on its address: a guess would cost
    // a whole module's bytes when wrong.
    assert.doesNotMatch(html, /\brel=["']?(preload|modulepreload)\b/, page);
  }
  const entry = await readFile(join(DIST, 'kam-navigator.js'), 'utf8');
  const stems = [...entry.matchAll(/"(kam-navigator-(?:[a-z]+-)?[0-9a-f]{16})"/g)].map((m) => m[1]);
  assert.equal(stems.length, 4, `module stems in the entry: ${stems}`);
  assert.match(stems[1], /-candidate-/);
  assert.match(stems[2], /-calculator-/);
  assert.match(stems[3], /-full-/);
  for (const stem of stems) {
    for (const file of [`${stem}.js`, `${stem}_bg.wasm`]) assert.ok(names.includes(file), `${file} is not in dist/`);
  }
});
