// End-to-end: screenshots of every screen at phone (320 and 375 px) and desktop
// (1280 px) width in both languages, into tests/e2e/screenshots/ for a
// human to look at. Each screen is checked for its heading and for content
// wider than the viewport (sideways scrolling) before it is taken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, open, heading, screenshot } from './support/app.mjs';
import { answerQuiz, GREENTECH, SENIOR_KAM, textOf, waitForQuestion } from './support/quiz.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const TEXT = {
  de: {
    home: 'Welche Vertriebsrolle passt?',
    employer: 'Brauchen wir einen Account Manager oder einen Key Account Manager?',
    candidate: 'Welche Rolle passt zu mir?',
    calculator: 'Was kostet die Stelle wirklich?',
    firstQuestion: 'Wie ist Ihr Kundengeschäft aufgebaut?',
    revenueQuestion: 'Wie hoch ist Ihr Jahresumsatz?',
    yearsQuestion: 'Wie viele Jahre arbeiten Sie schon im Vertrieb?',
    verdict: /^KAM (empfohlen|dringend nötig)$/,
    outcome: 'Bereit für Key Account Management',
  },
  en: {
    home: 'Which sales role fits?',
    employer: 'Do we need an Account Manager or a Key Account Manager?',
    candidate: 'Which role fits me?',
    calculator: 'What does the position really cost?',
    firstQuestion: 'What does your customer base look like?',
    revenueQuestion: "What is your company's annual revenue?",
    yearsQuestion: 'How many years have you worked in sales?',
    verdict: /^KAM (recommended|urgently needed)$/,
    outcome: 'Ready for key account management',
  },
};

/** Content wider than the viewport, by element (none expected). */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *, header *, nav *')]
      .filter((el) => {
        // Scrolling containers (the cost table, the nav on phones) may hold wider content.
        for (let p = el.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
        }
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, width, wide };
  });
}

// 320 px: the smallest phones in use (a review found the band cards and the
// career timeline wider than that).
for (const width of [320, 375, 1280]) {
  for (const lang of ['de', 'en']) {
    test(`screenshots at ${width} px in ${lang}`, async () => {
      const tab = await openPage(env, { width, height: width < 500 ? 812 : 900 });
      const { page } = tab;
      const t = TEXT[lang];
      const shot = async (name, title) => {
        assert.equal(await heading(page, title), title, name);
        const o = await overflow(page);
        assert.ok(o.scroll <= o.width && o.wide.length === 0, `${name}: wider than ${o.width} px: ${JSON.stringify(o)}`);
        await screenshot(page, `${name}-${lang}-${width}`);
      };

      await open(env, tab);
      await page.getByTestId(`lang-${lang}`).click();
      await page.locator(`html[lang=${lang}]`).waitFor({ state: 'attached' });
      await shot('home', t.home);

      await page.getByTestId('nav-employer').click();
      await waitForQuestion(page, 'business_model');
      assert.equal(await textOf(page.getByTestId('question-title')), t.firstQuestion);
      await shot('employer-question', t.employer);
      await answerQuiz(page, GREENTECH, { stopAt: 'annual_revenue' });
      assert.equal(await textOf(page.getByTestId('question-title')), t.revenueQuestion);
      await shot('employer-number', t.employer);
      await answerQuiz(page, GREENTECH);
      assert.match(await textOf(page.getByTestId('verdict')), t.verdict);
      await shot('employer-result', t.employer);

      await page.getByTestId('nav-candidate').click();
      await waitForQuestion(page, 'years_in_sales');
      assert.equal(await textOf(page.getByTestId('question-title')), t.yearsQuestion);
      await shot('candidate-question', t.candidate);
      await answerQuiz(page, SENIOR_KAM);
      assert.equal(await textOf(page.getByTestId('outcome')), t.outcome);
      await shot('candidate-result', t.candidate);

      // The calculator with the team the employer result recommends.
      await page.getByTestId('nav-employer').click();
      await page.getByTestId('open-calculator').click();
      await page.getByTestId('calculator').waitFor();
      await shot('calculator', t.calculator);

      assert.deepEqual(tab.problems, []);
      await tab.context.close();
    });
  }
}
