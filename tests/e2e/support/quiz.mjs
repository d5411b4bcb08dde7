// Page object for the two quizzes and their results: answer step by step as
// a visitor would (pick an option or type, then Next or Skip), read what a
// result says, and compare texts the way a reader does.
import assert from 'node:assert/strict';

/** Option ids of the choice questions, in display order (src/domain/*.rs). */
export const CHOICES = {
  // Employer quiz.
  business_model: ['few_large', 'mixed', 'mass_market'],
  customer_revenue: ['under_10k', '10k_100k', '100k_500k', '500k_plus'],
  // Candidate quiz.
  education: ['apprenticeship', 'bachelor', 'master_or_extra'],
  account_size: ['under_10k', '10k_100k', '100k_500k', '500k_plus'],
  technical_depth: ['basic', 'solid', 'deep'],
  preference: ['variety_speed', 'depth_politics', 'undecided'],
};

/** The question ids of each quiz, in the order they are asked. */
export const EMPLOYER_IDS = [
  'business_model', 'largest_customer_share', 'top_customers_share', 'customer_revenue',
  'annual_revenue', 'critical_customers', 'losing_to_competitors', 'complex_requirements',
  'long_sales_cycles', 'strategic_partnership_goal', 'six_figure_projects',
  'large_company_customers', 'multi_level_negotiation', 'management_in_operations',
  'key_customers', 'other_customers',
];
export const CANDIDATE_IDS = [
  'years_in_sales', 'education', 'account_size', 'c_level_negotiation', 'account_plans',
  'framework_contracts', 'cross_department_projects', 'technical_depth', 'industry_network',
  'preference',
];

const STEP_TIMEOUT = 5_000;

