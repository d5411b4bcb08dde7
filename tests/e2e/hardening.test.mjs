// Hardening: what a careless or hostile visitor or host can throw at the
// widget. Number fields get letters, signs, huge numbers, pasted spaces and
// mixed separators; storage is missing, full, corrupted or from a future
// version; attributes, override labels and share links carry XSS payloads.
// Each must end in a correct value or a clear message, never in a crash,
// an injected element or a script that runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { ROOT, start, openPage, open } from './support/app.mjs';
import { answerQuiz, back, euros, factorTexts, focused, GREENTECH, norm, textOf } from './support/quiz.mjs';
import { PAYLOADS, allowedLink, shownLabel } from './support/payloads.mjs';

const MOUNTS = { '/examples/': join(ROOT, 'examples'), '/fixtures/': join(ROOT, 'tests', 'e2e', 'fixtures') };

let env;
before(async () => { env = await start({ mounts: MOUNTS }); });
after(async () => { await env?.stop(); });

// Texts from src/texts.rs (error.parse.*, error.answer.number_out_of_range)
// and src/i18n.rs (input_invalid, answer_required, notice_*).
const T = {
  de: {
    prefix: 'Eingabe nicht übernommen:',
    // The example fits the field: an amount, a percentage or a count.
    not_a_number: {
      euros: 'Bitte einen Betrag eingeben, z. B. 55.000 oder 5 Mio.',
      percent: 'Bitte eine Zahl eingeben, z. B. 12,5 oder 12,5 %.',
      count: 'Bitte eine ganze Zahl eingeben, z. B. 12.',
    },
    negative: 'Bitte eine Zahl ab 0 eingeben, negative Werte sind hier nicht möglich.',
    too_large: 'Diese Zahl ist zu groß. Bitte prüfen Sie die Anzahl der Nullen.',
    too_many_decimals: 'Zu viele Nachkommastellen: Beträge und Prozente mit höchstens zwei, Anzahlen nur als ganze Zahl.',
    above_percent_max: 'Bitte einen Prozentwert zwischen 0 und 100 eingeben.',
    above_max: 'Bitte höchstens 10.000 eingeben.',
    below_min: 'Bitte mindestens 1.000 € eingeben. Für Millionen „Mio.“ anhängen, z. B. 1,8 Mio.',
    required: 'Bitte beantworten Sie diese Frage, um fortzufahren.',
    bad_storage: 'Gespeicherte Angaben aus einer älteren Version wurden verworfen.',
    bad_link: 'Der geöffnete Link ließ sich nicht lesen. Sie starten mit Ihren bisherigen Angaben.',
    team: (kam, am) => `Ihr Team: ${kam} KAM und ${am} AM`,
    percent: (s) => `${s} %`,
    int: (n) => n.toLocaleString('de-DE'),
  },
  en: {
    prefix: 'Input not accepted:',
    not_a_number: {
      euros: 'Please enter an amount, for example 55,000 or 5 M.',
      percent: 'Please enter a number, for example 12.5 or 12.5%.',
      count: 'Please enter a whole number, for example 12.',
    },
    negative: 'Please enter a number of 0 or more; negative values are not possible here.',
    too_large: 'This number is too large. Please check the number of zeros.',
    too_many_decimals: 'Too many decimal places: amounts and percentages take up to two, counts whole numbers only.',
    above_percent_max: 'Please enter a percentage between 0 and 100.',
    above_max: 'Please enter at most 10,000.',
    below_min: 'Please enter at least €1,000. For millions add “M”, for example 1.8 M.',
    required: 'Please answer this question to continue.',
    bad_storage: 'Saved entries from an older version were discarded.',
    bad_link: 'The link you opened could not be read. You start with your previous entries.',
    team: (kam, am) => `Your team: ${kam} KAM${Number(kam) === 1 ? '' : 's'} and ${am} AM${Number(am) === 1 ? '' : 's'}`,
    percent: (s) => `${s.replace(',', '.')}%`,
    int: (n) => n.toLocaleString('en-GB'),
  },
};

const SPACES = ['5 000 000', '5\u00a0000\u00a0000', '5\u202f000\u202f000', ' 5 000 000 '];

