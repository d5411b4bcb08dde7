// Shortens the names of the wasm module's imports, in the binary and in the
// wasm-bindgen glue that provides them.
//
// Why: wasm-bindgen names every import after the JS function plus a 16-digit
// hash (`__wbg_addEventListener_f2d27251d333a631`) under the module name
// `./kam-navigator_bg.js`, and both the wasm import section and the glue's
// import object spell out all ~130 of them. Hashes do not compress; short
// names save about 3 KB gzip across the two files.
//
// Only the import section's names change: the byte layout of everything else
// is copied as it is. The glue must contain each import name exactly once as
// an object key; anything else aborts the build instead of shipping a
// module whose imports the glue cannot satisfy.

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
function leb(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    if (b === undefined) throw new Error('wasm-imports: truncated LEB128');
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, pos];
    shift += 7;
  }
}

function encodeLeb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([encodeLeb(b.length), b]); };

/** Skips a `limits` structure (memory, table). */
function skipLimits(buf, pos) {
  const flags = buf[pos++];
  [, pos] = leb(buf, pos);
  if (flags & 1) [, pos] = leb(buf, pos);
  return pos;
}

/** Short names: a, b, ..., z, A, ..., Z, a0, ... (valid JS identifiers). */
function shortName(i) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  let s = first[i % first.length];
  i = Math.floor(i / first.length);
  while (i > 0) { s += rest[i % rest.length]; i = Math.floor(i / rest.length); }
  return s;
}

/**
 * Returns the wasm with short import names, the glue rewritten to match,
 * and how many imports were renamed.
 */
export function shortenImports(wasm, glue, moduleName) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-imports: not a wasm module');
  let pos = 8;
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, body] = leb(wasm, pos + 1);
    const end = body + size;
    if (id !== 2) { parts.push(wasm.subarray(pos, end)); pos = end; continue; }
    let p = body;
    let count;
    [count, p] = leb(wasm, p);
    const entries = [encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(wasm, p);
      const mod = wasm.toString('utf8', p, p + len); p += len;
      [len, p] = leb(wasm, p);
      const field = wasm.toString('utf8', p, p + len); p += len;
      const descStart = p;
      const kind = wasm[p++];
      if (kind === 0) [, p] = leb(wasm, p);
      else if (kind === 1) p = skipLimits(wasm, p + 1);
      else if (kind === 2) p = skipLimits(wasm, p);
      else if (kind === 3) p += 2;
      else if (kind === 4) [, p] = leb(wasm, p + 1);
      else throw new Error(`wasm-imports: unknown import kind ${kind}`);
      if (mod !== moduleName) throw new Error(`wasm-imports: unexpected import module ${mod}`);
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      entries.push(name('a'), name(renamed.get(field)), wasm.subarray(descStart, p));
    }
    if (p !== end) throw new Error('wasm-imports: import section not read to its end');
    const content = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeLeb(content.length), content);
    pos = end;
  }
  let js = glue;
  for (const [field, short] of renamed) {
    const re = new RegExp(`(?<![\\w$.])${field}(?=:)`, 'g');
    const hits = js.match(re)?.length ?? 0;
    if (hits !== 1) throw new Error(`wasm-imports: glue has ${hits} keys named ${field}`);
    js = js.replace(re, short);
  }
  const modKey = new RegExp(`(["'])${moduleName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1(?=:)`, 'g');
  if ((js.match(modKey)?.length ?? 0) !== 1) throw new Error(`wasm-imports: glue does not name ${moduleName} once`);
  js = js.replace(modKey, 'a');
  return { wasm: Buffer.concat(parts), glue: js, count: renamed.size };
}
