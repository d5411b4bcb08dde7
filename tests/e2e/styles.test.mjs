// End-to-end: the states the page shows by style alone (current page,
// chosen option, refused input, verdict level (the two that the fixture
// companies reach), reason direction, career stage, source badge, table row
// weight, chart series) are styled from the ARIA or data attribute that
// carries the state. The widget sets no state
// classes (Yew's `class={..}` with a computed value costs 3.8 KB gzip), so
// a selector that no longer matches would silently drop the styling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, open } from './support/app.mjs';
import { answerQuiz, radio, GREENTECH, SENIOR_KAM, WEBSHOP, JUNIOR } from './support/quiz.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** `property` of the computed style of `locator`'s element. */
async function style(locator, property) {
  return locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

/**
 * The computed value a theme variable gives `property` next to `locator`'s
 * element: a probe inside the widget's shadow root takes `var(--name)`, so
 * the comparison is colour to colour whatever notation the sheet uses.
 */
async function themed(locator, property, name) {
  return locator.evaluate((el, [p, n]) => {
    const probe = document.createElement('span');
    probe.style.setProperty(p, `var(${n})`);
    el.parentNode.appendChild(probe);
    const value = getComputedStyle(probe).getPropertyValue(p);
    probe.remove();
    return value;
  }, [property, name]);
}

test('navigation, quiz options and the verdict are styled from their state attributes', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/employer');
  const current = page.getByTestId('nav-employer');
  const other = page.getByTestId('nav-calculator');
  assert.equal(await current.getAttribute('aria-current'), 'page');
  assert.equal(await style(current, 'background-color'), await themed(current, 'background-color', '--kn-accent'));
  assert.equal(await style(other, 'background-color'), await themed(other, 'background-color', '--kn-surface'));

  // The chosen option carries the accent border; the others keep theirs.
  const chosen = radio(page, 'business_model', 'few_large');
  await chosen.check();
  const label = page.locator('label.kn-option').filter({ has: chosen });
  const unchosen = page.locator('label.kn-option').filter({ hasNot: chosen }).first();
  assert.equal(await label.getAttribute('data-checked'), 'true');
  assert.equal(await unchosen.getAttribute('data-checked'), null);
  assert.equal(await style(label, 'border-top-color'), await themed(label, 'border-top-color', '--kn-accent'));
  assert.equal(await style(unchosen, 'border-top-color'), await themed(unchosen, 'border-top-color', '--kn-border'));
  assert.deepEqual(tab.problems, []);
  await tab.context.close();

  // A web shop gets "AM team is enough": the verdict's bar takes the OK
  // colour, and its reasons speak against a KAM in the muted colour. The
  // GreenTech supplier gets "KAM urgently needed" in the error colour, and
  // its reasons for a KAM keep the default OK colour.
  for (const [company, level, levelColour, direction, reasonColour] of [
    [WEBSHOP, 'am_enough', '--kn-ok', 'contra', '--kn-muted'],
    [GREENTECH, 'kam_urgent', '--kn-error', 'pro', '--kn-ok'],
  ]) {
    const result = await openPage(env);
    await open(env, result, '#/employer');
    await answerQuiz(result.page, company);
    const verdict = result.page.getByTestId('verdict');
    assert.equal(await result.page.getByTestId('employer-result').getAttribute('data-level'), level);
    assert.equal(await style(verdict, 'border-left-color'), await themed(verdict, 'border-left-color', levelColour), level);
    const reason = result.page.locator('li[data-rule]').first();
    assert.equal(await reason.getAttribute('data-direction'), direction);
    assert.equal(await style(reason, 'border-left-color'), await themed(reason, 'border-left-color', reasonColour), level);
    assert.deepEqual(result.problems, []);
    await result.context.close();
  }
});