// Every hostile text, with what each kind of field must make of it: an
// error key, a value (`ok`), or `empty` (the field's default applies).
const CASES = [
  ['abc', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['zwölf', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['-5', { euros: 'negative', percent: 'negative', count: 'negative' }],
  ['\u22125', { euros: 'negative', percent: 'negative', count: 'negative' }],
  ['', { euros: 'empty', percent: 'empty', count: 'empty' }],
  ['   ', { euros: 'empty', percent: 'empty', count: 'empty' }],
  ['1e308', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['Infinity', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['NaN', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['0x10', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['1234567890123456789012345', { euros: 'too_large', percent: 'too_large', count: 'too_large' }],
  ...SPACES.map((s) => [s, { euros: { ok: 5_000_000 }, percent: 'above_percent_max', count: { ok: 5_000_000 } }]),
  ['150 %', { euros: 'not_a_number', percent: 'above_percent_max', count: 'not_a_number' }],
  ['100,01 %', { euros: 'not_a_number', percent: 'above_percent_max', count: 'not_a_number' }],
  // Decimals in a count ask for a whole number (review: "Zu viele
  // Nachkommastellen" for 2,5 years).
  ['1.234,5', { euros: { ok: 1_235 }, percent: 'above_percent_max', count: 'not_a_number' }],
  ['1,234.5', { euros: { ok: 1_235 }, percent: 'above_percent_max', count: 'not_a_number' }],
  ['2,5', { euros: { ok: 3 }, percent: { ok: '2,5' }, count: 'not_a_number' }],
  // Written-out multipliers (review: "1,8 Millionen" was refused).
  ['1,8 Millionen', { euros: { ok: 1_800_000 }, percent: 'not_a_number', count: { ok: 1_800_000 } }],
  ['1.8 million', { euros: { ok: 1_800_000 }, percent: 'not_a_number', count: { ok: 1_800_000 } }],
  ['1.2.3,4', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['1,2,3.4', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  [',', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['.', { euros: 'not_a_number', percent: 'not_a_number', count: 'not_a_number' }],
  ['12,5 %', { euros: 'not_a_number', percent: { ok: '12,5' }, count: 'not_a_number' }],
  ['12.5%', { euros: 'not_a_number', percent: { ok: '12,5' }, count: 'not_a_number' }],
  // (Within the usual variable-pay range: the calculator uses 10–20 % for an AM.)
  ['15', { euros: { ok: 15 }, percent: { ok: '15' }, count: { ok: 15 } }],
  // Beyond what a count field holds (u32): refused, not silently the default.
  ['5 Mrd', { euros: { ok: 5_000_000_000 }, percent: 'not_a_number', count: 'too_large' }],
  ['5000000000', { euros: { ok: 5_000_000_000 }, percent: 'above_percent_max', count: 'too_large' }],
];

/** A page that records problems like openPage, except the 404 of the
 * browser's own favicon request (examples/host.html names no icon). */
async function newTab() {
  const tab = await openPage(env);
  const favicon = [];
  tab.page.on('console', (m) => {
    if (m.type() === 'error' && /\/favicon\.ico$/.test(m.location().url)) favicon.push(`console error: ${m.text()}`);
  });
  const problems = tab.problems;
  // Every problem but the browser's own favicon request.
  return {
    ...tab,
    get problems() {
      const rest = [...problems];
      for (const f of favicon) rest.splice(rest.indexOf(f), rest.includes(f) ? 1 : 0);
      return rest;
    },
  };
}

/** Polls `fn` until it returns a truthy value; fails with `what()` after `ms`. */
async function until(fn, what, ms = 4_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${typeof what === 'function' ? await what() : what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The inline error of the field with test id `id`, or '' when there is none. */
async function fieldError(scope, id) {
  const error = scope.locator('.kn-field').filter({ has: scope.getByTestId(id) }).getByTestId('input-error');
  return (await error.count()) ? textOf(error) : '';
}

function errorText(lang, key, kind) {
  const text = T[lang][key];
  const base = { heads: 'count', revenue: 'euros' }[kind] ?? kind;
  return `${T[lang].prefix} ${typeof text === 'object' ? text[base] : text}`;
}

/** The whole euros in the first text of `testid` (without the source badge). */
async function amount(scope, testid) {
  return euros(await scope.getByTestId(testid).first().evaluate((el) => el.firstChild.textContent));
}

// ---------------------------------------------------------------------------
// Number fields
// ---------------------------------------------------------------------------

const CALC_FIELDS = {
  'calc-am-base': { kind: 'euros', baseline: '61.000' },
  'calc-am-variable': { kind: 'percent', baseline: '12' },
  // A head count: a count of at most 10,000 (a review typed 4,294,967,295).
  'calc-kam-count': { kind: 'heads', baseline: '3' },
};

/** What a field of `kind` must make of a case: heads are counts with a
 * limit, a revenue is an amount with a floor (a review's "1,8" became 2 €). */
function expectationFor(kind, expects) {
  if (kind === 'revenue') {
    const e = expects.euros;
    return typeof e === 'object' && e.ok < 1_000 ? 'below_min' : e;
  }
  if (kind !== 'heads') return expects[kind];
  const count = expects.count;
  if (count === 'too_large') return 'above_max';
  if (typeof count === 'object' && count.ok > 10_000) return 'above_max';
  return count;
}

/** What the calculator shows for each of the three fields (one round trip). */
async function calcShown(page, lang) {
  const shown = await page.getByTestId('calculator').evaluate((calc) => {
    const q = (id) => calc.querySelector(`[data-testid="${id}"]`);
    const text = (el) => (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    return {
      'calc-am-base': Number((q('am-base')?.firstChild?.textContent ?? '').replace(/[^\d]/g, '')),
      'calc-am-variable': text(q('breakdown')?.querySelectorAll('tbody > tr')[1]?.querySelector('td .kn-detail')),
      'calc-kam-count': text(q('team-total')?.querySelector('h3')),
      total: text(q('team-yearly')),
    };
  });
  return { ...shown, lang };
}

/** What the calculator must show for `id` after the accepted value `ok` (or the default, `empty`). */
function calcExpected(lang, id, expect, defaults) {
  if (expect === 'empty') return defaults[id];
  const { kind } = CALC_FIELDS[id];
  if (kind === 'euros') return expect.ok;
  if (kind === 'percent') return T[lang].percent(lang === 'de' ? expect.ok : expect.ok.replace(',', '.'));
  return T[lang].team(T[lang].int(expect.ok), 2);
}

/** Every input and select of the calculator, by test id (one round trip). */
async function calcInputs(page) {
  return page.getByTestId('calculator').evaluate((calc) =>
    Object.fromEntries([...calc.querySelectorAll('input, select')].map((el) => [el.dataset.testid, el.type === 'checkbox' ? String(el.checked) : el.value])));
}

for (const lang of ['de', 'en']) {
  test(`calculator number fields take or refuse hostile input (${lang})`, async () => {
    const tab = await newTab();
    const { page } = tab;
    await open(env, tab, '#/calculator');
    await page.getByTestId(`lang-${lang}`).click();
    await page.locator(`[data-testid=app][lang=${lang}]`).waitFor();
    // Other inputs the visitor gave before: none of them may be lost.
    await page.getByTestId('calc-industry').selectOption('technology');
    await page.getByTestId('calc-region').selectOption('munich');
    await page.getByTestId('calc-kam-base').fill('90000');
    await page.getByTestId('calc-fee').fill('20 %');
    await page.getByTestId('calc-revenue').fill('2 Mio');
    await page.getByTestId('cost-per-revenue').waitFor();
    const defaults = await calcShown(page, lang);
    defaults['calc-am-base'] = await amount(page.getByTestId('band-am'), 'band-typical');
    const failures = [];
    for (const [id, { kind, baseline }] of Object.entries(CALC_FIELDS)) {
      for (const [input, expects] of CASES) {
        const expect = expectationFor(kind, expects);
        const field = page.getByTestId(id);
        // The last valid value, and the total it gives.
        await field.fill(baseline);
        await until(async () => (await fieldError(page, id)) === '', `${id} baseline ${baseline} refused`);
        const baselineShown = await until(async () => {
          const shown = await calcShown(page, lang);
          const ok = kind === 'euros' ? shown[id] === euros(baseline) : kind === 'heads' ? shown[id] === T[lang].team(baseline, 2) : shown[id] === T[lang].percent(baseline);
          return ok && shown;
        }, `${id} never showed the baseline ${baseline}`);
        const others = await calcInputs(page);
        await field.fill(input);
        const label = `${lang} ${id} ${JSON.stringify(input)}`;
        if (typeof expect === 'string' && expect !== 'empty') {
          const message = await until(async () => fieldError(page, id), `${label}: no inline message`).catch((e) => e.message);
          if (message !== errorText(lang, expect, kind)) failures.push(`${label}: message ${JSON.stringify(message)}, want ${JSON.stringify(errorText(lang, expect, kind))}`);
          // The last valid value stays in force, on screen.
          await page.waitForTimeout(30);
          const shown = await calcShown(page, lang);
          if (shown[id] !== baselineShown[id]) failures.push(`${label}: shows ${shown[id]} instead of the last valid ${baselineShown[id]}`);
          if (shown.total !== baselineShown.total) failures.push(`${label}: total ${shown.total}, last valid ${baselineShown.total}`);
          if (await field.getAttribute('aria-invalid') !== 'true') failures.push(`${label}: not aria-invalid`);
        } else {
          const want = calcExpected(lang, id, expect, defaults);
          const got = await until(async () => {
            const shown = (await calcShown(page, lang))[id];
            return shown === want ? { shown } : false;
          }, async () => `${label}: shows ${JSON.stringify((await calcShown(page, lang))[id])}, want ${JSON.stringify(want)}`).catch((e) => ({ error: e.message }));
          if (got.error) failures.push(got.error);
          const message = await fieldError(page, id);
          if (message) failures.push(`${label}: accepted but shows ${JSON.stringify(message)}`);
        }
        // The visitor's text stays editable as typed; nothing else moved.
        assert.equal(await field.inputValue(), input, `${label}: the field keeps the text`);
        const now = await calcInputs(page);
        delete now[id];
        delete others[id];
        assert.deepEqual(now, others, `${label}: other inputs unchanged`);
      }
    }
    assert.deepEqual(failures, []);
    // The message follows a language switch, and the text stays.
    const other = lang === 'de' ? 'en' : 'de';
    await page.getByTestId('calc-am-base').fill('abc');
    assert.equal(await until(() => fieldError(page, 'calc-am-base'), 'no message'), errorText(lang, 'not_a_number', 'euros'));
    await page.getByTestId(`lang-${other}`).click();
    await until(async () => (await fieldError(page, 'calc-am-base')) === errorText(other, 'not_a_number', 'euros'),
      async () => `after the switch: ${await fieldError(page, 'calc-am-base')}`);
    assert.equal(await page.getByTestId('calc-am-base').inputValue(), 'abc');
    assert.equal(await page.getByTestId('calc-industry').inputValue(), 'technology');
    assert.equal(await page.getByTestId('calc-region').inputValue(), 'munich');
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
}

/** Runs the hostile cases through the quiz field of question `qid` (kind `kind`), then leaves `finalValue` in it. */
async function quizCases(page, lang, qid, kind, finalValue, format) {
  const failures = [];
  const field = page.getByTestId(`q-${qid}-input`);
  for (const [input, expects] of CASES) {
    const expect = expectationFor(kind, expects);
    const label = `${lang} ${qid} ${JSON.stringify(input)}`;
    await field.fill(finalValue);
    await until(async () => (await fieldError(page, `q-${qid}-input`)) === '', `${label}: ${finalValue} refused`);
    await field.fill(input);
    if (typeof expect === 'string' && expect !== 'empty') {
      const message = await until(() => fieldError(page, `q-${qid}-input`), `${label}: no inline message`).catch((e) => e.message);
      if (message !== errorText(lang, expect, kind)) failures.push(`${label}: message ${JSON.stringify(message)}, want ${JSON.stringify(errorText(lang, expect, kind))}`);
    } else {
      await page.waitForTimeout(30);
      const message = await fieldError(page, `q-${qid}-input`);
      if (message) failures.push(`${label}: accepted but shows ${JSON.stringify(message)}`);
    }
    await page.getByTestId('next').click();
    if (typeof expect === 'object') {
      // Taken: Next moves on, and Back shows the value as the app reads it.
      const moved = await page.locator(`[data-testid=quiz][data-question="${qid}"]`).waitFor({ state: 'detached', timeout: 3_000 }).then(() => true, () => false);
      if (!moved) { failures.push(`${label}: Next did not move on`); continue; }
      await back(page);
      const shown = norm(await field.inputValue());
      if (shown !== format(expect.ok)) failures.push(`${label}: reads back as ${JSON.stringify(shown)}, want ${JSON.stringify(format(expect.ok))}`);
    } else if (expect === 'empty') {
      // Empty: the question stays and asks for an answer.
      await page.getByTestId('answer-required').waitFor({ timeout: 3_000 }).catch(() => failures.push(`${label}: no "answer required"`));
      if (norm(await page.getByTestId('answer-required').textContent().catch(() => '')) !== T[lang].required) failures.push(`${label}: wrong "answer required" text`);
      assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), qid, label);
    } else {
      // Refused: the question stays, the field keeps its own message and
      // takes the focus, and no second "please answer" joins it.
      await until(async () => (await focused(page)).id, `${label}: focus`)
        .then((id) => { if (id !== `q-${qid}-input`) failures.push(`${label}: focus on ${JSON.stringify(id)}, not the field`); });
      if (await page.getByTestId('answer-required').count()) failures.push(`${label}: "answer required" next to the field's message`);
      const still = await fieldError(page, `q-${qid}-input`);
      if (still !== errorText(lang, expect, kind)) failures.push(`${label}: after Next the message is ${JSON.stringify(still)}`);
      assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), qid, label);
      assert.equal(await field.inputValue(), input, `${label}: the field keeps the text`);
    }
  }
  await field.fill(finalValue);
  await until(async () => (await fieldError(page, `q-${qid}-input`)) === '', `${finalValue} refused`);
  return failures;
}

for (const lang of ['de', 'en']) {
  test(`quiz percent and number fields take or refuse hostile input (${lang})`, async () => {
    const tab = await newTab();
    const { page } = tab;
    await open(env, tab, '#/employer');
    await page.getByTestId(`lang-${lang}`).click();
    await page.locator(`[data-testid=app][lang=${lang}]`).waitFor();
    const L = T[lang];
    await answerQuiz(page, { business_model: 'few_large' }, { stopAt: 'largest_customer_share' });
    const failures = [];
    failures.push(...await quizCases(page, lang, 'largest_customer_share', 'percent', '18', (v) => L.percent(lang === 'de' ? v : v.replace(',', '.'))));
    await answerQuiz(page, { largest_customer_share: '18', top_customers_share: '55 %', customer_revenue: '500k_plus' }, { stopAt: 'annual_revenue' });
    failures.push(...await quizCases(page, lang, 'annual_revenue', 'revenue', '40 Mio', (v) => L.int(v)));
    // Optional count with a range: out of range is refused with its bounds.
    const rest = { ...GREENTECH };
    for (const id of ['business_model', 'largest_customer_share', 'top_customers_share', 'customer_revenue']) delete rest[id];
    await answerQuiz(page, rest, { stopAt: 'key_customers' });
    await page.getByTestId('q-key_customers-input').fill('5 000 000');
    const range = lang === 'de' ? 'Bitte eine Zahl zwischen 0 und 100.000 eingeben.' : 'Please enter a number between 0 and 100,000.';
    assert.equal(await until(() => fieldError(page, 'q-key_customers-input'), 'no range message'), `${L.prefix} ${range}`);
    await answerQuiz(page, { key_customers: '20', other_customers: '150' });
    await page.getByTestId('employer-result').waitFor();
    assert.deepEqual(failures, []);
    // Every answer given before and after the hostile input is in the result.
    const factors = await factorTexts(page);
    assert.match(factors.largest_customer_share ?? '', /18 ?%/, JSON.stringify(factors));
    assert.ok(Object.keys(factors).length >= 5, JSON.stringify(factors));
    await page.getByTestId('edit').click();
    await page.getByTestId('quiz').waitFor();
    for (let i = 0; i < 20 && (await page.getByTestId('quiz').getAttribute('data-question')) !== 'business_model'; i++) await back(page);
    assert.equal(await page.locator('#q-business_model-0').isChecked(), true, 'business model kept');
    assert.deepEqual(tab.problems, []);
    await tab.context.close();
  });
}

// ---------------------------------------------------------------------------
// Storage unavailable, full, corrupted or foreign
// ---------------------------------------------------------------------------

const STORAGE_BLOCKERS = {
  'localStorage throws SecurityError on access': () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  },
  'setItem throws QuotaExceededError': () => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('full', 'QuotaExceededError'); };
  },
};

for (const [name, blocker] of Object.entries(STORAGE_BLOCKERS)) {
  test(`without storage (${name}) the app works to a result`, async () => {
    const tab = await newTab();
    const { page, context } = tab;
    await context.addInitScript(blocker);
    await open(env, tab, '#/employer');
    await answerQuiz(page, GREENTECH);
    await page.getByTestId('employer-result').waitFor();
    await page.getByTestId('lang-en').click();
    await page.locator('[data-testid=app][lang=en]').waitFor();
    await page.getByTestId('nav-calculator').click();
    await page.getByTestId('calc-kam-count').fill('2');
    await page.getByTestId('team-total').locator('h3').filter({ hasText: 'Your team: 2 KAM' }).waitFor();
    await page.getByTestId('nav-candidate').click();
    await answerQuiz(page, { years_in_sales: '2', education: 'bachelor', account_size: '10k_100k', c_level_negotiation: 'no', account_plans: 'no', technical_depth: 'basic', preference: 'variety_speed' });
    await page.getByTestId('candidate-result').waitFor();
    // Nothing was stored, and nothing broke.
    await page.reload();
    await page.getByTestId('app').waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0);
    // The embedded widget too.
    await page.goto(`${env.server.origin}/examples/host.html`);
    await page.locator('#left').getByTestId('quiz').waitFor();
    await answerQuiz(page.locator('#left'), GREENTECH);
    await page.locator('#left').getByTestId('employer-result').waitFor();
    assert.deepEqual(tab.problems, []);
    await context.close();
  });
}

const MB = 'x'.repeat(1024 * 1024);
const BINARY = Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 37) % 0xd800)).join('');
const STATE_JUNK = [
  ['junk', 'hello world'],
  ['binary-ish', BINARY],
  ['lone surrogates', '\ud800\udfff\udbff1.e\ud800'],
  ['1 MB of text', MB],
  ['1 MB that starts like a state', `1.e.${'c0~'.repeat(350_000)}`],
  ['JSON', JSON.stringify({ employer: { business_model: 'few_large' }, version: 1 })],
  ['JSON array', '[1,2,3]'],
  ['null', 'null'],
  ['markup', '<img src=x onerror=alert(1)>'],
  ['future version', '2.e.c0~p1800~~c3~n40000000.c1.industry~~'],
  ['future version, dotted', '2.0.e.c0.p1800'],
  ['version 10', '10.e....'],
  ['version 1, broken sections', '1.e.c99~zzz.c1'],
  ['version 1, too few sections', '1.e'],
  ['version 1, unknown tool', '1.q....'],
];

test('corrupted or foreign saved state gives a notice and never crashes', async () => {
  for (const [what, value] of STATE_JUNK) {
    const tab = await newTab();
    const { page, context } = tab;
    await context.addInitScript((v) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('kam-navigator.state', v);
        sessionStorage.setItem('seeded', '1');
      }
    }, value);
    await open(env, tab, '#/employer');
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 5_000 }).catch(() => { throw new Error(`${what}: no notice`); });
    assert.equal(await textOf(notice.locator('p')), T.de.bad_storage, what);
    // The app works from scratch.
    assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), 'business_model', what);
    await answerQuiz(page, { business_model: 'mixed' }, { stopAt: 'largest_customer_share' });
    assert.notEqual(await page.evaluate(() => localStorage.getItem('kam-navigator.state')), value, `${what}: replaced`);
    await page.reload();
    await page.getByTestId('quiz').waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0, `${what}: notice once`);
    assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), 'largest_customer_share', what);
    assert.deepEqual(tab.problems, [], what);
    await context.close();
  }
});

