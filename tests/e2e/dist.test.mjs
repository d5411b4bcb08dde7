// The release dist/ as a static host receives it: relative URLs only and no
// reference to any other origin, so it works under any sub-path and offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
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
