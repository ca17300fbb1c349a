// fold() and normalize() of plugins/libs/vietnamese_text.py, for queries typed in the browser.
// The index is built with the Python versions: both must give the same strings
// (tests/search/test_vietnamese_text_js.py runs the same samples through both).

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000";
// "Hoà" → "Hòa", "thuỷ" → "thủy": the tone on the first vowel of an open "oa", "oe", "uy".
const SECOND_VOWEL_TONE = new RegExp(
  `(?<![qQ])([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}\\p{N}_])|(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{N}_])`,
  "gu",
);
// "kỉ" → "kỷ", "lí" → "lý", "hi" → "hy": a final "i" after a single-letter onset h, k, l, m, s, t.
const FINAL_I = new RegExp(
  `(?<![\\p{L}\\p{N}_\u0300-\u036f])([hklmstHKLMST])([iI])([${TONE_MARKS}]?)(?![\\p{L}\\p{N}_\u0300-\u036f])`,
  "gu",
);
const LEGACY_D = { "\u00d0": "\u0110", "\u00f0": "\u0111" }; // Ð ð → Đ đ

function foldTable() {
  const table = new Map();
  const ranges = [[0x00c0, 0x0250], [0x1e00, 0x1f00]];
  for (const [from, to] of ranges) {
    for (let code = from; code < to; code++) {
      const char = String.fromCharCode(code);
      const base = char.normalize("NFD")[0];
      if (/^[A-Za-z]$/.test(base)) table.set(char, base.toLowerCase());
    }
  }
  for (const letter of "ĐđÐð") table.set(letter, "d");
  for (let code = 0x0300; code < 0x0370; code++) table.set(String.fromCharCode(code), "");
  for (const space of SPACES) table.set(space, " ");
  return table;
}

const FOLD_TABLE = foldTable();

/** "Hoà Thành", "HÒA THÀNH", "hoa thanh" → "hoa thanh"; "Đảng" → "dang". */
export function fold(text) {
  let out = "";
  for (const char of text.normalize("NFC")) out += FOLD_TABLE.get(char) ?? char;
  return out.toLowerCase();
}

/** NFC, canonical tone placement, "y" for a final "i" ("kỉ" → "kỷ"), "Đ" for legacy "Ð"; case and marks kept. */
export function normalize(text) {
  const decomposed = text.replace(/[\u00d0\u00f0]/g, (char) => LEGACY_D[char]).normalize("NFD");
  return decomposed
    .replace(SECOND_VOWEL_TONE, (match, o, a, oTone, u, y, uTone) => (o ? o + oTone + a : u + uTone + y))
    .replace(FINAL_I, (match, onset, i, tone) => onset + (i === "i" ? "y" : "Y") + tone)
    .normalize("NFC");
}