test('corrupted saved steps and language are ignored', async () => {
  const junk = [
    ['junk', 'hello world'], ['binary-ish', BINARY], ['1 MB', MB], ['JSON', '{"lang":"en","steps":[3,4]}'],
    ['huge numbers', '99999999999999999999999.18446744073709551616'], ['negative', '-1.-1'],
    ['future version', '2.e.c0~p1800'], ['dots', '....'], ['markup', '<script>alert(1)</script>'],
    ['a step past an unanswered question', '15.9'],
  ];
  for (const [what, value] of junk) {
    for (const key of ['kam-navigator.steps', 'kam-navigator.lang']) {
      const tab = await newTab();
      const { page, context } = tab;
      await context.addInitScript(([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        }
      }, [key, value]);
      await open(env, tab, '#/employer');
      const label = `${key} = ${what}`;
      assert.equal(await page.getByTestId('quiz').getAttribute('data-question'), 'business_model', label);
      assert.equal(await page.getByTestId('app').getAttribute('lang'), 'de', label);
      assert.equal(await page.getByTestId('notice').count(), 0, label);
      await answerQuiz(page, { business_model: 'few_large', largest_customer_share: '18' }, { stopAt: 'top_customers_share' });
      assert.deepEqual(tab.problems, [], label);
      await context.close();
    }
  }
});

