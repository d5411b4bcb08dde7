// End-to-end: the app shell on the release dist/, as a visitor uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, pageIn, open, appReady, heading } from './support/app.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const TOOLS = [
  { id: 'employer', de: 'Brauchen wir einen Account Manager oder einen Key Account Manager?', en: 'Do we need an Account Manager or a Key Account Manager?' },
  { id: 'candidate', de: 'Welche Rolle passt zu mir?', en: 'Which role fits me?' },
  { id: 'calculator', de: 'Was kostet die Stelle wirklich?', en: 'What does the position really cost?' },
];

test('loads in German with the overview and no errors', async () => {
  const tab = await openPage(env);
  await open(env, tab);
  assert.equal(await heading(tab.page, 'Welche Vertriebsrolle passt?'), 'Welche Vertriebsrolle passt?');
  assert.equal(await tab.page.getAttribute('html', 'lang'), 'de');
  assert.equal(await tab.page.title(), 'KAM Navigator: Account Manager oder Key Account Manager?');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('all three tools open by clicking the navigation', async () => {
  const tab = await openPage(env);
  await open(env, tab);
  for (const tool of TOOLS) {
    await tab.page.getByTestId(`nav-${tool.id}`).click();
    await tab.page.waitForURL(`**#/${tool.id}`);
    assert.equal(await heading(tab.page, tool.de), tool.de);
    await tab.page.locator(`[data-testid=nav-${tool.id}][aria-current=page]`).waitFor({ timeout: 5_000 }).catch(() => {});
    assert.equal(await tab.page.getByTestId(`nav-${tool.id}`).getAttribute('aria-current'), 'page');
  }
  await tab.page.getByTestId('brand').click();
  assert.equal(await heading(tab.page, 'Welche Vertriebsrolle passt?'), 'Welche Vertriebsrolle passt?');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('the language switch changes the text, and a reload keeps route and language', async () => {
  const tab = await openPage(env);
  await open(env, tab, '#/calculator');
  assert.equal(await heading(tab.page, TOOLS[2].de), TOOLS[2].de);
  await tab.page.getByTestId('lang-en').click();
  assert.equal(await heading(tab.page, TOOLS[2].en), TOOLS[2].en);
  assert.equal(await tab.page.getAttribute('html', 'lang'), 'en');
  // The browser tab speaks the page's language too (it stayed German).
  assert.equal(await tab.page.title(), 'KAM Navigator: Account Manager or Key Account Manager?');
  await tab.page.reload();
  await appReady(tab.page);
  assert.equal(await heading(tab.page, TOOLS[2].en), TOOLS[2].en);
  assert.equal(await tab.page.title(), 'KAM Navigator: Account Manager or Key Account Manager?');
  assert.ok(tab.page.url().endsWith('#/calculator'));
  // A second tab of the same visitor (same storage) starts in English too.
  const second = await pageIn(env, tab.context);
  await open(env, second, '#/candidate');
  assert.equal(await heading(second.page, TOOLS[1].en), TOOLS[1].en);
  assert.deepEqual([...tab.problems, ...second.problems], []);
  await tab.context.close();
});

test('back and forward follow the routes; an unknown route says so', async () => {
  const tab = await openPage(env);
  await open(env, tab, '#/employer');
  await tab.page.getByTestId('nav-candidate').click();
  assert.equal(await heading(tab.page, TOOLS[1].de), TOOLS[1].de);
  await tab.page.goBack();
  await tab.page.waitForURL('**#/employer');
  assert.equal(await heading(tab.page, TOOLS[0].de), TOOLS[0].de);
  await open(env, tab, '#/nowhere');
  assert.equal(await heading(tab.page, 'Seite nicht gefunden'), 'Seite nicht gefunden');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

// Screenshots of every screen: screens.test.mjs.

// index.html preloads the wasm and the first widget's glue so they download
// while the entry script loads. A preload that does not match the real
// request costs a second download and a console warning instead.
test('the core files are preloaded and fetched once each', async () => {
  // A plain context: request interception (pageIn) can bypass the preload cache.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  const warnings = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname.split('/').pop() + new URL(r.url()).search));
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${env.server.url}#/employer`);
  await appReady(page);
  // Chromium reports an unused preload a few seconds after the load event.
  await page.waitForTimeout(3500);
  const wasm = requests.filter((r) => /_bg\.wasm$/.test(r));
  const glue = requests.filter((r) => /^kam-navigator-[0-9a-f]+\.js/.test(r));
  assert.equal(wasm.length, 1, `wasm requests: ${wasm}`);
  assert.deepEqual(glue.map((r) => r.replace(/-[0-9a-f]+/, '')), ['kam-navigator.js?instance=1']);
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  await context.close();
});
