// End-to-end: what the app remembers. Answers survive a reload, a share link
// opens the same result in another browser, "start over" forgets, the
// language switch retranslates a result, and unreadable storage or links
// give a notice instead of a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, open, appReady, installTyping } from './support/app.mjs';
import {
  answerQuiz, currentQuestion, factorTexts, GREENTECH, norm, numberField, radio, SENIOR_KAM,
  textOf, waitForQuestion, back, euros, focused,
} from './support/quiz.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const STATE_KEY = 'kam-navigator.state';

async function reload(page) {
  await page.reload();
  await appReady(page);
}

/** Everything an employer result says, for comparing two renderings. */
async function employerSnapshot(page) {
  const result = page.getByTestId('employer-result');
  await result.waitFor();
  return {
    level: await result.getAttribute('data-level'),
    verdict: await textOf(page.getByTestId('verdict')),
    factors: await factorTexts(page),
    team: await textOf(page.getByTestId('team')),
  };
}

test('a reload restores the answers, the results and the calculator inputs', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  await answerQuiz(page, GREENTECH);
  const employer = await employerSnapshot(page);
  await page.getByTestId('nav-candidate').click();
  await answerQuiz(page, SENIOR_KAM);
  const outcome = await page.getByTestId('candidate-result').getAttribute('data-outcome');
  await page.getByTestId('nav-calculator').click();
  await page.getByTestId('calc-kam-base').fill('88.000');
  await page.getByTestId('kam-base').filter({ hasText: '88.000' }).waitFor();

  await reload(page);
  assert.equal(await page.getByTestId('calc-kam-base').inputValue(), '88.000');
  assert.equal(euros(await page.getByTestId('kam-base').textContent()), 88000);
  await page.getByTestId('nav-employer').click();
  assert.deepEqual(await employerSnapshot(page), employer);
  await page.getByTestId('nav-candidate').click();
  assert.equal(await page.getByTestId('candidate-result').getAttribute('data-outcome'), outcome);
  assert.equal(await textOf(page.getByTestId('outcome')), 'Bereit für Key Account Management');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a reload in the middle of the quiz keeps the answers given so far', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  await answerQuiz(page, { business_model: 'few_large', largest_customer_share: '18' }, { stopAt: 'top_customers_share' });
  await reload(page);
  // The quiz resumes on the question the visitor was looking at…
  await waitForQuestion(page, 'top_customers_share');
  // …and the answers given are all there.
  for (const id of ['largest_customer_share']) {
    await back(page);
    assert.equal(await currentQuestion(page), id);
  }
  assert.equal(norm(await numberField(page, 'largest_customer_share').inputValue()), '18 %');
  await back(page);
  assert.ok(await radio(page, 'business_model', 'few_large').isChecked());
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a reload among the optional questions stays in the quiz', async () => {
  const tab = await openPage(env);
  try {
    const { page } = tab;
    await open(env, tab, '#/employer');
    const required = { business_model: 'few_large', largest_customer_share: '18', annual_revenue: '40 Mio', losing_to_competitors: 'no' };
    await answerQuiz(page, required, { stopAt: 'complex_requirements' });
    await reload(page);
    await page.getByTestId('quiz').or(page.getByTestId('employer-result')).waitFor();
    assert.equal(await page.getByTestId('employer-result').count(), 0, 'the result shows before the quiz is done');
    assert.equal(await currentQuestion(page), 'complex_requirements');
  } finally {
    await tab.context.close();
  }
});