test('saved states of every kind at once, in both languages, never crash', async () => {
  // A valid language with junk everywhere else, and a valid state with junk steps.
  const tab = await newTab();
  const { page, context } = tab;
  await context.addInitScript((mb) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('kam-navigator.lang', 'en');
      localStorage.setItem('kam-navigator.state', `2.${mb.slice(0, 1000)}`);
      localStorage.setItem('kam-navigator.steps', mb);
      sessionStorage.setItem('seeded', '1');
    }
  }, MB);
  await open(env, tab, '#/employer');
  assert.equal(await textOf(page.getByTestId('notice').locator('p')), T.en.bad_storage);
  await answerQuiz(page, GREENTECH);
  await page.getByTestId('employer-result').waitFor();
  assert.deepEqual(tab.problems, []);
  await context.close();
});

// ---------------------------------------------------------------------------
// Hostile configuration
// ---------------------------------------------------------------------------

/** Traps alert/confirm/prompt and records injected elements, in every frame. */
function installTraps() {
  window.__xss = [];
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = (...args) => { window.__xss.push(`${name}(${args.join(',')})`); };
  }
}

/** Every element, attribute or link inside the page and all shadow roots that no widget should ever have. */
function scanForInjection() {
  const bad = [];
  const BAD_TAGS = new Set(['script', 'img', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'style',
    'math', 'marquee', 'details', 'video', 'audio', 'source', 'body', 'mglyph', 'mtext', 'table-injected', 'applet']);
  const SAFE_LINK = /^(https?:|mailto:|tel:|#)/i;
  const roots = [document.body];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName;
      const inShadow = roots[i] !== document.body;
      if (BAD_TAGS.has(tag) && !(tag === 'script' && !inShadow && el.src)) bad.push(`<${tag}> in ${inShadow ? 'a widget' : 'the page'}`);
      if (tag === 'svg' && !el.closest('.kn-chart')) bad.push('<svg> outside the chart');
      if (tag === 'a' && el.localName === 'a' && !el.closest('.kn-chart') && !SAFE_LINK.test(el.getAttribute('href') ?? '#')) bad.push(`link ${el.getAttribute('href')}`);
      if (tag === 'link' && el.rel !== 'stylesheet') bad.push(`<link rel=${el.rel}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name) || ['srcdoc', 'formaction', 'action', 'xlink:href', 'autofocus'].includes(attr.name)) bad.push(`${tag}[${attr.name}]`);
      }
    }
  }
  return bad;
}

let finishedState;
async function finishedEmployerState() {
  if (finishedState) return finishedState;
  const tab = await newTab();
  const { page } = tab;
  await open(env, tab, '#/employer');
  await answerQuiz(page, GREENTECH);
  await page.getByTestId('employer-result').waitFor();
  finishedState = await page.evaluate(() => localStorage.getItem('kam-navigator.state'));
  assert.match(finishedState, /^1\.e\./);
  assert.deepEqual(tab.problems, []);
  await tab.context.close();
  return finishedState;
}

test('XSS payloads in every attribute run nothing, render as text, and links are refused', async () => {
  assert.ok(PAYLOADS.length >= 15);
  const state = await finishedEmployerState();
  const tab = await newTab();
  const { page, context } = tab;
  await context.addInitScript(installTraps);
  await context.addInitScript(([s, n]) => {
    for (let i = 0; i < n; i++) localStorage.setItem(`kam-navigator.state.cta${i}`, s);
  }, [state, PAYLOADS.length]);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${env.server.origin}/examples/host.html`);
  await page.locator('#left').getByTestId('app').waitFor();
  const failures = [];
  for (const [i, payload] of PAYLOADS.entries()) {
    const label = JSON.stringify(payload);
    const storedLang = await page.evaluate(() => localStorage.getItem('kam-navigator.lang'));
    const refusedBefore = warnings.filter((w) => /call-to-action link refused/.test(w)).length;
    await page.evaluate(([p, i]) => {
      const make = (id, attrs) => {
        const w = document.createElement('kam-navigator');
        w.id = id;
        for (const [k, v] of Object.entries(attrs)) w.setAttribute(k, v);
        document.body.append(w);
      };
      // Every attribute hostile at once.
      make(`all${i}`, { 'cta-label': p, 'cta-href': p, lang: p, tool: p, 'state-key': p });
      // The link at a result.
      make(`href${i}`, { tool: 'employer', 'state-key': `cta${i}`, 'cta-href': p, 'cta-label': p });
      // The label on a good link.
      make(`label${i}`, { tool: 'employer', 'state-key': `cta${i}`, 'cta-href': 'https://recruiter.example/kontakt', 'cta-label': p });
    }, [payload, i]);
    const all = page.locator(`#all${i}`);
    const href = page.locator(`#href${i}`);
    const good = page.locator(`#label${i}`);
    await all.getByTestId('app').waitFor();
    await href.getByTestId('employer-result').waitFor();
    await good.getByTestId('employer-result').waitFor();
    // An unknown language falls back to the visitor's last one (or German), an unknown tool to all tools.
    assert.equal(await all.getByTestId('app').getAttribute('lang'), ['de', 'en'].includes(storedLang) ? storedLang : 'de', label);
    assert.equal(await all.getByTestId('nav-employer').count(), 1, label);
    // The label is text, exactly (trimmed, without control characters).
    const cta = good.getByTestId('cta');
    if (await cta.count() !== 1) failures.push(`${label}: the good link shows no CTA`);
    else if ((await cta.textContent()) !== shownLabel(payload)) failures.push(`${label}: CTA text ${JSON.stringify(await cta.textContent())}`);
    // A link renders only with an allowed scheme, and then as given.
    if (allowedLink(payload)) {
      const shown = await href.getByTestId('cta').getAttribute('href');
      if (!shown || !shown.startsWith(payload.trim())) failures.push(`${label}: allowed link shows ${shown}`);
    } else {
      if (await href.getByTestId('cta').count()) failures.push(`${label}: refused link has a CTA`);
      await until(() => warnings.filter((w) => /call-to-action link refused/.test(w)).length >= refusedBefore + 2,
        `${label}: no console warning for the refused link`).catch((e) => failures.push(e.message));
    }
    // Storage keys stay in the widget's own namespace.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    for (const k of keys) if (!/^kam-navigator\.(lang|(state|steps)(\.[A-Za-z0-9_-]{1,40})?)$/.test(k)) failures.push(`${label}: storage key ${JSON.stringify(k)}`);
    // Work in the hostile widget: language switch and a tool.
    await all.getByTestId('lang-en').click();
    await all.getByTestId('nav-calculator').click();
    await all.getByTestId('calculator').waitFor();
    const injected = await page.evaluate(scanForInjection);
    if (injected.length) failures.push(`${label}: ${injected.join(', ')}`);
    await page.evaluate((i) => { for (const id of [`all${i}`, `href${i}`, `label${i}`]) document.getElementById(id).remove(); }, i);
  }
  assert.deepEqual(await page.evaluate(() => window.__xss), []);
  assert.deepEqual(failures, []);
  assert.deepEqual(tab.problems, []);
  await context.close();
});

