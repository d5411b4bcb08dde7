// Shared steps for the end-to-end tests: start the static server and
// Debian's Chromium, open pages that record console errors and any request
// to another origin, and speak the visitor's words (open, click, see).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

// Flags this machine's Chromium needs: no sandbox as root, and no
// background traffic to Google's hosts (the network is closed).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Starts the server for dist/ and a headless Chromium. `options` go to the
 * server; `launch.args` adds browser flags to the defaults (the soak test
 * needs `--js-flags=--expose-gc`).
 */
export async function start(options = {}, launch = {}) {
  const server = await serve(DIST, options);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, ...(launch.args ?? [])],
  });
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context (its own storage) and page. Every console error,
 * page error and request to another origin is recorded in `problems`; a
 * test ends with `assertClean()`.
 */
export async function openPage(env, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme });
  // Fail within seconds when something never shows, not after half a minute.
  context.setDefaultTimeout(10_000);
  return pageIn(env, context);
}

/** Like openPage, in an existing context (to share storage). */
export async function pageIn(env, context) {
  const page = await context.newPage();
  const origin = new URL(env.server.url).origin;
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  return { page, context, problems };
}

/** Opens `hash` (e.g. '#/employer') and waits until the app has rendered. */
export async function open(env, { page }, hash = '') {
  await page.goto(env.server.url + hash);
  await appReady(page);
}

export async function appReady(page) {
  await page.getByTestId('app').waitFor({ state: 'visible' });
}

/**
 * The page's main heading. With `expected`, waits (up to 5 s) until the
 * heading shows it first: a click or a hash change renders on Yew's next
 * scheduler turn, not at once. The caller still asserts the text, so a
 * wrong heading fails with both texts in the message.
 */
export async function heading(page, expected) {
  const h1 = page.locator('h1').first();
  if (expected !== undefined) {
    await h1.filter({ hasText: expected }).waitFor({ timeout: 5_000 }).catch(() => {});
  }
  return (await h1.textContent()).trim();
}

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Gives the page `window.knType(input, value)`: it sets a calculator
 * field's text, sends the input event and resolves with the team heading
 * once that shows the change. It waits on microtasks only, so no timer of
 * the page can run in between: tests use it for what happens before the
 * visitor pauses.
 */
export async function installTyping(page) {
  await page.evaluate(() => {
    window.knType = async (input, value) => {
      const root = input.getRootNode();
      const heading = () => root.querySelector('[data-testid=team-total] h3').textContent;
      const before = heading();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (let spins = 0; heading() === before; spins++) {
        if (spins > 100_000) throw new Error(`typing ${value}: the team heading stayed "${before}"`);
        await Promise.resolve();
      }
      return heading();
    };
  });
}
