// Bytes on first load, shared by the benchmark (bench/run.mjs) and the
// byte-budget test (tests/e2e/budget.test.mjs), so both count the same files
// the same way: what the standalone page fetches before the first question
// (the service worker and its registration come after), raw, gzip -9 and
// brotli -11.
//
// The release build is one wasm module per tool (employer with the
// overview, candidate, calculator): a page fetches the entry script, the
// stylesheet and the glue and wasm of the one module its first screen
// needs. The first load counted is the heaviest of the three, the worst a
// visitor can meet; `modules` lists each, and also the `full` module (all
// tools and the JSON reader), which only a host page with an override
// document loads (`overrideFirstLoadGzip`).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

async function measure(dist, names) {
  let raw = 0, gz = 0, br = 0;
  for (const n of names) {
    const body = await readFile(join(dist, n));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: names, raw, gzip: gz, brotli: br };
}

export async function sizes(dist) {
  const files = await readdir(dist);
  const pick = (re) => files.filter((f) => re.test(f));
  const entry = await measure(dist, ['kam-navigator.js']);
  const modules = [];
  for (const wasm of pick(/^kam-navigator-([a-z]+-)?[0-9a-f]+_bg\.wasm$/)) {
    const glue = wasm.replace(/_bg\.wasm$/, '.js');
    const name = wasm.match(/^kam-navigator-([a-z]+)-/)?.[1] ?? 'employer';
    modules.push({ name, wasm: await measure(dist, [wasm]), glue: await measure(dist, [glue]) });
  }
  modules.sort((a, b) => a.name.localeCompare(b.name));
  const load = (m) => m.wasm.gzip + m.glue.gzip;
  const worst = modules.filter((m) => m.name !== 'full').reduce((a, m) => (!a || load(m) > load(a) ? m : a), undefined);
  const both = (a, b) => ({ files: [...a.files, ...b.files], raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
  const out = {
    wasm: worst.wasm,
    js: both(entry, worst.glue),
    css: await measure(dist, pick(/^app-[0-9a-f]+\.css$/)),
    html: await measure(dist, ['index.html']),
  };
  const sum = (k) => Object.values(out).reduce((a, g) => a + g[k], 0);
  out.total = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  out.firstLoadGzip = out.wasm.gzip + out.js.gzip + out.css.gzip;
  out.firstLoadModule = worst.name;
  const full = modules.find((m) => m.name === 'full');
  out.overrideFirstLoadGzip = full ? load(full) + entry.gzip + out.css.gzip : null;
  out.modules = modules.map((m) => ({
    name: m.name, wasm: m.wasm, glue: m.glue,
    firstLoadGzip: m.wasm.gzip + m.glue.gzip + entry.gzip + out.css.gzip,
    jsGzip: m.glue.gzip + entry.gzip,
  }));
  return out;
}

/** The byte budgets (bench/budgets.json). */
export async function budgets(benchDir) {
  return JSON.parse(await readFile(join(benchDir, 'budgets.json'), 'utf8'));
}
