// Trunk post-build hook: minifies the wasm-bindgen JS glue with terser.
// Trunk's own JS minifier fails on the glue's `export default`, which left
// the glue unminified, comments (with links to other sites) and all.
// Runs on release builds only; debug builds stay readable.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

for (const name of await readdir(dir)) {
  if (!name.endsWith('.js')) continue;
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  const out = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  await writeFile(path, out.code);
  console.log(`minify-js: ${name} ${source.length} -> ${out.code.length} bytes`);
}