/** Text as a reader sees it: any run of spaces (also U+00A0, U+202F) is one space. */
export function norm(text) {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The rendered text of `locator` (innerText: blocks apart, as read), normalised. */
export async function textOf(locator) {
  return norm(await locator.innerText());
}

/** The euros in a formatted amount ("123.456 €", "€123,456") as a number. */
export function euros(text) {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  assert.ok(digits.length > 0, `no amount in ${JSON.stringify(text)}`);
  return Number(digits);
}

/** The quiz form of the current step. */
export function quizForm(page) {
  return page.getByTestId('quiz');
}

/** The id of the question on screen. */
export async function currentQuestion(page) {
  return quizForm(page).getAttribute('data-question');
}

/** Waits until question `id` is on screen. */
export async function waitForQuestion(page, id) {
  await page.locator(`[data-testid=quiz][data-question="${id}"]`).waitFor({ timeout: STEP_TIMEOUT });
}

/** The number/percent field of question `id`. */
export function numberField(page, id) {
  return page.getByTestId(`q-${id}-input`);
}

/** The radio for `value` ('yes', 'no' or an option id) of question `id`. */
export function radio(page, id, value) {
  if (value === 'yes' || value === 'no') return page.locator(`#q-${id}-${value}`);
  const index = CHOICES[id]?.indexOf(value);
  if (index === undefined || index < 0) throw new Error(`question ${id} has no option ${value}`);
  return page.locator(`#q-${id}-${index}`);
}

/** Gives the answer on the current step without moving on. */
export async function answerStep(page, id, value) {
  const field = numberField(page, id);
  if (await field.count()) {
    await field.fill(String(value));
    return;
  }
  await radio(page, id, value).check();
}

/** Waits until question `id` is no longer on screen. A locator, unlike
 * document.querySelector, sees into the widget's shadow root. `page` may be
 * a Page or a Locator that scopes one widget of several. */
async function waitLeft(page, id) {
  await page
    .locator(`[data-testid=quiz][data-question="${id}"]`)
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** Clicks Next (or "Show result") and waits until the step has changed. */
export async function next(page) {
  const id = await currentQuestion(page);
  await page.getByTestId('next').click();
  await waitLeft(page, id).catch(async () => {
    const why = await page.getByTestId('answer-required').or(page.getByTestId('input-error')).allTextContents();
    throw new Error(`Next did not leave question ${id}: ${why.join(' / ') || 'no message'}`);
  });
}

/** Clicks Back and waits until the step has changed. */
export async function back(page) {
  const id = await currentQuestion(page);
  await page.getByTestId('back').click();
  await waitLeft(page, id);
}

/**
 * Answers the quiz on screen step by step. `answers` maps question id to an
 * option id, 'yes' / 'no', or the text to type. A question missing from the
 * map is skipped when optional (or kept, if it already has an answer); a
 * required one without an answer fails. Stops at the result, or before the
 * question `stopAt`. It may start mid-quiz. Returns the ids of the
 * questions it went through.
 */
export async function answerQuiz(page, answers, { stopAt } = {}) {
  const seen = [];
  const result = page.getByTestId('employer-result').or(page.getByTestId('candidate-result'));
  for (;;) {
    await quizForm(page).or(result).first().waitFor({ timeout: STEP_TIMEOUT });
    if (!(await quizForm(page).count())) break;
    const id = await currentQuestion(page);
    if (id === stopAt) break;
    assert.ok(!seen.includes(id), `question ${id} came twice`);
    seen.push(id);
    if (Object.hasOwn(answers, id)) {
      await answerStep(page, id, answers[id]);
      await next(page);
    } else if (await page.getByTestId('skip').count()) {
      await page.getByTestId('skip').click();
      await waitLeft(page, id);
    } else {
      await next(page);
    }
  }
  // From the first question to the result, every answer must have been used
  // (a typo in an id would otherwise pass unnoticed).
  const fromStart = [EMPLOYER_IDS[0], CANDIDATE_IDS[0]].includes(seen[0]);
  const unused = Object.keys(answers).filter((id) => !seen.includes(id));
  if (stopAt === undefined && fromStart) assert.deepEqual(unused, [], 'answers for questions that never came');
  return seen;
}

/** The factor list items of an employer result, by rule id, as normalised text. */
export async function factorTexts(page) {
  const items = page.getByTestId('factors').locator('li[data-rule]');
  const out = {};
  for (const li of await items.all()) {
    out[await li.getAttribute('data-rule')] = norm(await li.textContent());
  }
  return out;
}

/** Where focus is: the element's test id, tag and text. The widget lives
 * in a shadow root, so follow activeElement through shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      testid: el?.dataset?.testid ?? null,
      id: el?.id ?? null,
      tag: el?.tagName.toLowerCase() ?? null,
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      question: el?.closest('[data-testid=quiz]')?.dataset.question ?? null,
    };
  });
}

/** Presses Tab until `predicate(focused)` holds; fails after `max` presses. */
export async function tabTo(page, predicate, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (predicate(f)) return f;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

// Scenarios shared by several test files.

/** A GreenTech supplier with a few multi-million industrial customers. */
export const GREENTECH = {
  business_model: 'few_large',
  largest_customer_share: '18',
  top_customers_share: '55 %',
  customer_revenue: '500k_plus',
  annual_revenue: '40 Mio',
  critical_customers: 'yes',
  losing_to_competitors: 'no',
  complex_requirements: 'yes',
  long_sales_cycles: 'yes',
  strategic_partnership_goal: 'yes',
  six_figure_projects: 'yes',
  large_company_customers: 'yes',
  multi_level_negotiation: 'yes',
  management_in_operations: 'no',
  key_customers: '20',
  other_customers: '150',
};

/** A web shop: many small customers, 1.8 M€ revenue, customers of 10–100 k€. */
export const WEBSHOP = {
  business_model: 'mass_market',
  largest_customer_share: '2',
  customer_revenue: '10k_100k',
  annual_revenue: '1,8 Mio',
  critical_customers: 'no',
  losing_to_competitors: 'no',
  complex_requirements: 'no',
  long_sales_cycles: 'no',
  strategic_partnership_goal: 'no',
  six_figure_projects: 'no',
  large_company_customers: 'no',
  multi_level_negotiation: 'no',
  management_in_operations: 'no',
};

/** A junior two years into sales. */
export const JUNIOR = {
  years_in_sales: '2',
  education: 'bachelor',
  account_size: '10k_100k',
  c_level_negotiation: 'no',
  account_plans: 'no',
  technical_depth: 'basic',
  preference: 'variety_speed',
};

/** A key account manager with ten years and the KAM competences. */
export const SENIOR_KAM = {
  years_in_sales: '10',
  education: 'master_or_extra',
  account_size: '500k_plus',
  c_level_negotiation: 'yes',
  account_plans: 'yes',
  framework_contracts: 'yes',
  cross_department_projects: 'yes',
  technical_depth: 'deep',
  industry_network: 'yes',
  preference: 'depth_politics',
};
