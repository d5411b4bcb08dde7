// The byte budgets of the release dist/ (bench/budgets.json), counted by the
// same code as the benchmark (bench/sizes.mjs). Sizes are deterministic, so
// they belong in the test command; timings stay in `make bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { budgets, sizes } from '../../bench/sizes.mjs';
import { DIST, ROOT } from './support/app.mjs';

const B = await budgets(join(ROOT, 'bench'));
const S = await sizes(DIST);

for (const [key, bytes] of [['firstLoadGzip', S.firstLoadGzip], ['jsGzip', S.js.gzip], ['cssGzip', S.css.gzip]]) {
  test(`${B[key].what}: ${bytes} B gzip is within ${B[key].limit} B`, () => {
    assert.ok(bytes <= B[key].limit,
      `${B[key].what} is ${bytes} B gzip, over the limit of ${B[key].limit} B (target ${B[key].target} B)`);
  });
}

test('the budget file is consistent: limits never above the first load they add up to', () => {
  for (const key of ['firstLoadGzip', 'jsGzip', 'cssGzip']) {
    assert.ok(Number.isInteger(B[key].limit) && Number.isInteger(B[key].target), key);
    assert.ok(B[key].limit >= B[key].target, `${key}: a limit below the target belongs in the target`);
  }
  assert.ok(B.jsGzip.limit + B.cssGzip.limit < B.firstLoadGzip.limit);
});

test('the counted files are the ones the page loads first: the heaviest of the three tool modules', () => {
  assert.deepEqual(S.modules.map((m) => m.name), ['calculator', 'candidate', 'employer', 'full']);
  assert.equal(S.wasm.files.length, 1, `one wasm: ${S.wasm.files}`);
  assert.deepEqual(S.js.files.map((f) => f.replace(/-(calculator|candidate)-/, '-').replace(/-[0-9a-f]{16}\./, '.')).sort(),
    ['kam-navigator.js', 'kam-navigator.js']);
  assert.equal(S.css.files.length, 1, `one stylesheet: ${S.css.files}`);
  assert.equal(S.firstLoadGzip, S.wasm.gzip + S.js.gzip + S.css.gzip);
  for (const m of S.modules) {
    // The full module is for host pages with an override document only.
    if (m.name !== 'full') assert.ok(m.firstLoadGzip <= S.firstLoadGzip, `${m.name}: ${m.firstLoadGzip} B counted as the heaviest`);
    assert.ok(m.jsGzip <= B.jsGzip.limit, `${m.name}: entry + glue ${m.jsGzip} B gzip, over ${B.jsGzip.limit} B`);
  }
});
