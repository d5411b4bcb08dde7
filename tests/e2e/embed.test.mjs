// Embedding: the <kam-navigator> custom element on a hostile host page, the
// iframe mode, strict CSP, offline use, a sub-path, and override files.
// Every page here fails its test on any console error or any request to
// another origin (see support/app.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, start, openPage, screenshot, installTyping } from './support/app.mjs';
import { answerQuiz, GREENTECH, norm, textOf, euros } from './support/quiz.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *";
const MOUNTS = { '/examples/': join(ROOT, 'examples'), '/fixtures/': join(ROOT, 'tests', 'e2e', 'fixtures') };

const envs = [];
async function env(options = {}) {
  const e = await start({ mounts: MOUNTS, ...options });
  envs.push(e);
  return e;
}
after(async () => { for (const e of envs) await e.stop(); });

/** Waits until a widget has drawn (its app root exists in the shadow). */
async function widgetReady(scope) {
  await scope.getByTestId('app').waitFor();
}

/** examples/host.html in a fresh tab, once the widget `id` has drawn. */
async function hostWidget(id) {
  const e = await env();
  const tab = await openPage(e);
  await tab.page.goto(`${e.server.origin}/examples/host.html`);
  const widget = tab.page.locator(`#${id}`);
  await widgetReady(widget);
  return { tab, page: tab.page, widget };
}