test('the share link opens the same result in a fresh browser', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await tab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await open(env, tab, '#/employer');
  await answerQuiz(page, GREENTECH);
  const original = await employerSnapshot(page);
  await page.getByTestId('share').click();
  const field = page.getByTestId('share-url');
  await field.waitFor();
  const url = await field.inputValue();
  assert.ok(url.startsWith(`${env.server.url}#/employer?s=`), url);
  assert.equal(norm(await page.locator('.kn-share p').textContent()), 'Link kopiert. Er öffnet genau dieses Ergebnis.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);

  // The link carries the employer answers only: the candidate and the
  // calculator sections are empty (a review found a candidate's link
  // passing on the sharer's company figures).
  assert.match(url, /\?s=1\.e\.[^.&]+\.\.(&|$)/);

  // Another visitor, with answers of their own in the candidate quiz.
  const other = await openPage(env);
  await open(env, other, '#/candidate');
  await answerQuiz(other.page, SENIOR_KAM);
  await other.page.goto(url);
  assert.deepEqual(await employerSnapshot(other.page), original);
  // The state leaves the address, so a reload shows later changes.
  await other.page.waitForURL((u) => u.hash === '#/employer');
  // The link replaced the employer answers, not the visitor's own others.
  await other.page.getByTestId('nav-candidate').click();
  assert.equal(await textOf(other.page.getByTestId('outcome')), 'Bereit für Key Account Management');
  await reload(other.page);
  await other.page.getByTestId('candidate-result').waitFor();
  await other.page.getByTestId('nav-employer').click();
  assert.deepEqual(await employerSnapshot(other.page), original);

  // The calculator's link opens the calculator with the same inputs.
  await page.getByTestId('open-calculator').click();
  await page.getByTestId('calc-kam-base').fill('95000');
  await page.getByTestId('kam-base').filter({ hasText: '95.000' }).waitFor();
  const total = await textOf(page.getByTestId('team-yearly'));
  await page.getByTestId('share').click();
  const calcUrl = await page.getByTestId('share-url').inputValue();
  assert.match(calcUrl, /#\/calculator\?s=/);
  const third = await openPage(env);
  await third.page.goto(calcUrl);
  await appReady(third.page);
  await third.page.getByTestId('calculator').waitFor();
  assert.equal(await textOf(third.page.getByTestId('team-yearly')), total);
  assert.equal(await third.page.getByTestId('calc-kam-count').inputValue(), '2');
  assert.equal(await third.page.getByTestId('calc-kam-base').inputValue(), '95.000');

  assert.deepEqual([...tab.problems, ...other.problems, ...third.problems], []);
  await Promise.all([tab.context.close(), other.context.close(), third.context.close()]);
});

// From a visitor-perspective review: a link copied from the English page
// opened the same result in German, though the page promises "It opens
// exactly this result". The link carries its language; the recipient's own
// stored choice is not touched.
test('a share link opens the result in the language it was shared in', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  await page.getByTestId('lang-en').click();
  await answerQuiz(page, GREENTECH);
  const original = await employerSnapshot(page);
  assert.equal(original.verdict.length > 0 && /^KAM /.test(original.verdict), true, original.verdict);
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  assert.match(url, /#\/employer\?s=[^&]+&l=en$/);

  const other = await openPage(env);
  await other.page.goto(url);
  await appReady(other.page);
  assert.deepEqual(await employerSnapshot(other.page), original);
  assert.equal(await other.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await other.page.evaluate(() => localStorage.getItem('kam-navigator.lang')), null,
    'the link does not store a language choice');
  // The link's language holds in its tab: a reload, also on another page
  // of the app, stays English (it fell back to German).
  await other.page.waitForURL((u) => u.hash === '#/employer');
  await reload(other.page);
  await other.page.getByTestId('employer-result').waitFor();
  assert.equal(await other.page.getAttribute('html', 'lang'), 'en');
  await other.page.getByTestId('nav-calculator').click();
  await reload(other.page);
  await other.page.getByTestId('calculator').waitFor();
  assert.equal(await other.page.getAttribute('html', 'lang'), 'en');
  // A new tab of the same browser starts in the visitor's own language.
  const sibling = await other.context.newPage();
  await sibling.goto(`${env.server.url}#/employer`);
  await appReady(sibling);
  assert.equal(await sibling.getAttribute('html', 'lang'), 'de');
  // A link without a language, or with one the app does not know, keeps
  // the recipient's own (German by default).
  const third = await openPage(env);
  await third.page.goto(url.replace('&l=en', '&l=xx'));
  await appReady(third.page);
  await third.page.getByTestId('employer-result').waitFor();
  assert.equal(await third.page.getAttribute('html', 'lang'), 'de');
  assert.deepEqual([...tab.problems, ...other.problems, ...third.problems], []);
  await Promise.all([tab.context.close(), other.context.close(), third.context.close()]);
});

// From a review: a link pasted into the address bar of a tab that already
// shows the app changed only the page; its answers and language were lost.
test('a share link pasted into an open tab opens its result', async () => {
  const tab = await openPage(env);
  const other = await openPage(env);
  try {
    await open(env, tab, '#/employer');
    await tab.page.getByTestId('lang-en').click();
    await answerQuiz(tab.page, GREENTECH);
    const original = await employerSnapshot(tab.page);
    await tab.page.getByTestId('share').click();
    const url = await tab.page.getByTestId('share-url').inputValue();

    await open(env, other, '#/calculator');
    assert.equal(await other.page.getAttribute('html', 'lang'), 'de');
    // Only the fragment differs: the browser does not load the page again.
    await other.page.goto(url);
    await other.page.getByTestId('employer-result').waitFor();
    assert.deepEqual(await employerSnapshot(other.page), original);
    assert.equal(await other.page.getAttribute('html', 'lang'), 'en');
    await other.page.waitForURL((u) => u.hash === '#/employer');
    assert.deepEqual([...tab.problems, ...other.problems], []);
  } finally {
    await Promise.all([tab.context.close(), other.context.close()]);
  }
});

// From a screen-reader review: the share message's status region appeared
// together with its text (often not read out), a second click said
// nothing, the link field had the button's name, and the quiz progress
// was read twice (its text and the progress bar named by it).
test('sharing and progress are announced once and named apart', async () => {
  const tab = await openPage(env);
  try {
    const { page } = tab;
    await open(env, tab, '#/employer');
    const label = page.locator('.kn-progress-label');
    assert.equal(await label.getAttribute('aria-hidden'), 'true');
    const bar = page.getByRole('progressbar');
    assert.equal(await bar.getAttribute('aria-labelledby'), await label.getAttribute('id'));
    await answerQuiz(page, GREENTECH);
    const status = page.locator('.kn-actions [role=status]');
    assert.equal(await status.count(), 1, 'the status region is there before the click');
    assert.equal(norm(await status.textContent()), '');
    await page.getByTestId('share').click();
    const message = status.locator('p');
    await message.waitFor();
    assert.match(norm(await message.textContent()), /^Link (kopiert|kopieren)|^Kopieren Sie/);
    const field = page.getByTestId('share-url');
    assert.equal(await field.getAttribute('aria-label'), 'Link zu diesem Ergebnis');
    // A second click says it again: a new message node in the region.
    await message.evaluate((p) => { p.dataset.seen = '1'; });
    await page.getByTestId('share').click();
    await status.locator('p:not([data-seen])').waitFor();
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});

test('"start over" clears the tool, and only that tool', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/candidate');
  await answerQuiz(page, SENIOR_KAM);
  await page.getByTestId('nav-employer').click();
  await answerQuiz(page, GREENTECH);
  await page.getByTestId('reset').click();
  await waitForQuestion(page, 'business_model');
  assert.equal(await textOf(page.locator('.kn-progress-label')), 'Frage 1 von 16');
  // Focus goes to the first question, not lost with the button.
  const f = await focused(page);
  assert.equal(f.testid, 'question-title', JSON.stringify(f));
  for (const option of ['few_large', 'mixed', 'mass_market']) {
    assert.ok(!(await radio(page, 'business_model', option).isChecked()), option);
  }
  // Nothing comes back after a reload.
  await reload(page);
  await waitForQuestion(page, 'business_model');
  assert.ok(!(await radio(page, 'business_model', 'few_large').isChecked()));
  await page.getByTestId('next').click();
  await page.getByTestId('answer-required').waitFor();
  // The candidate result is still there.
  await page.getByTestId('nav-candidate').click();
  assert.equal(await page.getByTestId('candidate-result').getAttribute('data-outcome'), 'kam_ready');

  // The calculator's "start over" restores the defaults, in the fields too.
  await page.getByTestId('nav-calculator').click();
  const start = await textOf(page.getByTestId('team-yearly'));
  await page.getByTestId('calc-am-count').fill('7');
  await page.getByTestId('calc-industry').selectOption('technology');
  await page.getByTestId('team-total').locator('h3').filter({ hasText: '7 AM' }).waitFor();
  assert.notEqual(await textOf(page.getByTestId('team-yearly')), start);
  await page.getByTestId('reset').click();
  await page.getByTestId('team-total').locator('h3').filter({ hasText: 'Ihr Team: 1 KAM und 2 AM' }).waitFor();
  assert.equal(await textOf(page.getByTestId('team-yearly')), start);
  assert.equal(await page.getByTestId('calc-am-count').inputValue(), '');
  assert.equal(await page.getByTestId('calc-industry').inputValue(), 'general');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('the language switch on a result page changes its texts', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  await answerQuiz(page, GREENTECH);
  const de = await employerSnapshot(page);
  await page.getByTestId('lang-en').click();
  await page.getByTestId('verdict').filter({ hasText: /^KAM (recommended|urgently needed)$/ }).waitFor();
  const en = await employerSnapshot(page);
  assert.equal(en.level, de.level);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(Object.keys(en.factors), Object.keys(de.factors));
  assert.match(de.factors.largest_customer_share, /Ihr größter Kunde bringt 18 % des Umsatzes/);
  assert.match(en.factors.largest_customer_share, /Your largest customer brings 18% of revenue, above the 10% threshold/);
  assert.match(en.factors.revenue_with_critical_customers, /annual revenue of €40,000,000/);
  assert.match(en.team, /^2–4 Key Account Managers 3–8 Account Managers /);
  // Says what the share is, as the German "Beantwortet" does (review).
  assert.match(await textOf(page.getByTestId('employer-result').locator('.kn-meta').first()),
    /^Score \+?\d+ · Answered: \d+% of the weighted questions$/);
  assert.equal(await textOf(page.getByTestId('open-calculator')), 'Calculate the cost of 2 KAMs and 6 AMs');
  assert.match(norm(await page.getByTestId('calc-team-rule').textContent()),
    /^The calculator takes the lower KAM count and the middle of the AM range, rounded up; you can change both there\./);
  assert.equal(await textOf(page.getByTestId('reset')), 'Start over');

  await page.getByTestId('nav-candidate').click();
  await answerQuiz(page, SENIOR_KAM);
  assert.equal(await textOf(page.getByTestId('outcome')), 'Ready for key account management');
  assert.match(await textOf(page.getByTestId('salary-band')), /^Minimum €70,000/);
  await page.getByTestId('lang-de').click();
  await page.getByTestId('outcome').filter({ hasText: 'Bereit für Key Account Management' }).waitFor();
  assert.match(await textOf(page.getByTestId('salary-band')), /^Untergrenze 70\.000 €/);
  assert.equal(await textOf(page.getByRole('heading', { name: /^Gehalt als/ })), 'Gehalt als Key Account Manager (neu in der Rolle)');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

/**
 * Types `value` into a calculator field inside the page and waits, in the
 * page, until the team heading shows it; then at once hides the page
 * (`after` = 'hide'), removes the widget ('remove'), reloads the page
 * ('reload') or does nothing ('none'), and returns the stored state from
 * before the input and from right after that (for 'reload': right before
 * the reload). All in one go: no timer can run in between.
 */
async function inputThen(page, id, value, after) {
  await installTyping(page);
  return page.evaluate(async ([id, value, key, after]) => {
    const root = document.querySelector('kam-navigator').shadowRoot;
    const before = localStorage.getItem(key);
    await window.knType(root.querySelector(`#${id}`), value);
    if (after === 'none') {
      // Nothing: what is stored right after the render.
    } else if (after === 'reload') {
      const stored = localStorage.getItem(key);
      location.reload();
      return { before, after: stored };
    } else if (after === 'hide') {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete document.hidden;
    } else {
      document.querySelector('kam-navigator').remove();
      // The widget is torn down from Yew's scheduler, a microtask later;
      // microtasks only, so no timer can have written in between.
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    return { before, after: localStorage.getItem(key) };
  }, [id, value, STATE_KEY, after]);
}

test('calculator inputs are stored even when the page is left, hidden or the widget removed at once', async () => {
  const tab = await openPage(env);
  const { page, context } = tab;
  await open(env, tab, '#/calculator');
  await page.getByTestId('calculator').waitFor();

  // The first change after loading is stored at once; the next waits for
  // the visitor to pause, and is stored within a moment while the page
  // stays open and visible.
  const first = await inputThen(page, 'calc-kam-count', '5', 'none');
  assert.notEqual(first.after, first.before, 'the first change is stored at once');
  const second = await inputThen(page, 'calc-kam-count', '7', 'none');
  assert.equal(second.after, second.before, 'the next change waits for a pause');
  await page.waitForFunction(([k, old]) => localStorage.getItem(k) !== old, [STATE_KEY, second.before], { timeout: 2_000 })
    .catch(() => { throw new Error('the input was not stored within 2 s'); });

  // A reload straight after typing (not yet stored) finds the input: it is
  // stored as the page goes.
  const reloaded = await inputThen(page, 'calc-am-count', '6', 'reload').catch(() => null);
  if (reloaded) assert.equal(reloaded.after, reloaded.before, 'not stored before the reload');
  await page.waitForLoadState();
  await appReady(page);
  assert.equal(await page.getByTestId('calc-kam-count').inputValue(), '7');
  assert.equal(await page.getByTestId('calc-am-count').inputValue(), '6');
  assert.equal(await textOf(page.getByTestId('team-total').locator('h3')), 'Ihr Team: 7 KAM und 6 AM');

  // Hidden (another tab, another app): stored at that moment. (The first
  // change after the reload is stored at once, so one goes before.)
  await inputThen(page, 'calc-am-count', '4', 'none');
  const hidden = await inputThen(page, 'calc-am-count', '9', 'hide');
  assert.notEqual(hidden.after, hidden.before, 'stored when the page was hidden');

  // The widget leaves the page: stored as it goes.
  const removed = await inputThen(page, 'calc-kam-count', '8', 'remove');
  assert.notEqual(removed.after, removed.before, 'stored when the widget was removed');
  const again = await context.newPage();
  await again.goto(`${env.server.url}#/calculator`);
  await appReady(again);
  assert.equal(await again.getByTestId('calc-kam-count').inputValue(), '8');
  assert.equal(await again.getByTestId('calc-am-count').inputValue(), '9');
  assert.deepEqual(tab.problems, []);
  await context.close();
});

const JUNK = ['{"old":1}', '<script>alert(1)</script>', '1.e', '2.e.a.b.c', '9'.repeat(5000), 'null', '1.\u0000.\uffff'];

test('unreadable saved answers give a notice, not a crash', async () => {
  for (const junk of JUNK) {
    const tab = await openPage(env);
    const { page } = tab;
    // Before the app's first load, as an old version would have left it.
    await tab.context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [STATE_KEY, junk]);
    await open(env, tab, '#/employer');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.equal(await textOf(notice.locator('p')), 'Gespeicherte Angaben aus einer älteren Version wurden verworfen.', junk.slice(0, 20));
    assert.equal(await notice.getAttribute('role'), 'status');
    // The app works: a fresh quiz that takes answers.
    await answerQuiz(page, { business_model: 'mixed' }, { stopAt: 'largest_customer_share' });
    await notice.getByRole('button', { name: 'Hinweis schließen' }).click();
    assert.equal(await notice.count(), 0);
    // The junk is replaced with the fresh state, so it does not come back.
    assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), junk);
    await reload(page);
    assert.equal(await page.getByTestId('notice').count(), 0);
    await waitForQuestion(page, 'largest_customer_share');
    assert.deepEqual(tab.problems, [], junk.slice(0, 20));
    await tab.context.close();
  }
});

test('a broken share link gives a notice and keeps the saved answers', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  await answerQuiz(page, { business_model: 'few_large', largest_customer_share: '18' }, { stopAt: 'top_customers_share' });
  // Pasted into the open tab: the app loads the page for the link itself.
  await page.goto(`${env.server.url}#/employer?s=9.zz`);
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.equal(await textOf(notice.locator('p')), 'Der geöffnete Link ließ sich nicht lesen. Sie starten mit Ihren bisherigen Angaben.');
  // The saved answers, on the question the visitor had reached.
  await waitForQuestion(page, 'top_customers_share');
  // Closing the notice from the keyboard leaves the focus in the page,
  // not on <body> (a review), and the button's name is words, not "×".
  const close = notice.getByRole('button');
  assert.equal(await close.getAttribute('aria-label') ?? norm(await close.evaluate((b) => {
    const c = b.cloneNode(true);
    c.querySelectorAll('[aria-hidden=true]').forEach((x) => x.remove());
    return c.textContent;
  })), 'Hinweis schließen');
  await close.focus();
  await page.keyboard.press('Enter');
  await notice.waitFor({ state: 'detached' });
  const f = await focused(page);
  assert.equal(f.testid, 'page', JSON.stringify(f));
  await back(page);
  assert.equal(norm(await numberField(page, 'largest_customer_share').inputValue()), '18 %');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});
