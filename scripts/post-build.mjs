// Trunk post-build hook. Turns Trunk's output into the shipped widget:
// 1. writes the public entry `kam-navigator.js` (the custom element) and the
//    iframe page from the templates in web/, with the content-hashed names
//    of the core files filled in (also into index.html's preload hints);
// 2. release only: minifies the JS with terser (Trunk's own minifier fails
//    on the wasm-bindgen glue's `export default` and left it unminified,
//    comments with links to other sites and all), and gives the wasm
//    imports short names in the module and the glue (scripts/wasm-imports.mjs);
// 3. writes the service worker with a version derived from every asset and
//    the list of files to precache;
// 4. release only: writes precompressed .gz and .br beside each asset for
//    static hosts that serve them.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { minify } from 'terser';
import { shortenImports } from './wasm-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const web = join(root, 'web');

const files = await readdir(dir);
const find = (re, what) => {
  const hit = files.find((f) => re.test(f));
  if (!hit) throw new Error(`post-build: no ${what} in ${dir} (${files.join(', ')})`);
  return hit;
};
const names = {
  __CORE_JS__: find(/^kam-navigator-[0-9a-f]+\.js$/, 'core JS'),
  __CORE_WASM__: find(/^kam-navigator-[0-9a-f]+_bg\.wasm$/, 'core wasm'),
  __CSS__: find(/^app-[0-9a-f]+\.css$/, 'stylesheet'),
};
const fill = (text) => Object.entries(names).reduce((t, [k, v]) => t.replaceAll(k, v), text);

async function minifyJs(source) {
  if (!release) return source;
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

// 1 + 2: the glue, the entry and the iframe page.
const corePath = join(dir, names.__CORE_JS__);
let glue = await minifyJs(await readFile(corePath, 'utf8'));
if (release) {
  const wasmPath = join(dir, names.__CORE_WASM__);
  const short = shortenImports(await readFile(wasmPath), glue, './kam-navigator_bg.js');
  await writeFile(wasmPath, short.wasm);
  glue = short.glue;
}
await writeFile(corePath, glue);
await writeFile(join(dir, 'kam-navigator.js'), await minifyJs(fill(await readFile(join(web, 'kam-navigator.js'), 'utf8'))));
for (const name of ['embed.js', 'kam-navigator-frame.js', 'sw-register.js']) {
  await writeFile(join(dir, name), await minifyJs(await readFile(join(web, name), 'utf8')));
}
await writeFile(join(dir, 'embed.html'), fill(await readFile(join(web, 'embed.html'), 'utf8')));
// The standalone page's preload hints name the hashed core files.
const indexPath = join(dir, 'index.html');
await writeFile(indexPath, fill(await readFile(indexPath, 'utf8')));

// 3: the service worker precaches everything the standalone page needs.
const assets = (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'sw.js' && !/\.(gz|br)$/.test(f)).sort();
const hash = createHash('sha256');
for (const f of assets) hash.update(f).update(await readFile(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const sw = (await readFile(join(web, 'sw.js'), 'utf8'))
  .replace('__VERSION__', version)
  .replace('__ASSETS__', JSON.stringify(['./', ...assets.map((f) => `./${f}`)]));
await writeFile(join(dir, 'sw.js'), await minifyJs(sw));

// 4: precompressed copies.
if (release) {
  for (const f of await readdir(dir)) {
    if (!/\.(html|js|css|wasm|json|svg)$/.test(f)) continue;
    const body = await readFile(join(dir, f));
    await writeFile(join(dir, `${f}.gz`), gzipSync(body, { level: 9 }));
    await writeFile(join(dir, `${f}.br`), brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
  }
}
console.log(`post-build: ${release ? 'release' : 'debug'} assets ready, service worker ${version}`);