test('XSS payloads in override labels show as text in both languages', async () => {
  const fixture = JSON.parse(await readFile(join(ROOT, 'tests', 'e2e', 'fixtures', 'override-xss.json'), 'utf8'));
  // The fixture carries every payload.
  const labels = [fixture.industries, fixture.salary.regions, fixture.salary.company_sizes, fixture.cars]
    .flatMap((g) => g.items.map((x) => x.label));
  for (const p of PAYLOADS) assert.ok(labels.some((l) => l.de === p || l.en === p), `fixture lacks ${JSON.stringify(p)}`);
  const tab = await newTab();
  const { page, context } = tab;
  await context.addInitScript(installTraps);
  await page.goto(`${env.server.origin}/examples/host.html`);
  await page.evaluate(() => {
    const w = document.createElement('kam-navigator');
    w.id = 'xss';
    w.setAttribute('tool', 'calculator');
    w.setAttribute('config', '/fixtures/override-xss.json');
    document.body.append(w);
  });
  const w = page.locator('#xss');
  await w.getByTestId('calculator').waitFor();
  assert.equal(await w.getByTestId('config-error').count(), 0, 'the override applies');
  const selects = {
    'calc-industry': fixture.industries.items,
    'calc-region': fixture.salary.regions.items,
    'calc-size': fixture.salary.company_sizes.items,
    'calc-am-car': fixture.cars.items,
    'calc-kam-car': fixture.cars.items,
  };
  for (const lang of ['de', 'en']) {
    await w.getByTestId(`lang-${lang}`).click();
    await w.locator(`[data-testid=app][lang=${lang}]`).waitFor();
    for (const [id, items] of Object.entries(selects)) {
      for (const item of items) {
        const option = w.getByTestId(id).locator(`option[value="${item.id}"]`);
        assert.equal(await option.count(), 1, `${id} ${item.id}`);
        assert.equal(await option.textContent(), item.label[lang], `${lang} ${id} ${item.id}`);
        assert.equal(await option.locator('*').count(), 0, `${lang} ${id} ${item.id}: no markup inside`);
      }
      // Choosing a hostile option works like any other.
      await w.getByTestId(id).selectOption(items.at(-1).id);
    }
    assert.deepEqual(await page.evaluate(scanForInjection), [], lang);
  }
  assert.deepEqual(await page.evaluate(() => window.__xss), []);
  assert.deepEqual(tab.problems, []);
  await context.close();
});

