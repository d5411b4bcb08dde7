// Trunk post-build hook. Turns Trunk's output into the shipped widget:
// 0. builds the candidate and calculator modules beside the employer module
//    Trunk built (one wasm module per tool, ARCHITECTURE.md), and the full
//    one that reads override documents, with the same cargo profile,
//    wasm-bindgen and wasm-opt settings;
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
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

// JsValue's Debug text, which wasm-bindgen builds in JavaScript (60 lines:
// arrays, errors, classes), is only ever read in a panic's console message;
// `String(val)` says nearly as much there ("TypeError: ...") and the glue
// is 0.3 KB gzip smaller, which the JS budget needs since the entry loads
// modules. A glue without that function exactly once stops the build.
function slimGlue(glue) {
  const head = 'function debugString(val) {';
  const start = glue.indexOf(head);
  const end = glue.indexOf('\n}\n', start);
  if (start < 0 || glue.indexOf(head, start + 1) >= 0 || end < 0) {
    throw new Error('post-build: the glue has no single debugString function to slim');
  }
  return `${glue.slice(0, start)}${head}\n  return String(val);\n}${glue.slice(end + 2)}`;
}

async function minifyJs(source) {
  if (!release) return source;
  const out = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

// The glue and wasm as shipped: debugString slimmed, minified, short
// import names (release only).
async function finish(glueText, wasmBytes) {
  let glue = await minifyJs(release ? slimGlue(glueText) : glueText);
  let wasm = wasmBytes;
  if (release) {
    const short = shortenImports(wasmBytes, glue, './kam-navigator_bg.js');
    wasm = short.wasm;
    glue = short.glue;
  }
  return { glue, wasm };
}

// 0: the other modules. Their own target directory: building other
// features into Trunk's would overwrite the wasm file Trunk reads next time.
const source = await readFile(join(root, 'index.html'), 'utf8');
const attr = (a) => source.match(new RegExp(`${a}="([^"]*)"`))?.[1] ?? '';
const split = join(root, 'target', 'split');
const sha = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);
// The full module (all tools and the JSON reader) is the one that reads
// override documents: the default features.
const EXTRA = ['candidate', 'calculator', 'full'];
for (const key of EXTRA) {
  const features = key === 'full' ? [] : ['--no-default-features', '--features', key];
  execFileSync('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'kam-navigator',
    ...features, '--target-dir', split, ...(release ? ['--release'] : [])], { stdio: 'inherit' });
  const out = join(split, 'bindgen', key);
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'kam-navigator',
    join(split, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'kam-navigator.wasm')], { stdio: 'inherit' });
  const wasm = join(out, 'kam-navigator_bg.wasm');
  if (release) {
    execFileSync('wasm-opt', [`-O${attr('data-wasm-opt')}`, ...attr('data-wasm-opt-params').split(/\s+/).filter(Boolean), wasm, '-o', wasm],
      { stdio: 'inherit' });
  }
  // Named after the bytes shipped, so a name cached forever never pairs an
  // old glue with a new wasm.
  const done = await finish(await readFile(join(out, 'kam-navigator.js'), 'utf8'), await readFile(wasm));
  const hash = sha(Buffer.concat([Buffer.from(done.glue), done.wasm]));
  await writeFile(join(dir, `kam-navigator-${key}-${hash}_bg.wasm`), done.wasm);
  await writeFile(join(dir, `kam-navigator-${key}-${hash}.js`), done.glue);
}

const files = await readdir(dir);
const find = (re, what) => {
  const hit = files.find((f) => re.test(f));
  if (!hit) throw new Error(`post-build: no ${what} in ${dir} (${files.join(', ')})`);
  return hit;
};
// Employer (Trunk's), candidate, calculator, full: [glue, wasm] each, one stem.
const modules = [
  [find(/^kam-navigator-[0-9a-f]+\.js$/, 'core JS'), find(/^kam-navigator-[0-9a-f]+_bg\.wasm$/, 'core wasm')],
  ...EXTRA.map((key) => [find(new RegExp(`^kam-navigator-${key}-[0-9a-f]+\\.js$`), `${key} JS`),
    find(new RegExp(`^kam-navigator-${key}-[0-9a-f]+_bg\\.wasm$`), `${key} wasm`)]),
];
const names = {
  __MODULES__: JSON.stringify(modules.map(([js]) => js.replace(/\.js$/, ''))),
  __CSS__: find(/^app-[0-9a-f]+\.css$/, 'stylesheet'),
};
const fill = (text) => Object.entries(names).reduce((t, [k, v]) => t.replaceAll(k, v), text);

// 1 + 2: Trunk's module (named by Trunk), the entry and the iframe page.
for (const [js, wasm] of modules) {
  if (wasm !== js.replace(/\.js$/, '_bg.wasm')) throw new Error(`post-build: ${js} and ${wasm} differ in their stem`);
}
{
  const [js, wasm] = modules[0];
  const done = await finish(await readFile(join(dir, js), 'utf8'), await readFile(join(dir, wasm)));
  await writeFile(join(dir, js), done.glue);
  await writeFile(join(dir, wasm), done.wasm);
}
await writeFile(join(dir, 'kam-navigator.js'), await minifyJs(fill(await readFile(join(web, 'kam-navigator.js'), 'utf8'))));
for (const name of ['embed.js', 'kam-navigator-frame.js', 'sw-register.js']) {
  await writeFile(join(dir, name), await minifyJs(await readFile(join(web, name), 'utf8')));
}
await writeFile(join(dir, 'embed.html'), fill(await readFile(join(web, 'embed.html'), 'utf8')));

// 3: the service worker precaches everything the standalone page needs.
// Not the full module: the standalone page reads no override document.
const assets = (await readdir(dir))
  .filter((f) => !f.startsWith('.') && f !== 'sw.js' && !/\.(gz|br)$/.test(f) && !/^kam-navigator-full-/.test(f)).sort();
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