test('two widgets on a hostile host page work, independently, and report events', async () => {
  const e = await env({ headers: { 'content-security-policy': CSP } });
  const tab = await openPage(e);
  const { page } = tab;
  await page.goto(`${e.server.origin}/examples/host.html`);
  const left = page.locator('#left');
  const right = page.locator('#right');
  await widgetReady(left);
  await widgetReady(right);
  // Each shows its own tool in its own language, without navigation.
  assert.equal(await left.getByTestId('quiz').getAttribute('data-question'), 'business_model');
  assert.equal(norm(await right.locator('h1').textContent()), 'What does the position really cost?');
  assert.equal(await left.getByTestId('nav-employer').count(), 0);
  // Host CSS does not reach inside: not the host's font, colours or resets.
  const look = await left.getByTestId('next').evaluate((b) => {
    const s = getComputedStyle(b);
    return { font: s.fontFamily, bg: s.backgroundColor, color: s.color, display: s.display };
  });
  assert.ok(!/comic/i.test(look.font), look.font);
  assert.notEqual(look.bg, 'rgb(255, 255, 0)');
  assert.notEqual(look.color, 'rgb(255, 0, 0)');
  assert.notEqual(look.display, 'none');
  // Nor the host's root font size (html { font-size: 62.5% }): the widget's
  // sizes are its own unit, not `rem` (a review found 10 px text).
  const sizes = await left.evaluate((host) => {
    const px = (sel) => getComputedStyle(host.shadowRoot.querySelector(sel)).fontSize;
    return { app: px('.kn-app'), title: px('[data-testid=question-title]'), page: getComputedStyle(document.documentElement).fontSize };
  });
  assert.deepEqual(sizes, { app: '16px', title: sizes.title, page: '10px' });
  assert.ok(parseFloat(sizes.title) > 16, JSON.stringify(sizes));
  // The host's theme does reach inside, through the custom properties.
  const accent = await right.getByTestId('lang-en').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, 'rgb(122, 31, 92)');
  // And the widget's CSS does not leak out to the host.
  assert.equal(await page.locator('#after').evaluate((p) => getComputedStyle(p).fontFamily).then((f) => /comic/i.test(f)), true);

  // Answering the left quiz leaves the right calculator alone.
  const before = await textOf(right.getByTestId('team-yearly'));
  await answerQuiz(left, GREENTECH);
  await left.getByTestId('employer-result').waitFor();
  assert.equal(await textOf(right.getByTestId('team-yearly')), before);
  await right.getByTestId('calc-kam-count').fill('3');
  await right.getByTestId('team-total').locator('h3').filter({ hasText: '3 KAM' }).waitFor();
  assert.equal(await left.getByTestId('employer-result').count(), 1);
  // The CTA comes from the attributes, mailto with the result as body.
  const cta = left.getByTestId('cta');
  assert.equal(norm(await cta.textContent()), 'Mit uns sprechen');
  assert.match(await cta.getAttribute('href'), /^mailto:team@recruiter\.example\?subject=KAM%20Navigator&body=KAM%20Navigator/);

  // Events arrive with the documented details.
  const events = await page.evaluate(() => window.knEvents);
  const steps = events.filter((x) => x.id === 'left' && x.type === 'kam-navigator:step');
  assert.ok(steps.length >= 4, `${steps.length} step events`);
  assert.deepEqual(Object.keys(steps[0].detail).sort(), ['question', 'step', 'tool', 'total']);
  assert.equal(steps[0].detail.tool, 'employer');
  assert.equal(steps[0].detail.total, 16);
  const verdict = events.findLast((x) => x.id === 'left' && x.type === 'kam-navigator:result');
  assert.ok(['kam_recommended', 'kam_urgent'].includes(verdict.detail.verdict), JSON.stringify(verdict));
  assert.ok(verdict.detail.team.kam.min >= 1);
  // The calculator's totals go out once the visitor pauses typing.
  await page.waitForFunction(() => window.knEvents.findLast((x) => x.id === 'right' && x.type === 'kam-navigator:result')?.detail.team.kam === 3);
  const totals = (await page.evaluate(() => window.knEvents)).findLast((x) => x.id === 'right' && x.type === 'kam-navigator:result');
  assert.equal(totals.detail.tool, 'calculator');
  assert.equal(totals.detail.team.kam, 3);
  assert.equal(totals.detail.totals.yearly, euros(await textOf(right.getByTestId('team-yearly'))));
  await screenshot(page, 'embed-host-1280');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('the calculator reports its totals when they show, then once per pause, not per keystroke', async () => {
  const { tab, page, widget: right } = await hostWidget('right');
  const results = () => page.evaluate(() => window.knEvents.filter((x) => x.id === 'right' && x.type === 'kam-navigator:result').map((x) => x.detail));
  // The totals on screen are reported without waiting.
  const first = await results();
  assert.equal(first.length, 1, JSON.stringify(first));
  assert.equal(first[0].totals.yearly, euros(await textOf(right.getByTestId('team-yearly'))));
  // Three values typed in one go (each rendered before the next, all
  // before any timer can run): "2", "24", "245" KAMs.
  await installTyping(page);
  const shown = await right.getByTestId('calc-kam-count').evaluate(async (input) => [
    await window.knType(input, '2'), await window.knType(input, '24'), await window.knType(input, '245'),
  ]);
  assert.deepEqual(shown, ['Your team: 2 KAMs and 2 AMs', 'Your team: 24 KAMs and 2 AMs', 'Your team: 245 KAMs and 2 AMs']);
  await page.waitForFunction(() => window.knEvents.filter((x) => x.id === 'right' && x.type === 'kam-navigator:result').length > 1);
  // Give a second (wrong) event time to arrive before counting.
  await page.waitForTimeout(600);
  const later = (await results()).slice(1);
  assert.deepEqual(later.map((d) => d.team.kam), [245], JSON.stringify(later));
  assert.equal(later[0].totals.yearly, euros(await textOf(right.getByTestId('team-yearly'))));

  // Focus leaving the inputs reports at once (a host button clicked right
  // after typing sees the final figures), and a value typed and typed back
  // within the pause is not reported again.
  const onBlur = await right.getByTestId('calc-kam-count').evaluate(async (input) => {
    input.focus();
    await window.knType(input, '5');
    const beforeBlur = window.knEvents.length;
    input.blur();
    const reported = window.knEvents.slice(beforeBlur).map((x) => x.detail.team?.kam);
    input.focus();
    await window.knType(input, '6');
    await window.knType(input, '5');
    input.blur();
    return { reported };
  });
  assert.deepEqual(onBlur.reported, [5]);
  await page.waitForTimeout(600);
  assert.deepEqual((await results()).slice(1).map((d) => d.team.kam), [245, 5]);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('totals still waiting when the calculator closes are reported as it closes', async () => {
  const { tab, page, widget: right } = await hostWidget('right');
  await page.waitForFunction(() => window.knEvents?.some((x) => x.id === 'right' && x.type === 'kam-navigator:result'));
  // A new head count, then at once (no timer can run in between) the host
  // switches the widget to another tool, which closes the calculator (the
  // employer quiz follows once its module has loaded).
  await installTyping(page);
  const closed = await right.getByTestId('calc-kam-count').evaluate(async (input) => {
    const root = input.getRootNode();
    await window.knType(input, '7');
    root.host.setAttribute('tool', 'employer');
    for (let i = 0; i < 200 && root.querySelector('[data-testid=calculator]'); i++) await Promise.resolve();
    return !root.querySelector('[data-testid=calculator]');
  });
  assert.ok(closed, 'the calculator closed');
  await right.getByTestId('quiz').waitFor();
  const kams = await page.evaluate(() => window.knEvents
    .filter((x) => x.id === 'right' && x.type === 'kam-navigator:result' && x.detail.tool === 'calculator')
    .map((x) => x.detail.team.kam));
  assert.equal(kams.at(-1), 7, JSON.stringify(kams));
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('an attribute changed at run time takes effect and keeps the answers', async () => {
  const { tab, page, widget: left } = await hostWidget('left');
  const hostTitle = await page.title();
  await answerQuiz(left, { business_model: 'few_large' }, { stopAt: 'largest_customer_share' });
  await page.evaluate(() => document.getElementById('left').setAttribute('lang', 'en'));
  await left.locator('.kn-progress-label').filter({ hasText: 'Question 2 of 16' }).waitFor();
  // A widget is a guest: the host page's title is not its to change.
  assert.equal(await page.title(), hostTitle);
  await page.evaluate(() => document.getElementById('left').setAttribute('tool', 'calculator'));
  await left.getByTestId('calculator').waitFor();
  await page.evaluate(() => document.getElementById('left').setAttribute('tool', 'employer'));
  await left.locator('[data-testid=quiz][data-question=largest_customer_share]').waitFor();
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

// Left over from a visitor-perspective review: the calculator chose its
// layout by the viewport's width. In a 720 px article column on a wide
// screen it still split into two columns, and the results (band cards,
// cost table) were squeezed into what was left. The widget's layout
// follows the width it is given.
test('in a narrow article column on a wide screen, the calculator lays out for the column', async () => {
  const e = await env();
  const tab = await openPage(e, { width: 1280 });
  const { page } = tab;
  await page.goto(`${e.server.origin}/fixtures/column.html`);
  const widget = page.locator('#calc');
  await widgetReady(widget);
  await widget.getByTestId('calculator').waitFor();
  const inputs = await widget.locator('.kn-calc-inputs').boundingBox();
  const results = await widget.locator('.kn-calc-results').boundingBox();
  assert.ok(results.y >= inputs.y + inputs.height - 1, `results below the inputs: ${JSON.stringify({ inputs, results })}`);
  // One column: the team total stays in view while the visitor edits.
  assert.equal(await widget.locator('.kn-sticky-total').evaluate((el) => getComputedStyle(el).position), 'sticky');
  // Nothing in the band cards spills over its box.
  const spills = await widget.locator('.kn-band > div').evaluateAll((boxes) =>
    boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
  assert.deepEqual(spills, []);
  await screenshot(page, 'embed-column-1280');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a refused call-to-action link shows no button and warns on the console', async () => {
  const e = await env();
  const tab = await openPage(e);
  const { page } = tab;
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${e.server.origin}/examples/host.html`);
  await page.evaluate(() => {
    const w = document.createElement('kam-navigator');
    w.id = 'evil';
    w.setAttribute('tool', 'employer');
    w.setAttribute('cta-href', 'javascript:alert(document.cookie)');
    w.setAttribute('cta-label', '<img src=x onerror=alert(1)>');
    document.body.append(w);
  });
  const evil = page.locator('#evil');
  await widgetReady(evil);
  await answerQuiz(evil, GREENTECH);
  await evil.getByTestId('employer-result').waitFor();
  assert.equal(await evil.getByTestId('cta').count(), 0);
  assert.ok(warnings.some((w) => /call-to-action link refused/.test(w)), warnings.join('\n'));
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('the iframe grows and shrinks with its content, without an inner scrollbar', async () => {
  const e = await env({ headers: { 'content-security-policy': CSP } });
  const tab = await openPage(e, { width: 1000, height: 700 });
  const { page } = tab;
  await page.goto(`${e.server.origin}/examples/iframe.html`);
  const iframe = page.locator('iframe[data-kam-navigator]');
  const frame = page.frameLocator('iframe[data-kam-navigator]');
  await frame.getByTestId('quiz').waitFor();
  const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
  const fits = () => iframe.evaluate((f) => {
    const d = f.contentDocument.documentElement;
    return d.scrollHeight <= d.clientHeight + 1;
  });
  // The snippet sized it to the question.
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-kam-navigator]');
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.scrollHeight) <= 2;
  });
  const small = await height();
  assert.ok(await fits(), 'no inner scrollbar on the question');
  // The long result makes it grow...
  await answerQuiz(frame, GREENTECH);
  await frame.getByTestId('employer-result').waitFor();
  await page.waitForFunction((h) => document.querySelector('iframe[data-kam-navigator]').getBoundingClientRect().height > h + 200, small);
  assert.ok(await fits(), 'no inner scrollbar on the result');
  const big = await height();
  // ...and starting over makes it shrink again.
  await frame.getByTestId('reset').click();
  await frame.getByTestId('quiz').waitFor();
  await page.waitForFunction((h) => document.querySelector('iframe[data-kam-navigator]').getBoundingClientRect().height < h - 200, big);
  assert.ok(await fits());
  assert.equal(await iframe.getAttribute('title'), 'KAM Navigator: Account Manager oder Key Account Manager?');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('a resize message from another window is ignored', async () => {
  const e = await env();
  const tab = await openPage(e);
  const { page } = tab;
  await page.goto(`${e.server.origin}/examples/iframe.html`);
  await page.frameLocator('iframe[data-kam-navigator]').getByTestId('quiz').waitFor();
  const before = await page.locator('iframe').evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: 'kam-navigator:resize', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('iframe').evaluate((f) => f.style.height), before);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('under a strict CSP the standalone page and embed.html work without violations', async () => {
  const e = await env({ headers: { 'content-security-policy': CSP } });
  for (const path of ['', 'embed.html?tool=calculator&lang=en']) {
    const tab = await openPage(e);
    const { page } = tab;
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (ev) => window.reportViolation(`${ev.violatedDirective} ${ev.blockedURI}`)));
    await page.goto(`${e.server.url}${path}`);
    await page.getByTestId('app').waitFor();
    if (path) {
      assert.equal(norm(await page.locator('h1').textContent()), 'What does the position really cost?');
      await page.getByTestId('calc-industry').selectOption('technology');
    } else {
      await page.getByTestId('nav-employer').click();
      await page.getByTestId('quiz').waitFor();
    }
    assert.deepEqual(violations, [], path);
    assert.deepEqual(tab.problems, [], path);
    await tab.context.close();
  }
});

test('after a first visit the standalone app works offline', async () => {
  const e = await env();
  const tab = await openPage(e);
  const { page, context } = tab;
  await page.goto(`${e.server.url}#/calculator`);
  await page.getByTestId('calculator').waitFor();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // The worker takes control once it is active; a reload makes that certain.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('calculator').waitFor();
  await page.getByTestId('calc-industry').selectOption('technology');
  await page.getByTestId('nav-employer').click();
  await page.getByTestId('quiz').waitFor();
  await context.setOffline(false);
  const offlineErrors = tab.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p));
  assert.deepEqual(offlineErrors, []);
  await context.close();
});

test('served under a sub-path, everything loads', async () => {
  const e = await env({ prefix: '/some/sub/path/' });
  const tab = await openPage(e);
  const { page } = tab;
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(e.server.url);
  await page.getByTestId('app').waitFor();
  await page.getByTestId('nav-candidate').click();
  await page.getByTestId('quiz').waitFor();
  await page.goto(`${e.server.url}embed.html?tool=employer`);
  await page.getByTestId('quiz').waitFor();
  assert.deepEqual(failed, []);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('an override file changes the figures; an invalid one is named and the built-in data stays', async () => {
  const e = await env();
  const tab = await openPage(e);
  const { page } = tab;
  const band = async (id) => euros(await textOf(page.locator(`#${id}`).getByTestId('band-am').getByTestId('band-typical')));
  await page.goto(`${e.server.origin}/examples/host.html`);
  await page.evaluate(() => {
    for (const [id, config] of [['plain', null], ['ok', '/fixtures/override-ok.json'], ['bad', '/fixtures/override-bad.json'], ['broken', '/fixtures/override-broken.json'], ['missing', '/fixtures/nope.json']]) {
      const w = document.createElement('kam-navigator');
      w.id = id;
      w.setAttribute('tool', 'calculator');
      w.setAttribute('lang', 'en');
      if (config) w.setAttribute('config', config);
      document.body.append(w);
    }
  });
  for (const id of ['plain', 'ok', 'bad', 'broken', 'missing']) await widgetReady(page.locator(`#${id}`));
  assert.equal(await band('plain'), 50000);
  assert.equal(await band('ok'), 55000, 'the override moved the AM band');
  assert.equal(await page.locator('#ok').getByTestId('config-error').count(), 0);
  for (const [id, words] of [['bad', /salary\.roles\.am\.general/], ['broken', /could not|syntax|JSON|read/i], ['missing', /404/]]) {
    const w = page.locator(`#${id}`);
    const message = await textOf(w.getByTestId('config-error'));
    assert.match(message, /configuration file was not applied/, message);
    assert.match(message, words, message);
    assert.equal(await band(id), 50000, `${id} keeps the built-in band`);
  }
  // The 404 of the missing file is the one expected failure on the console.
  assert.deepEqual(tab.problems.filter((p) => !/404/.test(p)), []);
  await tab.context.close();
});
