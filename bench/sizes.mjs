// Bytes on first load, shared by the benchmark (bench/run.mjs) and the
// byte-budget test (tests/e2e/budget.test.mjs), so both count the same files
// the same way: what the standalone page fetches before the first question
// (the service worker and its registration come after), raw, gzip -9 and
// brotli -11.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function sizes(dist) {
  const files = await readdir(dist);
  const pick = (re) => files.filter((f) => re.test(f));
  const groups = {
    wasm: pick(/_bg\.wasm$/),
    js: pick(/^kam-navigator(-[0-9a-f]+)?\.js$/),
    css: pick(/^app-[0-9a-f]+\.css$/),
    html: ['index.html'],
  };
  const out = {};
  for (const [kind, names] of Object.entries(groups)) {
    let raw = 0, gz = 0, br = 0;
    for (const n of names) {
      const body = await readFile(join(dist, n));
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
      br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    out[kind] = { files: names, raw, gzip: gz, brotli: br };
  }
  const sum = (k) => Object.values(out).reduce((a, g) => a + g[k], 0);
  out.total = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  out.firstLoadGzip = out.wasm.gzip + out.js.gzip + out.css.gzip;
  return out;
}

/** The byte budgets (bench/budgets.json). */
export async function budgets(benchDir) {
  return JSON.parse(await readFile(join(benchDir, 'budgets.json'), 'utf8'));
}
