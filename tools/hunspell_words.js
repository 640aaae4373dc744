#!/usr/bin/env node
// tools/hunspell_words.js -- print every word form that a Hunspell dictionary
// (.aff + .dic) accepts, one per line, in the order generated (sort afterwards).
// Used by tools/build_common_words.sh on the French dictionary of the npm
// package dictionary-fr (see docs/DATA.md, "Common words").
//
// Usage: node tools/hunspell_words.js <file.aff> <file.dic>
//
// Only what that dictionary needs is implemented, and the script refuses a
// dictionary that uses anything else rather than guess:
//   - SET UTF-8, FLAG long (two-character flags), FULLSTRIP;
//   - PFX/SFX rules (strip, affix, continuation flags, condition), cross
//     product between one prefix and one suffix (both marked Y);
//   - continuation flags of a prefix that allow a suffix, and of a suffix that
//     allow a prefix (Hunspell's "twofold" affixes between prefix and suffix);
//   - NEEDAFFIX, FORBIDDENWORD and CIRCUMFIX flags are honoured on dictionary
//     entries and affixes;
//   - no AF/AM aliases, no compounding, no second suffix (a suffix's
//     continuation may not name another suffix).
// Prefixes whose added text contains an apostrophe (the elided clitics l', d',
// qu', n', s', jusqu', lorsqu'... and l'kilo-style combinations) are not
// applied: they glue a separate word to the form ("l'abaissement"), and the
// word list wants the form alone.  Apostrophes inside dictionary entries
// ("aujourd'hui", "prud'homme") are kept.
//
// Output: the forms as written in the dictionary (ASCII apostrophe; OCONV is
// not applied), de-duplicated, in generation order; no locale-dependent calls.
'use strict';

const fs = require('fs');

const [, , affPath, dicPath] = process.argv;
if (!affPath || !dicPath) {
  console.error('usage: node tools/hunspell_words.js <file.aff> <file.dic>');
  process.exit(2);
}
function die(msg) { console.error(`hunspell_words.js: ${msg}`); process.exit(1); }

// ---------------------------------------------------------------- .aff
const affLines = fs.readFileSync(affPath, 'utf8').split(/\r?\n/);
const opt = {};
const affixes = { PFX: new Map(), SFX: new Map() }; // flag -> {cross, rules[]}
const SUPPORTED = new Set(['SET', 'FLAG', 'FULLSTRIP', 'NEEDAFFIX', 'FORBIDDENWORD',
  'CIRCUMFIX', 'KEEPCASE', 'NOSUGGEST', 'TRY', 'KEY', 'WORDCHARS', 'ICONV', 'OCONV',
  'REP', 'MAP', 'BREAK', 'PFX', 'SFX']);

function splitFlags(s) { // FLAG long: two characters per flag
  const c = Array.from(s);
  if (c.length % 2) die(`odd-length flag string "${s}"`);
  const out = [];
  for (let i = 0; i < c.length; i += 2) out.push(c[i] + c[i + 1]);
  return out;
}
// A Hunspell condition ("[^cg]er", ".", "[aou]yer") as a list of tests, one per
// character: {set: Set|null (null = any), neg: bool}.
function parseCond(s) {
  if (s === '.') return [];
  const c = Array.from(s);
  const out = [];
  for (let i = 0; i < c.length; i++) {
    if (c[i] === '[') {
      let j = i + 1, neg = false;
      if (c[j] === '^') { neg = true; j++; }
      const set = new Set();
      while (j < c.length && c[j] !== ']') set.add(c[j++]);
      if (j >= c.length) die(`bad condition "${s}"`);
      out.push({ set, neg });
      i = j;
    } else if (c[i] === '.') {
      out.push({ set: null, neg: false });
    } else {
      out.push({ set: new Set([c[i]]), neg: false });
    }
  }
  return out;
}
function testChar(t, ch) { return t.set === null || (t.set.has(ch) !== t.neg); }

