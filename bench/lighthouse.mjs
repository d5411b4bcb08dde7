// One Lighthouse run for the benchmark (bench/run.mjs calls it five times):
//   node bench/lighthouse.mjs [PATH] [--preset=desktop|mobile] [--deadline-ms=N]
//     [--encoding=precompressed|identity] [--lhr=FILE]
// Serves dist/ itself, launches Chromium with chrome-launcher, runs
// Lighthouse's Node API against http://127.0.0.1:PORT/PATH and prints one
// JSON line on stdout: the scores, metrics and the audits that fail, or
// { error }. Chromium is always killed, also on timeout and on SIGTERM.
//
// Why a process of its own with its own server: run.mjs waits for it with
// execFileSync, which freezes run.mjs's event loop and with it any server in
// that process. Lighthouse pointed at run.mjs's server used to wait for a
// response that never came (Page.navigate never returns, then NO_FCP /
// protocol timeouts, "Protocol error (Page.navigate)" when Chromium is
// killed).
//
// The server sends dist/'s precompressed .br / .gz when the browser accepts
// them, as a static host in production would: Lighthouse's byte weight and
// its simulated-throttling timings are based on transfer sizes, so serving
// the raw 0.5 MB wasm would measure a deployment nobody runs.
// --encoding=identity serves the raw files like tests/e2e/support/server.mjs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(HERE, '..', 'dist');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Running as root needs --no-sandbox; the machine has no network, so nothing
// in the background may try to reach it.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const path = args.find((a) => !a.startsWith('--')) ?? '/';
const preset = opt('preset', 'desktop');
const deadlineMs = Number(opt('deadline-ms', 110_000));
const encoding = opt('encoding', 'precompressed');
const lhrFile = opt('lhr', '');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};
const FOLDERS = [['/bench/', HERE], ['/', DIST]];

async function serve() {
  const server = createServer(async (req, res) => {
    try {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const [at, base] = FOLDERS.find(([prefix]) => p.startsWith(prefix));
      let file = normalize(join(base, p.slice(at.length)));
      if (!file.startsWith(base)) throw new Error('outside');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', vary: 'accept-encoding' };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      let body;
      for (const [enc, ext] of encoding === 'identity' ? [] : [['br', '.br'], ['gzip', '.gz']]) {
        if (!new RegExp(`\\b${enc}\\b`).test(accepts)) continue;
        body = await readFile(file + ext).catch(() => undefined);
        if (body) { headers['content-encoding'] = enc; break; }
      }
      body ??= await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// What a failing audit is and why, kept short: a few items of its details.
const brief = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').slice(0, 200) : v);
function itemSummary(item) {
  const out = {};
  for (const [k, v] of Object.entries(item)) {
    if (v && typeof v === 'object' && v.type === 'node') out[k] = { selector: v.selector, snippet: brief(v.snippet), explanation: brief(v.explanation) };
    else if (v && typeof v === 'object' && v.type === 'source-location') out[k] = `${v.url}:${v.line}:${v.column}`;
    else if (v && typeof v === 'object' && v.type === 'subitems') out[k] = v.items.slice(0, 5).map(itemSummary);
    else if (v === null || typeof v !== 'object') out[k] = brief(v);
  }
  return out;
}
function failingAudits(lhr) {
  const failing = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (a.score === null || a.score >= 1 || ['manual', 'informative', 'notApplicable'].includes(a.scoreDisplayMode)) continue;
      // Performance: metrics always (they make the score); other audits
      // (insights, diagnostics) only when Lighthouse itself flags them.
      if (id === 'performance' && ref.group !== 'metrics' && a.score >= 0.9) continue;
      failing.push({
        category: id, id: a.id, title: a.title, score: a.score, weight: ref.weight, displayValue: a.displayValue,
        explanation: a.explanation, items: (a.details?.items ?? []).slice(0, 5).map(itemSummary),
      });
    }
  }
  return failing;
}

let chrome;
let server;
const cleanUp = async () => {
  try { chrome?.kill(); } catch { /* already gone */ }
  chrome = undefined;
  await server?.close().catch(() => {});
  server = undefined;
};
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => cleanUp().finally(() => process.exit(1)));

async function run() {
  server = await serve();
  chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false });
  const result = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    preset === 'desktop' ? desktopConfig : undefined);
  const { lhr } = result;
  if (lhrFile) await import('node:fs/promises').then((fs) => fs.writeFile(lhrFile, result.report));
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id) => (lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id].numericValue ?? null;
  return {
    preset, encoding, url: lhr.finalDisplayedUrl, lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent,
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    fcpMs: value('first-contentful-paint'), lcpMs: value('largest-contentful-paint'), tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'), siMs: value('speed-index'), bytes: value('total-byte-weight'),
    warnings: lhr.runWarnings, failing: failingAudits(lhr),
  };
}

let timer;
const deadline = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`no result within ${deadlineMs / 1000} s`)), deadlineMs); });
let out;
try {
  out = await Promise.race([run(), deadline]);
} catch (e) {
  out = { error: String(e?.stack || e?.message || e).slice(0, 2000) };
} finally {
  clearTimeout(timer);
  await cleanUp();
}
process.stdout.write(`${JSON.stringify(out)}\n`);
// Lighthouse may leave sockets or timers behind after a failure.
process.exit(out.error ? 1 : 0);
