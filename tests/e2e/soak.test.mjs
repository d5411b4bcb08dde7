// Soak: 5,000 random visitor actions on the standalone page, from a seeded
// PRNG (SOAK_SEED=<n> replays a run). Answers valid and invalid, next, back,
// skip, language switches, calculator inputs, navigation, start over, and a
// reload every ~250 actions. Fails on any console error, page error, request
// to another origin, a vanished app or a crash, and on memory that grows
// without bound: the JS heap and the wasm memory after a forced GC, at
// action 1,000 and at action 5,000, are compared right after a reload (the
// post-reload baselines) and right before it (after a page lifetime of
// ~250 actions each).
//
// Each action is one page.evaluate that acts on the widget's shadow DOM
// directly (no Playwright actionability waits), so 5,000 of them fit in a
// few minutes on two cores.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage } from './support/app.mjs';

const ACTIONS = 5_000;
const SAMPLES = [1_000, ACTIONS];
const SEED = process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) >>> 0 : (Date.now() ^ (Math.random() * 2 ** 32)) >>> 0;
const MB = 1024 * 1024;

let env;
before(async () => { env = await start({}, { args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] }); });
after(async () => { await env?.stop(); });

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = ['0', '1', '2', '3', '12', '18', '55 %', '12,5', '12.5%', '100', '100 %', '40 Mio', '1,8 Mio', '5.000.000',
  '5,000,000', '5 000 000', '5\u00a0000\u00a0000', '45\u202f000', '120k', '120 Tsd.', '€ 45.000', '45.000 €', '2,5 Mio', '5 Mrd', '20', '150'];
const INVALID = ['', ' ', 'abc', '-5', '\u22125', '1e308', '1234567890123456789012345', '150 %', '1.2.3,4', ',', '.', '0,125',
  '12,345 %', 'NaN', 'Infinity', '<img src=x onerror=alert(1)>', '\u0000', '%', '€', 'Mio', '5..000', '1,5,5', '\ud83d\ude00'];

/** A random text for a number field: valid, invalid, or random characters. */
function randomText(rand) {
  const r = rand();
  if (r < 0.45) return VALID[Math.floor(rand() * VALID.length)];
  if (r < 0.8) return INVALID[Math.floor(rand() * INVALID.length)];
  const alphabet = '0123456789.,. %€kMio-+e\u00a0\u202fxX';
  const n = 1 + Math.floor(rand() * (rand() < 0.1 ? 60 : 12));
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** Installed in the page: records wasm memories and crash events, defines the actions. */
function installSoak() {
  window.__soak = { memories: [], crashes: [] };
  const keep = (result) => {
    const instance = result?.instance ?? result;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory && !window.__soak.memories.includes(memory)) window.__soak.memories.push(memory);
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function wrapped(...args) { return original.apply(this, args).then(keep); };
  }
  document.addEventListener('kam-navigator:crash', (e) => window.__soak.crashes.push(JSON.stringify(e.detail ?? null)), true);

  /** One visitor action, chosen among those possible on screen by the random numbers `r`. */
  window.__soakAct = async (r, text) => {
    const root = document.querySelector('kam-navigator')?.shadowRoot;
    const app = root?.querySelector('[data-testid=app]');
    if (!app) return { error: 'the app is gone' };
    const q = (sel) => root.querySelector(sel);
    const all = (sel) => [...root.querySelectorAll(sel)];
    const pick = (list, x) => list[Math.min(list.length - 1, Math.floor(x * list.length))];
    const type = (input, value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
    };
    const quiz = q('[data-testid=quiz]');
    const calc = q('[data-testid=calculator]');
    const options = [];
    const add = (weight, name, run) => { if (weight > 0) options.push({ weight, name, run }); };
    if (quiz) {
      const field = quiz.querySelector('input[type=text]');
      const radios = [...quiz.querySelectorAll('input[type=radio]')];
      if (field) add(6, 'type-answer', () => { type(field, text); return `${quiz.dataset.question} = ${JSON.stringify(text)}`; });
      if (radios.length) add(6, 'pick-answer', () => { const radio = pick(radios, r[1]); radio.click(); return radio.id; });
      add(6, 'next', () => q('[data-testid=next]').click());
      const backButton = q('[data-testid=back]');
      if (backButton && !backButton.disabled) add(2, 'back', () => backButton.click());
      const skip = q('[data-testid=skip]');
      if (skip) add(2, 'skip', () => skip.click());
    }
    if (calc) {
      const selects = all('[data-testid=calculator] select');
      const fields = all('[data-testid=calculator] input[type=text]');
      const checks = all('[data-testid=calculator] input[type=checkbox]');
      add(4, 'calc-select', () => {
        const s = pick(selects, r[1]);
        s.value = pick([...s.options], r[2]).value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
        return `${s.id} = ${s.value}`;
      });
      add(6, 'calc-type', () => { const f = pick(fields, r[1]); type(f, text); return `${f.id} = ${JSON.stringify(text)}`; });
      add(1, 'calc-check', () => { const c = pick(checks, r[1]); c.click(); return c.id; });
    }
    const edit = q('[data-testid=edit]');
    if (edit) add(2, 'edit-answers', () => edit.click());
    const reset = q('[data-testid=reset]');
    if (reset) add(1, 'start-over', () => reset.click());
    const toCalc = q('[data-testid=open-calculator]');
    if (toCalc) add(1, 'open-calculator', () => toCalc.click());
    const home = all('.kn-main a.kn-button[href^="#/"]');
    if (home.length) add(2, 'open-tool', () => { const a = pick(home, r[1]); a.click(); return a.getAttribute('href'); });
    add(1, 'switch-language', () => { const b = pick(all('[data-testid^=lang-]'), r[1]); b.click(); return b.dataset.testid; });
    add(2, 'navigate', () => { const a = pick(all('[data-testid^=nav-]'), r[1]); a.click(); return a.dataset.testid; });
    const notice = q('[data-testid=notice] button');
    if (notice) add(1, 'dismiss-notice', () => notice.click());
    const total = options.reduce((s, o) => s + o.weight, 0);
    let x = r[0] * total;
    const chosen = options.find((o) => (x -= o.weight) < 0) ?? options.at(-1);
    const detail = chosen.run();
    // Let Yew render, and a hash change arrive.
    await new Promise((ok) => setTimeout(ok, 0));
    return { name: chosen.name, detail: typeof detail === 'string' ? detail : '' };
  };
}