for (let n = 0; n < affLines.length; n++) {
  const line = affLines[n].replace(/#.*$/, '').trim();
  if (!line) continue;
  const f = line.split(/\s+/);
  const key = f[0];
  if (!SUPPORTED.has(key)) die(`unsupported .aff directive "${key}" (line ${n + 1})`);
  if (key === 'PFX' || key === 'SFX') {
    const table = affixes[key];
    if (!table.has(f[1])) { // header: PFX flag cross count
      if (f.length < 4 || !/^[YN]$/.test(f[2])) die(`bad ${key} header (line ${n + 1})`);
      table.set(f[1], { cross: f[2] === 'Y', count: Number(f[3]), rules: [] });
      continue;
    }
    const entry = table.get(f[1]);
    if (f.length < 5) die(`bad ${key} rule (line ${n + 1})`);
    const strip = f[2] === '0' ? '' : f[2];
    const [addRaw, contRaw] = f[3].split('/');
    const add = addRaw === '0' ? '' : addRaw;
    entry.rules.push({
      strip, add, cont: new Set(contRaw ? splitFlags(contRaw) : []),
      cond: parseCond(f[4]),
    });
    continue;
  }
  if (['SET', 'FLAG', 'NEEDAFFIX', 'FORBIDDENWORD', 'CIRCUMFIX'].includes(key)) opt[key] = f[1];
  if (key === 'FULLSTRIP') opt.FULLSTRIP = true;
}
if (opt.SET !== 'UTF-8') die(`SET ${opt.SET} (only UTF-8 is supported)`);
if (opt.FLAG !== 'long') die(`FLAG ${opt.FLAG} (only "long" is supported)`);
for (const [key, table] of Object.entries(affixes)) {
  for (const [flag, e] of table) {
    if (e.rules.length !== e.count) die(`${key} ${flag}: ${e.rules.length} rules, header says ${e.count}`);
    for (const r of e.rules) {
      for (const c of r.cont) {
        if (key === 'SFX' && affixes.SFX.has(c)) die(`SFX ${flag}: second suffix ${c} not supported`);
        if (key === 'PFX' && affixes.PFX.has(c)) die(`PFX ${flag}: second prefix ${c} not supported`);
      }
    }
  }
}
const NEED = opt.NEEDAFFIX, FORBID = opt.FORBIDDENWORD, CIRC = opt.CIRCUMFIX;

// ---------------------------------------------------------------- affixing
// Suffix rule r on word w (Hunspell SfxEntry::add): the condition is tested on
// the end of w, the strip text must end w, and w must be longer than the strip
// (or as long, with FULLSTRIP).
function sfx(r, w) {
  const c = Array.from(w);
  const s = Array.from(r.strip);
  if (!(c.length > s.length || (opt.FULLSTRIP && c.length >= s.length))) return null;
  if (c.length < r.cond.length) return null;
  for (let i = 0; i < r.cond.length; i++) {
    if (!testChar(r.cond[i], c[c.length - r.cond.length + i])) return null;
  }
  if (s.length && c.slice(c.length - s.length).join('') !== r.strip) return null;
  return c.slice(0, c.length - s.length).join('') + r.add;
}
function pfx(r, w) { // mirror image: condition and strip at the start
  const c = Array.from(w);
  const s = Array.from(r.strip);
  if (!(c.length > s.length || (opt.FULLSTRIP && c.length >= s.length))) return null;
  if (c.length < r.cond.length) return null;
  for (let i = 0; i < r.cond.length; i++) if (!testChar(r.cond[i], c[i])) return null;
  if (s.length && c.slice(0, s.length).join('') !== r.strip) return null;
  return r.add + c.slice(s.length).join('');
}
const skipPrefix = (r) => r.add.includes("'");

// ---------------------------------------------------------------- .dic
const dicLines = fs.readFileSync(dicPath, 'utf8').split(/\r?\n/);
if (!/^\d+\s*$/.test(dicLines[0])) die('first line of the .dic is not a count');
const seen = new Set();
const forbidden = new Set();
const out = [];
let entries = 0;
function emit(w, bad) {
  if (bad) { forbidden.add(w); return; }
  if (!seen.has(w)) { seen.add(w); out.push(w); }
}

for (let n = 1; n < dicLines.length; n++) {
  const line = dicLines[n];
  if (!line.trim()) continue;
  entries++;
  if (/[\t ]/.test(line.trim())) die(`morphological fields not supported (line ${n + 1})`);
  // "word/flags"; a slash inside the word would be written "\/" (not used here).
  if (line.includes('\\/')) die(`escaped slash not supported (line ${n + 1})`);
  const slash = line.indexOf('/');
  const root = slash < 0 ? line : line.slice(0, slash);
  const flags = new Set(slash < 0 ? [] : splitFlags(line.slice(slash + 1)));
  const bad = FORBID !== undefined && flags.has(FORBID);

  if (!(NEED && flags.has(NEED))) emit(root, bad);

  // One suffix, then possibly one prefix (allowed by the root or by the suffix).
  for (const sf of flags) {
    const se = affixes.SFX.get(sf);
    if (!se) continue;
    for (const sr of se.rules) {
      const w = sfx(sr, root);
      if (w === null) continue;
      const circ = Boolean(CIRC && sr.cont.has(CIRC));
      if (!(NEED && sr.cont.has(NEED)) && !circ) emit(w, bad);
      if (!se.cross) continue;
      for (const pf of new Set([...flags, ...sr.cont])) {
        const pe = affixes.PFX.get(pf);
        if (!pe || !pe.cross) continue;
        for (const pr of pe.rules) {
          if (skipPrefix(pr)) continue;
          if (circ !== Boolean(CIRC && pr.cont.has(CIRC))) continue;
          const v = pfx(pr, w);
          if (v !== null) emit(v, bad);
        }
      }
    }
  }
  // One prefix alone, or a prefix with a suffix that only the prefix allows.
  for (const pf of flags) {
    const pe = affixes.PFX.get(pf);
    if (!pe) continue;
    for (const pr of pe.rules) {
      if (skipPrefix(pr)) continue;
      const circ = Boolean(CIRC && pr.cont.has(CIRC));
      const w = pfx(pr, root);
      if (w !== null && !(NEED && pr.cont.has(NEED)) && !circ) emit(w, bad);
      if (!pe.cross) continue;
      for (const sf of pr.cont) {
        if (flags.has(sf)) continue; // already done in the suffix loop above
        const se = affixes.SFX.get(sf);
        if (!se || !se.cross) continue;
        for (const sr of se.rules) {
          if (circ !== Boolean(CIRC && sr.cont.has(CIRC))) continue;
          const s = sfx(sr, root);
          if (s === null) continue;
          const v = pfx(pr, s);
          if (v !== null) emit(v, bad);
        }
      }
    }
  }
}

const lines = out.filter((w) => !forbidden.has(w));
process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
console.error(`hunspell_words.js: ${entries} entries, ${lines.length} forms` +
  (forbidden.size ? `, ${forbidden.size} forbidden` : ''));
