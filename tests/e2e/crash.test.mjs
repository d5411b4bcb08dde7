// The last line of defence: a panic in one widget replaces that widget with
// a message and a reload button in its language and logs the panic; the
// host page and the other widgets keep working, and reload brings it back.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, start, openPage } from './support/app.mjs';
import { answerQuiz, norm, textOf } from './support/quiz.mjs';

let env;
after(async () => { await env?.stop(); });

test('a panic takes down only its own widget, which can be reloaded', async () => {
  env = await start({ mounts: { '/examples/': join(ROOT, 'examples') } });
  const tab = await openPage(env);
  const { page } = tab;
  await page.goto(`${env.server.origin}/examples/host.html`);
  const left = page.locator('#left');
  const right = page.locator('#right');
  await left.getByTestId('app').waitFor();
  await right.getByTestId('app').waitFor();
  await answerQuiz(left, { business_model: 'few_large' }, { stopAt: 'largest_customer_share' });

  // The right widget (English) panics.
  await page.evaluate(() => {
    try { document.getElementById('right').crashForTest(); } catch { /* the trap reaches the caller */ }
  });
  const crash = right.getByTestId('crash');
  await crash.waitFor();
  assert.equal(norm(await crash.locator('p').textContent()), 'Sorry, something went wrong here. Reload the tool to carry on.');
  assert.equal(await crash.getAttribute('role'), 'alert');
  assert.equal(await right.getByTestId('app').count(), 0);
  // Logged, and nothing else went wrong.
  assert.equal(tab.problems.length, 1, tab.problems.join('\n'));
  assert.match(tab.problems[0], /kam-navigator: [\s\S]*simulated panic/);

  // The other widget and the host page carry on.
  await answerQuiz(left, { largest_customer_share: '18' }, { stopAt: 'top_customers_share' });
  assert.equal(await page.locator('#after').textContent(), 'Host text after the widgets.');

  // Reload brings the crashed widget back, working.
  await right.getByTestId('crash-reload').click();
  await right.getByTestId('calculator').waitFor();
  await right.getByTestId('calc-kam-count').fill('4');
  await right.getByTestId('team-total').locator('h3').filter({ hasText: '4 KAM' }).waitFor();
  assert.ok((await textOf(right.getByTestId('team-yearly'))).includes('€'));
  assert.equal(tab.problems.length, 1, tab.problems.join('\n'));
  await tab.context.close();
});