test('XSS payloads in a share link give the notice and run nothing', async () => {
  const state = await finishedEmployerState();
  const tab = await newTab();
  const { page, context } = tab;
  await context.addInitScript(installTraps);
  for (const payload of [...PAYLOADS, `${state}<script>alert(1)</script>`, `1.e.${encodeURIComponent('<img src=x onerror=alert(1)>')}`]) {
    const label = JSON.stringify(payload);
    for (const s of [payload, encodeURIComponent(payload)]) {
      await page.goto('about:blank');
      const url = `${env.server.url}#/employer?s=${s}`;
      await page.goto(url);
      await page.getByTestId('app').waitFor();
      // The state parameter as the app reads it (src/session.rs state_param):
      // a raw '&' or '#' ends it, and an empty one is no link at all.
      const param = new URL(url).hash.split('?').slice(1).join('?').split('&').find((x) => x.startsWith('s='))?.slice(2) ?? '';
      if (param) {
        await page.getByTestId('notice').waitFor({ timeout: 5_000 }).catch(() => { throw new Error(`${label}: no notice`); });
        assert.equal(await textOf(page.getByTestId('notice').locator('p')), T.de.bad_link, label);
      } else {
        await page.waitForTimeout(100);
        assert.equal(await page.getByTestId('notice').count(), 0, `${label}: an empty link is ignored`);
      }
      // The page the link pointed at, ready to use.
      await page.getByTestId('quiz').waitFor();
      assert.equal(await page.getByTestId('page').getAttribute('data-route'), '#/employer', label);
      assert.deepEqual(await page.evaluate(scanForInjection), [], label);
      assert.ok(!(await page.evaluate(() => location.hash)).includes('s='), `${label}: the link leaves the address`);
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__xss), []);
  assert.deepEqual(tab.problems, []);
  await context.close();
});