test('the career timeline marks reached stages and the current one', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/candidate');
  await answerQuiz(page, JUNIOR);
  const stages = page.getByTestId('timeline').locator('li');
  const first = stages.nth(0);
  const last = stages.nth(3);
  assert.equal(await first.getAttribute('data-reached'), 'true');
  assert.equal(await last.getAttribute('data-reached'), null);
  const dot = (li) => li.locator('.kn-stage-dot');
  assert.equal(await style(dot(first), 'background-color'), await themed(dot(first), 'background-color', '--kn-accent'));
  assert.equal(await style(dot(last), 'background-color'), await themed(dot(last), 'background-color', '--kn-surface'));
  const here = page.getByTestId('timeline').locator('li[aria-current="step"] .kn-stage-name');
  assert.equal(await here.count(), 1);
  assert.equal(await style(here, 'font-weight'), '700');
  assert.equal(await style(last.locator('.kn-stage-name'), 'font-weight'), '400');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('calculator: badges, refused input, row weights and chart series follow their attributes', async () => {
  const tab = await openPage(env);
  const { page } = tab;
  await open(env, tab, '#/calculator');
  await page.getByTestId('calculator').waitFor();

  // An assumption badge is marked; a tapped badge shows its tip. The tap
  // is a bare click event: a pointer click would also hover and focus the
  // badge, which show the tip by themselves.
  const assumption = page.locator('.kn-src[data-source="assumption"]').first();
  assert.equal(await style(assumption, 'background-color'), await themed(assumption, 'background-color', '--kn-notice-bg'));
  const badge = page.getByTestId('breakdown').locator('.kn-src').first();
  const tip = badge.locator('.kn-tip');
  assert.equal(await style(tip, 'display'), 'none');
  await badge.dispatchEvent('click');
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  assert.equal(await badge.evaluate((el) => el.matches(':hover, :focus')), false);
  assert.equal(await style(tip, 'display'), 'block');
  await badge.dispatchEvent('click');
  assert.equal(await badge.getAttribute('aria-expanded'), 'false');
  assert.equal(await style(tip, 'display'), 'none');

  // A refused number gets the thick error border, and loses it when fixed.
  const base = page.getByTestId('calc-kam-base');
  const field = page.locator('.kn-field').filter({ has: base });
  assert.equal(await style(base, 'border-top-width'), '1px');
  await base.fill('neunzig');
  await page.getByTestId('input-error').waitFor();
  assert.equal(await base.getAttribute('aria-invalid'), 'true');
  assert.equal(await field.count(), 1);
  assert.equal(await style(base, 'border-top-width'), '2px');
  assert.equal(await style(base, 'border-top-color'), await themed(base, 'border-top-color', '--kn-error'));
  await base.fill('90.000');
  await page.getByTestId('input-error').waitFor({ state: 'detached' });
  assert.equal(await style(base, 'border-top-width'), '1px');

  // Row weights: the yearly total is bold with a rule above it, the
  // contribution lines are indented, a plain line is neither.
  const row = (testid) => page.getByTestId(testid).locator('xpath=..');
  const yearly = row('am-yearly');
  assert.equal(await yearly.getAttribute('data-kind'), 'grand');
  assert.equal(await style(yearly.locator('th'), 'font-weight'), '700');
  assert.equal(await style(yearly.locator('td').first(), 'border-top-width'), '2px');
  const plain = row('am-base');
  assert.equal(await style(plain.locator('th'), 'font-weight'), '400');
  for (const testid of ['am-gross', 'am-contributions']) {
    assert.equal(await row(testid).getAttribute('data-kind'), 'total', testid);
    assert.equal(await style(row(testid).locator('th'), 'font-weight'), '700', testid);
    assert.equal(await style(row(testid).locator('td').first(), 'border-top-width'), '0px', testid);
  }
  for (const sub of [page.locator('tr[data-branch]').first(), row('am-monthly')]) {
    assert.equal(await sub.getAttribute('data-kind'), 'sub');
    const th = sub.locator('th');
    const indent = parseFloat(await style(th, 'padding-left'));
    assert.ok(indent > parseFloat(await style(plain.locator('th'), 'padding-left')), `indent ${indent}`);
    assert.equal(await style(th, 'color'), await themed(th, 'color', '--kn-muted'));
  }

  // Each chart series has its own fill: AM in the AM colour, KAM in the accent.
  const bar = (series) => page.getByTestId('chart').locator(`rect[data-series="${series}"]`);
  assert.equal(await style(bar('am'), 'fill'), await themed(bar('am'), 'color', '--kn-bar-am'));
  assert.equal(await style(bar('kam'), 'fill'), await themed(bar('kam'), 'color', '--kn-accent'));
  assert.equal(await style(bar('am-first'), 'fill'), await themed(bar('am-first'), 'color', '--kn-bar-am'));
  assert.equal(await style(bar('kam-first'), 'fill'), await themed(bar('kam-first'), 'color', '--kn-accent'));
  for (const series of ['am-first', 'kam-first']) assert.ok(Number(await style(bar(series), 'opacity')) < 1, series);
  for (const series of ['am', 'kam']) assert.equal(await style(bar(series), 'opacity'), '1', series);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

test('on a phone: a senior candidate reaches every stage, and cost lines keep their indent', async () => {
  const tab = await openPage(env, { width: 375, height: 800 });
  const { page } = tab;
  await open(env, tab, '#/candidate');
  await answerQuiz(page, SENIOR_KAM);
  const reached = await page.getByTestId('timeline').locator('li').evaluateAll(
    (items) => items.map((li) => li.getAttribute('data-reached')),
  );
  assert.deepEqual(reached, ['true', 'true', 'true', 'true']);

  // The phone layout narrows every cell; sub lines stay indented.
  await open(env, tab, '#/calculator');
  await page.getByTestId('calculator').waitFor();
  const padding = (locator) => style(locator, 'padding-left').then(parseFloat);
  const plain = await padding(page.getByTestId('am-base').locator('xpath=..').locator('th'));
  const sub = await padding(page.locator('tr[data-branch] th').first());
  assert.ok(sub > plain && sub < 10, `sub ${sub}px, plain ${plain}px`);

  // A source tip in the table's right-hand column stays on the screen
  // (it ran off the right edge: "Quelle: Annahme (an").
  for (const testid of ['kam-base', 'kam-yearly']) {
    const badge = page.getByTestId(testid).locator('.kn-src');
    await badge.dispatchEvent('click');
    const box = await badge.locator('.kn-tip').boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${testid} tip at ${JSON.stringify(box)}`);
    await badge.dispatchEvent('click');
  }
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

// From a review of the printouts: in a dark colour scheme the print palette
// (set on :root only) never reached the shadow root, so text printed pale
// grey; every source badge printed as a bare "i"; the calculator link
// printed as a near-white button, the sticky total a second time, and the
// team card split across pages.
test('print: black text in either scheme, sources in words, no controls, team card whole', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const tab = await openPage(env, { width: 1280, colorScheme });
    const { page } = tab;
    await open(env, tab, '#/employer');
    await answerQuiz(page, GREENTECH);
    await page.emulateMedia({ media: 'print', colorScheme });
    const result = page.getByTestId('employer-result');
    assert.equal(await style(page.getByTestId('verdict'), 'color'), 'rgb(0, 0, 0)', colorScheme);
    assert.equal(await style(result.locator('.kn-lead'), 'color'), 'rgb(51, 51, 51)', `${colorScheme}: muted text`);
    assert.equal(await page.getByTestId('open-calculator').isVisible(), false, `${colorScheme}: calculator link`);
    // A factor's threshold badge prints its source in words.
    const tip = page.locator('li[data-rule=largest_customer_share] .kn-factor-text .kn-tip');
    assert.ok(await tip.isVisible(), `${colorScheme}: source text`);
    assert.match(await tip.textContent(), /^Quelle: /);
    assert.equal(await page.locator('li[data-rule=largest_customer_share] .kn-factor-text .kn-src > [aria-hidden=true]').isVisible(), false);
    await page.emulateMedia({ media: 'screen', colorScheme });
    await page.getByTestId('nav-calculator').click();
    await page.getByTestId('calculator').waitFor();
    await page.emulateMedia({ media: 'print', colorScheme });
    assert.equal(await page.locator('.kn-sticky-total').isVisible(), false, `${colorScheme}: sticky total`);
    assert.equal(await style(page.getByTestId('team-total'), 'break-inside'), 'avoid');
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  }
});

// Left over from a visitor-perspective review: at 1280 px the calculator's
// selects cut "Technologie, Software, GreenTech und Cleantech" and the size
// derived from the staff count ("Bis 50 Beschäftigte (aus 40
// Beschäftigten") at the right edge. On a desktop every option must fit
// its closed select; measured with the select's own font.
test('on a desktop, every option of every calculator select fits the closed select', async () => {
  // 1000 px: the two-column layout with its narrower inputs column.
  for (const [lang, width] of [['de', 1280], ['en', 1280], ['de', 1000], ['en', 1000]]) {
    const tab = await openPage(env, { width });
    const { page } = tab;
    await open(env, tab, '#/calculator');
    await page.getByTestId('calculator').waitFor();
    if (lang === 'en') await page.getByTestId('lang-en').click();
    // The widest derived size label: a staff count of five digits.
    await page.getByTestId('calc-staff').fill('4999');
    await page.getByTestId('calc-size').locator('option').first().filter({ hasText: /4[.,]999/ }).waitFor({ state: 'attached' });
    const tooWide = await page.locator('select').evaluateAll((selects) => {
      const ctx = document.createElement('canvas').getContext('2d');
      const out = [];
      for (const s of selects) {
        const cs = getComputedStyle(s);
        ctx.font = cs.font;
        // The closed select draws its arrow inside the right padding edge:
        // one line height is kept free for it.
        const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.fontSize);
        for (const o of s.options) {
          const w = ctx.measureText(o.text).width;
          if (w > room) out.push(`${s.id}: "${o.text}" ${Math.round(w)} px > ${Math.round(room)} px`);
        }
      }
      return out;
    });
    assert.deepEqual(tooWide, [], lang);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  }
});

// From a visitor-perspective review: with the largest factors (technology,
// Munich, over 5,000 staff, an experienced KAM) "182.520 €" ran 5 px past
// its box at 1280 px in German.
test('the widest band figures stay inside their boxes, in both languages and widths', async () => {
  for (const [width, lang] of [[1280, 'de'], [1280, 'en'], [1600, 'de'], [1000, 'de'], [375, 'de']]) {
    const tab = await openPage(env, { width });
    const { page } = tab;
    await open(env, tab, '#/calculator');
    await page.getByTestId('calculator').waitFor();
    if (lang === 'en') await page.getByTestId('lang-en').click();
    await page.getByTestId('calc-industry').selectOption('technology');
    await page.getByTestId('calc-region').selectOption('munich');
    await page.getByTestId('calc-size').selectOption('large');
    await page.getByTestId('calc-kam-level').selectOption('kam_experienced');
    await page.getByTestId('band-kam_experienced').filter({ hasText: /210[.,]600/ }).waitFor();
    // The box and the figure itself: a figure that runs into the box's
    // padding reaches its border (a second review, "140.000 €" at 1280 px).
    const spills = await page.locator('.kn-band > div, .kn-band dd').evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => `${b.textContent} (${b.scrollWidth} > ${b.clientWidth})`));
    assert.deepEqual(spills, [], `${width} ${lang}`);
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  }
});

// From a visitor-perspective review: an opened source tip did not close
// with Escape. Content shown on hover or focus must be dismissible without
// moving the pointer or the focus (WCAG 1.4.13).
test('a source tip closes with Escape, whether opened by focus or by a tap', async () => {
  const tab = await openPage(env, { width: 1280 });
  const { page } = tab;
  await open(env, tab, '#/calculator');
  await page.getByTestId('calculator').waitFor();
  const badge = page.getByTestId('band-am').locator('.kn-src').first();
  const tip = badge.locator('.kn-tip');
  await badge.focus();
  assert.equal(await style(tip, 'display'), 'block', 'shown on focus');
  await page.keyboard.press('Escape');
  assert.equal(await style(tip, 'display'), 'none', 'hidden after Escape, focus kept');
  assert.equal(await focusedClass(page), 'kn-src');
  // A tap opens it (aria-expanded), Escape closes it.
  await badge.click();
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  assert.equal(await style(tip, 'display'), 'block');
  await page.keyboard.press('Escape');
  assert.equal(await badge.getAttribute('aria-expanded'), 'false');
  assert.equal(await style(tip, 'display'), 'none');
  // A second tap closes it, although the tapped button keeps the focus
  // (a second review saw it stay open on a phone).
  await badge.click();
  assert.equal(await style(tip, 'display'), 'block');
  await badge.click();
  assert.equal(await badge.getAttribute('aria-expanded'), 'false');
  await page.mouse.move(0, 0);
  assert.equal(await style(tip, 'display'), 'none', 'closed by the second tap');
  // Once the focus leaves and comes back, focus shows it again.
  await page.getByTestId('calc-industry').focus();
  await badge.focus();
  assert.equal(await style(tip, 'display'), 'block');
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
});

/** The class of the focused element, inside the widget's shadow root. */
async function focusedClass(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.className ?? null;
  });
}