/** JS heap and wasm memory after a forced garbage collection, in bytes. */
async function memory(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc();
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return {
      heap: performance.memory.usedJSHeapSize,
      wasm: window.__soak.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0),
    };
  });
}

const mb = (n) => (n / MB).toFixed(2);

/** Waits until the app has drawn. In-page, not with a locator: Playwright's
 * injected selector engine keeps ~0.4 MB of JS heap per document alive, which
 * would read as a leak across reloads. */
async function ready(page) {
  await page.evaluate(async () => {
    const end = Date.now() + 10_000;
    while (!document.querySelector('kam-navigator')?.shadowRoot?.querySelector('[data-testid=app]')) {
      if (Date.now() > end) throw new Error('the app did not draw');
      await new Promise((ok) => setTimeout(ok, 10));
    }
  });
}

test(`5,000 random visitor actions (seed ${SEED}) leave no error and no unbounded memory growth`, { timeout: 6 * 60_000 }, async () => {
  console.log(`soak seed ${SEED} (replay with SOAK_SEED=${SEED})`);
  const rand = prng(SEED);
  const tab = await openPage(env);
  const { page, context } = tab;
  await context.addInitScript(installSoak);
  await page.goto(env.server.url);
  await ready(page);
  assert.equal(await page.evaluate(() => typeof window.gc), 'function', 'Chromium exposes gc()');

  const log = [];
  const counts = {};
  const samples = {};
  let nextReload = 200 + Math.floor(rand() * 100);
  let reloads = 0;
  const reload = async () => {
    await page.reload();
    await ready(page);
    reloads++;
  };
  const began = Date.now();
  for (let i = 1; i <= ACTIONS; i++) {
    const r = [rand(), rand(), rand()];
    const text = randomText(rand);
    const done = await page.evaluate(([rr, t]) => window.__soakAct(rr, t), [r, text]);
    log.push(`${i} ${done.name ?? '?'} ${done.detail ?? done.error}`);
    if (log.length > 40) log.shift();
    counts[done.name ?? 'error'] = (counts[done.name ?? 'error'] ?? 0) + 1;
    const stop = done.error || tab.problems.length;
    if (stop) assert.fail(`after action ${i}: ${done.error ?? tab.problems.join('\n')}\nlast actions:\n${log.join('\n')}`);
    if (SAMPLES.includes(i)) {
      // The end of a page lifetime, then the fresh page after a reload.
      const before = await memory(page);
      await reload();
      const afterReload = await memory(page);
      samples[i] = { before, after: afterReload };
      nextReload = i + 200 + Math.floor(rand() * 100);
    } else if (i >= nextReload) {
      if (process.env.SOAK_TRACE) console.log(`before reload at ${i}: ${JSON.stringify(await memory(page))}`);
      await reload();
      if (process.env.SOAK_TRACE) console.log(`after reload at ${i}: ${JSON.stringify(await memory(page))}`);
      nextReload = i + 200 + Math.floor(rand() * 100);
    }
  }
  const seconds = (Date.now() - began) / 1000;
  const crashes = await page.evaluate(() => window.__soak.crashes);
  const [a, b] = SAMPLES.map((n) => samples[n]);
  console.log(`soak: ${ACTIONS} actions + ${reloads} reloads in ${seconds.toFixed(1)} s = ${(ACTIONS / seconds).toFixed(1)} actions/s; `
    + `JS heap at 1000/5000 before reload ${mb(a.before.heap)}/${mb(b.before.heap)} MB, after reload ${mb(a.after.heap)}/${mb(b.after.heap)} MB; `
    + `wasm memory before reload ${mb(a.before.wasm)}/${mb(b.before.wasm)} MB, after reload ${mb(a.after.wasm)}/${mb(b.after.wasm)} MB; `
    + `actions ${JSON.stringify(counts)}`);
  assert.deepEqual(crashes, []);
  assert.deepEqual(tab.problems, []);
  // Every kind of action happened.
  for (const name of ['type-answer', 'pick-answer', 'next', 'back', 'skip', 'calc-select', 'calc-type', 'switch-language', 'navigate', 'start-over', 'edit-answers']) {
    assert.ok(counts[name] > 0, `no ${name} in ${JSON.stringify(counts)}`);
  }
  // Memory: less than twice the 1,000-action figure plus 5 MB, for the heap
  // and the wasm memory, before and after the reload.
  for (const when of ['before', 'after']) {
    for (const kind of ['heap', 'wasm']) {
      const first = a[when][kind];
      const last = b[when][kind];
      assert.ok(first > 0, `${kind} ${when} reload measured`);
      assert.ok(last < 2 * first + 5 * MB, `${kind} ${when} reload grew from ${mb(first)} MB at 1,000 to ${mb(last)} MB at 5,000 actions`);
    }
  }
  await context.close();
});
