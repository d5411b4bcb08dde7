// End-to-end accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA)
// on every screen, in German and English, in the light and the dark colour
// scheme. Zero violations allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, openPage, open } from './support/app.mjs';
import { answerQuiz, GREENTECH, numberField, SENIOR_KAM, waitForQuestion } from './support/quiz.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Runs axe on the page; returns its violations in a readable form. */
async function audit(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, TAGS);
  return violations.map((v) => ({ screen, ...v }));
}

function report(violations) {
  return violations.map((v) => [
    `[${v.screen}] ${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`),
  ].join('\n')).join('\n');
}

async function setLang(page, lang) {
  await page.getByTestId(`lang-${lang}`).click();
  await page.locator(`html[lang=${lang}]`).waitFor({ state: 'attached' });
}

for (const colorScheme of ['light', 'dark']) {
  for (const lang of ['de', 'en']) {
    test(`every screen passes axe (${lang}, ${colorScheme})`, async () => {
      const tab = await openPage(env, { colorScheme });
      const { page } = tab;
      const found = [];
      const check = async (screen) => found.push(...(await audit(page, screen)));

      await open(env, tab);
      await setLang(page, lang);
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
      await check('home');

      await page.getByTestId('nav-employer').click();
      await waitForQuestion(page, 'business_model');
      await check('employer: first question');
      await answerQuiz(page, GREENTECH, { stopAt: 'annual_revenue' });
      await check('employer: number question');
      await numberField(page, 'annual_revenue').fill('zwölf');
      await page.getByTestId('input-error').waitFor();
      await check('employer: number question with an error');
      await numberField(page, 'annual_revenue').fill('');
      await answerQuiz(page, GREENTECH);
      await page.getByTestId('employer-result').waitFor();
      await check('employer: result');

      await page.getByTestId('nav-candidate').click();
      await waitForQuestion(page, 'years_in_sales');
      await check('candidate: first question (a number)');
      await answerQuiz(page, SENIOR_KAM, { stopAt: 'account_size' });
      await check('candidate: choice question');
      await answerQuiz(page, SENIOR_KAM);
      await page.getByTestId('candidate-result').waitFor();
      await check('candidate: result');

      await page.getByTestId('nav-calculator').click();
      await page.getByTestId('calculator').waitFor();
      await check('calculator');

      assert.ok(found.length === 0, `${found.length} axe violation(s):\n${report(found)}`);
      assert.deepEqual(tab.problems, []);
      await tab.context.close();
    });
  }
}

test('source badges name their source once', async () => {
  const tab = await openPage(env);
  try {
    const { page } = tab;
    await open(env, tab, '#/calculator');
    for (const lang of ['de', 'en']) {
      await setLang(page, lang);
      const labels = await page.locator('button.kn-src').evaluateAll((b) => [...new Set(b.map((x) => x.getAttribute('aria-label')))]);
      assert.ok(labels.length >= 4, labels.join(' | '));
      const doubled = labels.filter((l) => /^(Quelle|Source): (Quelle|Source):/.test(l));
      assert.deepEqual(doubled, [], `${lang}: ${doubled.join(' | ')}`);
    }
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});

// Lighthouse's accessibility score counts axe's best-practice rules too. Its
// `skip-link` rule looks for the target of an in-page link in the document,
// and the widget's main region lives in its shadow root, where a `#fragment`
// cannot reach: the skip control must be a button that moves focus itself.
test('the skip control passes axe best practice and moves focus to the page', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab);
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const skipLink = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'rule', values: ['skip-link'] }, resultTypes: ['violations'] })).violations.map((v) => v.id));
  assert.deepEqual(skipLink, []);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.querySelector('kam-navigator').shadowRoot.activeElement?.className);
  assert.match(first ?? '', /kn-skip/, 'the skip control is the first stop');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.querySelector('kam-navigator').shadowRoot.activeElement?.id);
  assert.equal(focused, 'kn-main');
  await tab.context.close();
});

// WCAG 2.2 SC 2.4.11 (focus not obscured): on one column the calculator's
// team total sticks to the bottom of the screen; a control reached with
// the keyboard must not sit underneath it.
test('keyboard focus in the calculator never hides under the sticky total', async () => {
  const tab = await openPage(env, { width: 375, height: 800 });
  const { page } = tab;
  await open(env, tab, '#/calculator');
  await page.getByTestId('calculator').waitFor();
  await page.getByTestId('calc-industry').focus();
  const bar = page.locator('.kn-sticky-total');
  const hidden = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const overlap = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const sticky = document.querySelector('kam-navigator').shadowRoot.querySelector('.kn-sticky-total');
      if (!el || !sticky) return null;
      const a = el.getBoundingClientRect();
      const b = sticky.getBoundingClientRect();
      const covered = b.height > 0 && a.bottom > b.top && a.top < b.bottom;
      return covered ? `${el.id || el.getAttribute('data-testid') || el.tagName} ${Math.round(a.top)}–${Math.round(a.bottom)} under ${Math.round(b.top)}–${Math.round(b.bottom)}` : '';
    });
    if (overlap) hidden.push(overlap);
  }
  assert.ok(await bar.isVisible(), 'the sticky total shows at 375 px');
  assert.deepEqual(hidden, []);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});
