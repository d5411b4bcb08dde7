// How small could the first load get by splitting the wasm? Loads each entry
// page of the release dist/ in headless Chromium with V8's compile trace on,
// collects the wasm functions compiled (lazily, on first call) before the
// page's heading shows, and reports the gzip size of a primary module that
// keeps those functions plus everything that is not code (imports, tables,
// data segments), next to the whole module. With binaryen's `wasm-split` on
// PATH (Debian's `binaryen` package has it; the npm one does not), it also
// splits the module for real and reports both halves.
//
//   node bench/split-estimate.mjs          # after a release build (make dist)
//
// Not part of `make bench`: it answers a design question, not a budget.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/support/server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const ROUTES = ['#/employer', '#/candidate', '#/calculator', '#/'];
// The employer module (Trunk's; the other tools' modules carry their name).
const wasmFile = readdirSync(DIST).find((f) => /^kam-navigator-[0-9a-f]+_bg\.wasm$/.test(f));
if (!wasmFile) throw new Error('no wasm in dist/: run `make dist` first');
const wasm = readFileSync(join(DIST, wasmFile));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}

/** Sections, the number of imported functions, and each function body. */
function parse(buf) {
  const sections = [];
  for (let at = 8; at < buf.length;) {
    const id = buf[at++];
    let size;
    [size, at] = leb(buf, at);
    sections.push({ id, start: at, end: at + size });
    at += size;
  }
  let imported = 0;
  const imports = sections.find((s) => s.id === 2);
  if (imports) {
    let [count, at] = leb(buf, imports.start);
    for (let i = 0; i < count; i++) {
      let len;
      [len, at] = leb(buf, at); at += len; // module name
      [len, at] = leb(buf, at); at += len; // field name
      const kind = buf[at++];
      let x;
      if (kind === 0) { [x, at] = leb(buf, at); imported++; } // function: type index
      else if (kind === 1) { at++; const flags = buf[at++]; [x, at] = leb(buf, at); if (flags & 1) [x, at] = leb(buf, at); } // table
      else if (kind === 2) { const flags = buf[at++]; [x, at] = leb(buf, at); if (flags & 1) [x, at] = leb(buf, at); } // memory
      else if (kind === 3) at += 2; // global: type, mutability
      else throw new Error(`import kind ${kind}`);
    }
  }
  const code = sections.find((s) => s.id === 10);
  const bodies = [];
  let [count, at] = leb(buf, code.start);
  for (let i = 0; i < count; i++) {
    const start = at;
    let size;
    [size, at] = leb(buf, at);
    bodies.push({ index: imported + i, start, end: at + size });
    at += size;
  }
  return { sections, imported, bodies };
}

/** Indices of the wasm functions compiled before `route` shows its heading. */
async function startupFunctions(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'v8.wasm', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('kam-navigator')?.shadowRoot?.querySelector('main h1, main h2'));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return events.filter((e) => e.name === 'wasm.CompileLazy').map((e) => e.args.func_index);
}

const { sections, imported, bodies } = parse(wasm);
const nonCode = Buffer.concat(sections.filter((s) => s.id !== 10).map((s) => wasm.subarray(s.start, s.end)));
const server = await serve(DIST, {});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const kept = new Set();
const rows = [];
try {
  for (const route of ROUTES) {
    for (const index of await startupFunctions(browser, `${server.url}${route}`)) kept.add(index);
    const primary = bodies.filter((b) => kept.has(b.index));
    rows.push({
      'entry pages so far': route,
      'functions kept': `${primary.length} of ${bodies.length}`,
      'primary estimate, gzip': gz(Buffer.concat([nonCode, ...primary.map((b) => wasm.subarray(b.start, b.end))])),
    });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${wasmFile}: ${wasm.length} B raw, ${gz(wasm)} B gzip; data and other non-code sections ${gz(nonCode)} B gzip`);
console.table(rows);

// The real split, where wasm-split is installed. Binaryen names a function
// without a name by its index among the module's own (non-imported) ones.
let hasSplit = true;
try { execFileSync('wasm-split', ['--version'], { stdio: 'ignore' }); } catch { hasSplit = false; }
if (hasSplit) {
  const dir = mkdtempSync(join(tmpdir(), 'kn-split-'));
  writeFileSync(join(dir, 'keep.txt'), [...kept].map((i) => i - imported).join('\n'));
  execFileSync('wasm-split', [
    '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int',
    '--enable-reference-types', '--enable-multivalue', join(DIST, wasmFile), '--keep-funcs', `@${join(dir, 'keep.txt')}`,
    '-o1', join(dir, 'primary.wasm'), '-o2', join(dir, 'secondary.wasm'),
  ], { stdio: 'inherit' });
  for (const half of ['primary', 'secondary']) {
    const bytes = readFileSync(join(dir, `${half}.wasm`));
    console.log(`wasm-split ${half}: ${bytes.length} B raw, ${gz(bytes)} B gzip`);
  }
} else {
  console.log('wasm-split not on PATH: estimate only (Debian package binaryen has it).');
}
