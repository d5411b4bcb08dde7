// One wasm module per tool: a page fetches only the module of its first
// screen, and opening another tool mounts that tool's module in place with
// everything the visitor had entered, in their language, with the focus on
// the new page's heading, also where storage is blocked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { heading, open, openPage, pageIn, start } from './support/app.mjs';
import { join } from 'node:path';
import { ROOT } from './support/app.mjs';
import { GREENTECH, JUNIOR, answerQuiz, answerStep, focused, next, radio, waitForQuestion } from './support/quiz.mjs';

let env;
before(async () => {
  env = await start({ mounts: { '/fixtures/': join(ROOT, 'tests', 'e2e', 'fixtures') } });
});
after(async () => {
  await env?.stop();
});

/** The module names of the wasm files the page fetched, in order. */
function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop();
    const m = file.match(/^kam-navigator-(?:([a-z]+)-)?[0-9a-f]+_bg\.wasm$/);
    if (m) seen.push(m[1] ?? 'employer');
  });
  return seen;
}

const FIRST = { '': 'employer', '#/employer': 'employer', '#/candidate': 'candidate', '#/calculator': 'calculator' };

for (const [hash, module] of Object.entries(FIRST)) {
  test(`${hash || 'the overview'} loads the ${module} module and no other`, async () => {
    const tab = await openPage(env);
    const seen = wasmRequests(tab.page);
    await open(env, tab, hash);
    await tab.page.locator('[data-testid=page] h1').waitFor();
    // Give a stray second fetch the time to show.
    await tab.page.waitForTimeout(300);
    assert.deepEqual(seen, [module]);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
}

async function carriesOver(tab, { blocked }) {
  const { page, context } = tab;
  if (blocked) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
      Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
  }
  const seen = wasmRequests(page);
  await open(env, tab, '#/employer');
  await page.getByTestId('lang-en').click();
  await page.locator('[data-testid=app][lang=en]').waitFor();
  await waitForQuestion(page, 'business_model');
  await answerStep(page, 'business_model', 'mixed');
  await next(page);
  await waitForQuestion(page, 'largest_customer_share');
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('calculator').waitFor();
  assert.equal(await heading(page, 'cost'), await page.locator('[data-testid=page] h1').textContent());
  assert.match(await heading(page), /cost/i, 'the English calculator');
  assert.equal((await focused(page)).tag, 'h1', 'the focus is on the new page heading');
  await page.getByTestId('calc-kam-count').fill('3');
  await page.getByTestId('team-total').locator('h3').filter({ hasText: 'Your team: 3 KAM' }).waitFor();
  // Back: the employer quiz is on its second question, with the first answer kept.
  await page.getByTestId('nav-employer').click();
  await waitForQuestion(page, 'largest_customer_share');
  await page.getByTestId('back').click();
  await waitForQuestion(page, 'business_model');
  assert.ok(await radio(page, 'business_model', 'mixed').isChecked(), 'the first answer is kept');
  // And the calculator still has its three KAMs; each module was fetched once.
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('team-total').locator('h3').filter({ hasText: 'Your team: 3 KAM' }).waitFor();
  assert.deepEqual(seen, ['employer', 'calculator']);
  assert.deepEqual(tab.problems, []);
}

test('opening another tool mounts its module with the answers, the language and the focus', async () => {
  const tab = await openPage(env);
  await carriesOver(tab, { blocked: false });
  await tab.context.close();
});

test('the handover keeps the answers where storage is blocked', async () => {
  const tab = await openPage(env);
  await carriesOver(tab, { blocked: true });
  await tab.context.close();
});

test('an embedded widget with its own routing swaps modules and leaves the host address alone', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  const seen = wasmRequests(page);
  await page.goto(`${env.server.origin}/fixtures/all-tools.html`);
  await page.getByTestId('app').waitFor();
  const address = page.url();
  await page.getByTestId('nav-candidate').click();
  await page.getByTestId('quiz').waitFor();
  assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), 'years_in_sales');
  assert.equal(page.url(), address);
  assert.deepEqual(seen, ['employer', 'candidate']);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a widget with an override document loads the module that reads it, and only that one', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  const seen = wasmRequests(page);
  await page.goto(`${env.server.origin}/fixtures/override.html`);
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('calculator').waitFor();
  await page.getByTestId('nav-employer').click();
  await page.getByTestId('quiz').waitFor();
  await page.getByTestId('nav-candidate').click();
  await page.getByTestId('quiz').waitFor();
  assert.deepEqual(seen, ['full']);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('an override document given after the start moves the widget to that module with its answers', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  const seen = wasmRequests(page);
  await page.goto(`${env.server.origin}/fixtures/all-tools.html`);
  await page.getByTestId('nav-employer').click();
  await waitForQuestion(page, 'business_model');
  await answerStep(page, 'business_model', 'few_large');
  await next(page);
  await page.evaluate(() => {
    const el = document.getElementById('all');
    el.shadowRoot.activeElement?.blur();
    el.setAttribute('config', './override-ok.json');
  });
  // The handed-over widget focuses its heading, which the first one never did.
  for (let i = 0; i < 200 && (await focused(page)).tag !== 'h1'; i++) await page.waitForTimeout(50);
  assert.equal((await focused(page)).tag, 'h1', 'a new widget took over');
  assert.deepEqual(seen, ['employer', 'full']);
  await waitForQuestion(page, 'largest_customer_share');
  await page.getByTestId('back').click();
  await waitForQuestion(page, 'business_model');
  assert.ok(await radio(page, 'business_model', 'few_large').isChecked(), 'the answer is kept');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

// Each tool module carries only its own quiz's texts: a text key on screen
// would mean a page asked for a text its module left out.
const KEY = /\b(emp|cand|cost|role|family|source|error)\.[a-z_]+(\.[a-z_0-9]+)*\b/;

test('every tool module shows texts, not text keys, from its first screen to its result', async () => {
  for (const lang of ['de', 'en']) {
    const tab = await openPage(env);
    const { page } = tab;
    const seen = wasmRequests(page);
    const screen = async (what) => {
      const text = await page.getByTestId('page').innerText();
      assert.doesNotMatch(text, KEY, `${lang} ${what}`);
    };
    await open(env, tab, '#/');
    if (lang === 'en') await page.getByTestId('lang-en').click();
    await page.locator(`[data-testid=app][lang=${lang}]`).waitFor();
    await screen('overview');
    await page.getByTestId('nav-employer').click();
    await waitForQuestion(page, 'business_model');
    await screen('employer quiz');
    await answerQuiz(page, GREENTECH);
    await page.getByTestId('employer-result').waitFor();
    await screen('employer result');
    await page.getByTestId('nav-candidate').click();
    await waitForQuestion(page, 'years_in_sales');
    await screen('candidate quiz');
    await answerQuiz(page, JUNIOR);
    await page.getByTestId('candidate-result').waitFor();
    await screen('candidate result');
    await page.getByTestId('nav-calculator').click();
    await page.getByTestId('team-total').waitFor();
    await screen('calculator');
    assert.deepEqual(seen, ['employer', 'candidate', 'calculator']);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  }
});

test('a widget fixed to the employer quiz opens the calculator from its result and stays there, in the visitor\'s language', async () => {
  const tab = await openPage(env, { height: 4000 });
  const { page } = tab;
  const seen = wasmRequests(page);
  await page.goto(`${env.server.origin}/fixtures/tool.html`);
  const emp = page.locator('#emp');
  const calc = page.locator('#calc');
  await calc.getByTestId('calculator').waitFor();
  await emp.getByTestId('lang-en').click();
  await emp.locator('[data-testid=app][lang=en]').waitFor();
  await answerQuiz(emp, GREENTECH);
  await emp.getByTestId('open-calculator').click();
  await emp.getByTestId('calculator').waitFor();
  // Not a bounce back to the quiz, and still the visitor's English.
  await page.waitForTimeout(500);
  assert.equal(await emp.getByTestId('calculator').count(), 1);
  assert.equal(await emp.getByTestId('app').getAttribute('lang'), 'en');
  assert.equal(await emp.getByTestId('calc-kam-count').inputValue(), '2');
  // " Calculator " is read as the widget reads it: only its module loads.
  assert.deepEqual(seen.sort(), ['calculator', 'employer']);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('the iframe page loads only the module of its tool', async () => {
  for (const [tool, module] of [['calculator', 'calculator'], ['candidate', 'candidate'], ['employer', 'employer']]) {
    const tab = await openPage(env);
    const seen = wasmRequests(tab.page);
    await tab.page.goto(`${env.server.url}embed.html?tool=${tool}`);
    await tab.page.getByTestId(module === 'calculator' ? 'calculator' : 'quiz').waitFor();
    await tab.page.waitForTimeout(300);
    assert.deepEqual(seen, [module], tool);
    // Nothing moved the focus into the widget on load.
    assert.notEqual((await focused(tab.page)).tag, 'h1', tool);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  }
});

/** A tab without the service worker, whose fetches `page.route` would not see. */
async function plainTab() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(10_000);
  return pageIn(env, context);
}

test('a return to the first module while the other loads calls the swap off', async () => {
  const tab = await plainTab();
  const { page } = tab;
  const seen = wasmRequests(page);
  // The calculator's module takes its time.
  await page.route(/kam-navigator-calculator-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await open(env, tab, '#/employer');
  await waitForQuestion(page, 'business_model');
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('tool-loading').waitFor();
  await page.getByTestId('nav-employer').click();
  await waitForQuestion(page, 'business_model');
  await answerStep(page, 'business_model', 'mixed');
  await next(page);
  await waitForQuestion(page, 'largest_customer_share');
  // Long after the module arrived: the employer quiz is still here, where
  // the visitor left it.
  await page.waitForTimeout(2500);
  assert.deepEqual(seen, ['employer', 'calculator']);
  assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), 'largest_customer_share');
  assert.match(page.url(), /#\/employer$/);
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('team-total').waitFor();
  await page.getByTestId('nav-employer').click();
  await waitForQuestion(page, 'largest_customer_share');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a module that cannot load shows a message with a button that tries again, and nothing is lost', async () => {
  const tab = await plainTab();
  const { page } = tab;
  await page.route(/kam-navigator-calculator-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await open(env, tab, '#/employer');
  await waitForQuestion(page, 'business_model');
  await answerStep(page, 'business_model', 'mixed');
  await next(page);
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('crash').waitFor();
  assert.match(await page.getByTestId('crash').innerText(), /could not be loaded/);
  await page.unroute(/kam-navigator-calculator-[0-9a-f]+_bg\.wasm$/);
  await page.getByTestId('crash-reload').click();
  await page.getByTestId('team-total').waitFor();
  await page.getByTestId('nav-employer').click();
  await waitForQuestion(page, 'largest_customer_share');
  const expected = tab.problems.filter((p) => !/could not load|ERR_FAILED|Failed to fetch|Failed to load resource/.test(p));
  assert.deepEqual(expected, []);
  await tab.context.close();
});
