// The search page: Pagefind queried with Vietnamese normalization, results shown in the
// author's spelling with the query's words highlighted. Loaded by search.html only.
import { fold, normalize } from "./vietnamese-text.js";

// Around the body of each indexed document (plugins/features/search/documents.py): before it the
// title, after it the other spellings of the words, which only matching needs.
const SEPARATOR = "\u2042";
const PAGE_SIZE = 10;
const EXCERPT_WORDS = 30;
const CONTEXT_WORDS = 6; // words shown before the first match
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The query's words: what the reader typed, normalized, and its folded form. */
export function queryTerms(query) {
  return normalize(query).toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)
    .map((exact) => ({ exact, folded: fold(exact), marked: NON_ASCII.test(exact) }));
}

/**
 * Which term each word of `words` matches, or -1. For each term only its best kind of match
 * is kept: the reader's spelling before any folded match ("Đảng", not "đang", for "đảng"),
 * whole words before prefixes (Pagefind matches prefixes too: "hoa" finds "hoạch").
 */
function matchWords(words, terms) {
  const folded = words.map((word) => fold(word[0]));
  const spelt = new Map();
  const spelling = (index) => {
    if (!spelt.has(index)) spelt.set(index, normalize(words[index][0]).toLowerCase());
    return spelt.get(index);
  };
  const matches = new Array(words.length).fill(-1);
  terms.forEach((term, termIndex) => {
    const byKind = [[], [], [], []]; // spelt whole, folded whole, spelt prefix, folded prefix
    folded.forEach((word, index) => {
      if (!word.startsWith(term.folded)) return;
      const prefix = word.length > term.folded.length ? 2 : 0;
      const asTyped = term.marked && spelling(index).startsWith(term.exact);
      byKind[prefix + (asTyped || !term.marked ? 0 : 1)].push(index);
    });
    const best = byKind.find((indexes) => indexes.length) || [];
    for (const index of best) if (matches[index] < 0) matches[index] = termIndex;
  });
  return matches;
}

/** The window of EXCERPT_WORDS words with the most distinct terms, then the most matches. */
function bestWindow(matches) {
  const positions = [];
  matches.forEach((term, index) => { if (term >= 0) positions.push(index); });
  let best = { start: 0, distinct: 0, count: 0 };
  for (let first = 0; first < positions.length; first++) {
    const start = positions[first];
    const inside = positions.filter((index) => index >= start && index < start + EXCERPT_WORDS);
    const distinct = new Set(inside.map((index) => matches[index])).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) {
      best = { start, distinct, count: inside.length };
    }
  }
  return best.count ? Math.max(0, best.start - CONTEXT_WORDS) : 0;
}

/** DOM nodes for words first..last-1 of `text` with the matched ones inside <mark>. */
function highlighted(text, words, matches, first, last) {
  const fragment = document.createDocumentFragment();
  let cursor = first > 0 ? words[first].index : 0;
  const end = last < words.length ? words[last - 1].index + words[last - 1][0].length : text.length;
  for (let index = first; index < last; index++) {
    if (matches[index] < 0) continue;
    const word = words[index];
    fragment.append(text.slice(cursor, word.index));
    const mark = document.createElement("mark");
    mark.className = "dv-search__mark";
    mark.textContent = word[0];
    fragment.append(mark);
    cursor = word.index + word[0].length;
  }
  fragment.append(text.slice(cursor, end));
  return fragment;
}

/** The whole text with terms highlighted (titles). */
export function highlightAll(text, terms) {
  const words = [...text.matchAll(WORD)];
  return highlighted(text, words, matchWords(words, terms), 0, words.length);
}

/** About EXCERPT_WORDS words of `text` around the best cluster of matches, highlighted. */
export function excerpt(text, terms) {
  const words = [...text.matchAll(WORD)];
  const matches = matchWords(words, terms);
  const first = bestWindow(matches);
  const last = Math.min(words.length, first + EXCERPT_WORDS);
  const fragment = document.createDocumentFragment();
  if (first > 0) fragment.append("… ");
  fragment.append(highlighted(text, words, matches, first, last));
  if (last < words.length) fragment.append(" …");
  return fragment;
}

/** The author's body text in Pagefind's content "title ⁂ body ⁂ other spellings". */
export function authorText(data) {
  return data.content.split(SEPARATOR)[1].replace(/^[.\s]+/, "").trim();
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "2020-11-09T09:00:00+07:00" → "Thứ Hai, 09/11/2020 09:00", as vn_datetime writes it on the site. */
export function vietnameseDate(iso) {
  const [, year, month, day, time] = iso.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${day}/${month}/${year}${time ? ` ${time}` : ""}`;
}

function resultItem(data, terms) {
  const item = document.createElement("li");
  item.className = "dv-article-list__item";
  const teaser = item.appendChild(document.createElement("article"));
  teaser.className = "dv-teaser";
  const heading = teaser.appendChild(document.createElement("h2"));
  heading.className = "dv-teaser__title";
  const link = heading.appendChild(document.createElement("a"));
  link.className = "dv-teaser__link";
  link.href = data.url;
  link.append(highlightAll(data.meta.title || data.url, terms));
  const meta = teaser.appendChild(document.createElement("p"));
  meta.className = "dv-teaser__meta";
  if (data.meta.date) {
    const time = meta.appendChild(document.createElement("time"));
    time.dateTime = data.meta.date;
    time.textContent = vietnameseDate(data.meta.date);
  }
  for (const key of ["unit", "category"]) {
    if (!data.meta[key]) continue;
    const span = meta.appendChild(document.createElement("span"));
    span.className = `dv-teaser__${key}`;
    span.textContent = data.meta[key];
  }
  const summary = teaser.appendChild(document.createElement("p"));
  summary.className = "dv-teaser__summary dv-search__excerpt";
  summary.append(excerpt(authorText(data), terms));
  return item;
}

/**
 * Pagefind in the page itself: its worker costs one more download, and copying thousands of
 * results out of it costs more time than it saves. Spellings with the reader's marks get a
 * boost in Pagefind's ranking; rankBatch() finishes the job on each batch shown. Words repeated
 * in a long body count less than they would by default (termSaturation, termFrequency), so that
 * the weights of the headline and organization names (documents.py) decide more of the order.
 */
const PAGEFIND_OPTIONS = { noWorker: true, ranking: { diacriticSimilarity: 10, termSaturation: 1.1, termFrequency: 0.8 } };
// At most this many searches for the words of one level of the fallback (all but one word, ...).
const MAX_SUBSETS = 20; // every subset of up to six words
// Results with scores this close (relative) are ties, the newer article first: the same words
// in the same places, rounding aside. Not wider: each tie loads one more result's data.
const TIE = 1e-6;
const KEPT_ANSWERS = 8;
// The weight of the names of the organizations an article is tagged with (documents.py).
const ORGANIZATION_WEIGHT = 7;

/**
 * The index is in parts of consecutive articles, oldest in part 0 (plugins/features/search/parts.py):
 * the newest part's Pagefind loads the others with mergeIndex. Relevance ranks across all
 * parts at once; newest first is each part sorted by date, newest part first.
 */
async function loadPagefind(form) {
  const base = new URL(form.dataset.pagefind, location.href).href;
  const count = Number(form.dataset.pagefindParts);
  const newestFirst = Array.from({ length: count }, (_, index) => String(count - 1 - index));
  const pagefind = await import(`${base}${newestFirst[0]}/pagefind.js`);
  // Each part's pages get the filter value "part": Pagefind adds it in the browser (mergeFilter).
  await pagefind.options({ ...PAGEFIND_OPTIONS, mergeFilter: { part: newestFirst[0] } });
  await Promise.all(newestFirst.slice(1).map((part) => pagefind.mergeIndex(`${base}${part}/`, { ranking: PAGEFIND_OPTIONS.ranking, mergeFilter: { part } })));

  /**
   * A part where a word of the query is missing would not ignore the word the way one whole index
   * does: Pagefind falls back to a shorter word ("thu" for "thuy") or drops the word. Such a part
   * is left out whenever another part has the word (lookUp below).
   * The parts a word is in never change while the page is open: each word is looked up once.
   */
  const partsOfWord = new Map();
  let dateOrder = null;
  // A part value no page has: Pagefind counts the matches per part (totalFilters) and scores none.
  const perPartCount = async (query) => (await pagefind.search(query, { filters: { part: "none" } })).totalFilters.part || {};
  // The word itself; failing that, words it begins ("khuy" for "khuyến") or, as Pagefind does for
  // one word, a shorter one ("khuyenx"): only a word with none of these is in no article.
  const lookUp = async (word) => {
    const exact = await perPartCount(`"${word}"`);
    return Object.values(exact).some(Boolean) ? exact : perPartCount(word);
  };
  function perPart(word) {
    if (!partsOfWord.has(word)) {
      partsOfWord.set(word, lookUp(word).catch((error) => { partsOfWord.delete(word); throw error; }));
    }
    return partsOfWord.get(word);
  }

  async function partsWithEveryWord(query) {
    const words = queryWords(query);
    if (count === 1 || !words.length) return newestFirst;
    const byWord = await Promise.all(words.map(perPart));
    const known = byWord.filter((parts) => Object.values(parts).some(Boolean));
    return newestFirst.filter((part) => known.every((parts) => parts[part] > 0));
  }

  return {
    /** For each word, whether some article has it (lookUp): Pagefind drops a word no article has, and finds the others. */
    /**
     * Each article's place in the newest-first order find() gives (each part by date, newest part
     * first), by result id: the order of results merged from several searches. Read once.
     */
    dateOrder() {
      dateOrder ??= Promise.all(newestFirst.map((part) => pagefind.search(null, { filters: { part }, sort: { date: "desc" } })))
        .then((byPart) => new Map(byPart.flatMap((found) => found.results).map((result, index) => [result.id, index])))
        .catch((error) => { dateOrder = null; throw error; });
      return dateOrder;
    },
    async known(words) {
      return (await Promise.all(words.map(perPart))).map((parts) => Object.values(parts).some(Boolean));
    },
    async find(query, filters, sorted) {
      const parts = await partsWithEveryWord(query);
      if (!parts.length) return [];
      if (!sorted) {
        const only = parts.length < count ? { part: { any: parts } } : {};
        return (await pagefind.search(query, { filters: { ...filters, ...only } })).results;
      }
      const sort = { date: "desc" };
      const byPart = await Promise.all(parts.map((part) => pagefind.search(query, { filters: { ...filters, part }, sort })));
      return byPart.flatMap((found) => found.results);
    },
  };
}

/** The words of a normalized query, as Pagefind splits them. */
export function queryWords(query) {
  return (query || "").split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/** Each subset of `items` with `size` of them, in order: the first ones kept longest. */
export function subsets(items, size) {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((subset) => [first, ...subset]), ...subsets(rest, size)];
}

/** Whether `data` has every marked term of the query in the reader's spelling (title, body or added spellings). */
function spelledAsTyped(data, terms) {
  const marked = terms.filter((term) => term.marked);
  if (!marked.length) return true;
  const words = [...new Set(normalize(data.content).toLowerCase().match(WORD))];
  return marked.every((term) => words.some((word) => word.startsWith(term.exact)));
}

/**
 * Whether `count` of the positions Pagefind matched follow each other: the whole phrase, as far as
 * can be told before a result's text is loaded (a search of the phrase in quotes would cost as
 * much as the search itself). hasPhrase() checks each result shown.
 */
export function inARow(positions, count) {
  if (count < 2) return positions.length > 0;
  let run = 1;
  for (let index = 1; index < positions.length; index++) {
    const step = positions[index] - positions[index - 1];
    if (step < 0) return inARowUnsorted(positions, count); // Pagefind gives them in order: not met so far
    if (step === 1 && ++run >= count) return true;
    if (step > 1) run = 1;
  }
  return false;
}

function inARowUnsorted(positions, count) {
  const matched = new Set(positions);
  return positions.some((position) => {
    for (let next = 1; next < count; next++) if (!matched.has(position + next)) return false;
    return true;
  });
}

/**
 * Whether the headline, the body or an organization's name has the query's words in a row.
 * Headline and body: their words folded ("duong giao thong" for "đường giao thông"), as
 * Pagefind's positions miss the "d" typed for "đ", whose spelling is indexed apart from the text
 * (documents.py). Not the other spellings after the body: words from unrelated places put side
 * by side. The organizations' names are among them, told apart by their weight: the positions
 * Pagefind matched there, read when the data is loaded (Pagefind sets them on each load).
 */
function hasPhrase(data, terms) {
  if (terms.length < 2) return false;
  const wanted = terms.map((term) => term.folded);
  const [title, body = ""] = data.content.split(SEPARATOR);
  const inText = [title, body].some((text) => {
    const words = (text.match(WORD) || []).map(fold);
    return words.some((_, start) => wanted.every((word, offset) => words[start + offset] === word));
  });
  if (inText) return true;
  const named = (data.weighted_locations || []).filter((location) => location.weight === ORGANIZATION_WEIGHT)
    .map((location) => location.location).sort((a, b) => a - b);
  return inARow(named, terms.length);
}

const sameScore = (a, b) => Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));

/** Found before shown: more of the query's words, then the whole phrase, then Pagefind's score. */
function byRelevance(a, b) {
  return b.held - a.held || b.phrase - a.phrase || (sameScore(a.result.score, b.result.score) ? 0 : b.result.score - a.result.score);
}

/**
 * A loaded batch in the order shown: more words, then the whole phrase, then results spelled as
 * the reader typed before the others, then Pagefind's score; on ties the newer article first.
 * Sorted by date, as found.
 */
function rankBatch(batch, terms, sorted) {
  if (sorted) return batch;
  const keyed = batch.map((entry) => ({ entry, exact: spelledAsTyped(entry.data, terms), date: entry.data.meta.date || "" }));
  keyed.sort((a, b) => b.entry.held - a.entry.held || b.entry.phrase - a.entry.phrase || b.exact - a.exact
    || byRelevance(a.entry, b.entry) || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return keyed.map(({ entry }) => entry);
}

const quoted = (words) => words.map((word) => `“${word}”`).join(", ");

function filterNames(selects) {
  return selects.filter((select) => select.value && select.dataset.filter)
    .map((select) => `${select.labels[0].textContent.trim()}: ${select.selectedOptions[0].textContent.trim()}`);
}

/** The outcome line; `fallback` (findRanked's) names the words no article has, found or not. */
function statusText(count, typed, fallback) {
  const what = typed ? ` cho “${typed}”` : " phù hợp bộ lọc";
  const missing = fallback?.missing.length
    ? ` ${fallback.missing.length > 1 ? "Các từ" : "Từ"} ${quoted(fallback.missing)} không có trong bài nào.`
    : "";
  if (!count) return `Không tìm thấy bài viết nào${what}.${missing}`;
  if (fallback) {
    return `Không có bài nào chứa đủ các từ “${typed}”; dưới đây là các bài chứa nhiều từ nhất (${count} bài).${missing}`;
  }
  return `Tìm thấy ${count} bài viết${what}.`;
}

/**
 * What to show for a query: [{ result, held, phrase }] in the order found, and the fallback's
 * account when no article has every word. `find` is loadPagefind's.
 */
async function findRanked(pagefind, query, filters, sorted) {
  const words = queryWords(query);
  const entries = (results, held, phrase = () => false) => results.map((result) => ({ result, held, phrase: phrase(result) }));
  // Pagefind leaves out a word no article has and finds the others: such a word is named, and
  // the articles with the most of the other words are shown as for any query found incomplete.
  const known = await pagefind.known(words);
  const present = words.filter((_, index) => known[index]);
  const missing = words.filter((_, index) => !known[index]);
  if (!missing.length) {
    const results = await pagefind.find(query, filters, sorted);
    if (results.length) {
      if (sorted || words.length < 2) return { found: entries(results, words.length) };
      const found = entries(results, words.length, (result) => inARow(result.words, words.length));
      return { found: [...found.filter((entry) => entry.phrase), ...found.filter((entry) => !entry.phrase)] };
    }
    if (words.length < 2) return { found: [] };
  }
  // No article has every word: the ones with the most of them, from the largest subsets down.
  const fallback = { missing };
  for (let size = present.length; size >= 1; size--) {
    if (size === words.length) continue; // the whole query, found empty above
    const groups = subsets(present, size).slice(0, MAX_SUBSETS);
    const byGroup = await Promise.all(groups.map((group) => pagefind.find(group.join(" "), filters, sorted)));
    const seen = new Map();
    for (const result of byGroup.flat()) {
      if (!seen.has(result.id)) seen.set(result.id, { result, held: size, phrase: false });
    }
    if (!seen.size) continue;
    const found = [...seen.values()];
    if (sorted) {
      // Each group's results are newest first; merged, they are put in that order again.
      const order = await pagefind.dateOrder();
      const place = (entry) => order.get(entry.result.id) ?? order.size;
      found.sort((a, b) => place(a) - place(b));
    } else {
      found.sort((a, b) => b.result.score - a.result.score);
    }
    return { found, fallback };
  }
  return { found: [], fallback };
}

function start(form) {
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const more = document.querySelector("[data-search-more]");
  const noScript = document.querySelector("[data-search-nojs]");
  const advice = document.querySelector("[data-search-advice]");
  const adviceFilters = document.querySelector("[data-search-advice-filters]");
  const input = form.elements.q;
  const selects = [...form.querySelectorAll("select")];
  let loading = null; // the promise of the merged index, loaded once
  let latest = 0;
  let pending = { found: [], terms: [], sorted: false };
  // The latest queries' results, with the data loaded for them: a query searched again in the
  // page (back, forward, a filter set and unset) is shown without Pagefind scoring it again.
  const answers = new Map();
  noScript.hidden = true;

  // Pagefind's code and the parts' page lists: fetched once the page opens, before any query.
  const load = () => (loading ??= loadPagefind(form).catch((error) => { loading = null; throw error; }));

  /**
   * The next PAGE_SIZE results with their data. Results tied with the last of them (same words,
   * phrase and score) are loaded too, up to another PAGE_SIZE, so that the newer of tied
   * articles comes first even across a page; those not shown wait, loaded, for the next page.
   * Nothing is shown once a newer search has started (`search` is run()'s number). The data
   * loaded, and the phrase found in it, stay with the entries kept in `answers`.
   */
  async function showMore(search) {
    const { found, terms, sorted } = pending;
    let take = Math.min(PAGE_SIZE, found.length);
    if (!sorted) {
      while (take < found.length && take < 2 * PAGE_SIZE && byRelevance(found[take - 1], found[take]) === 0) take++;
    }
    const batch = found.splice(0, take);
    await Promise.all(batch.map(async (entry) => {
      if (entry.data) return;
      const data = await entry.result.data();
      if (!sorted && entry.held > 1) entry.phrase = hasPhrase(data, terms);
      entry.data = data;
    }));
    if (search !== latest) return [];
    const ranked = rankBatch(batch, terms, sorted);
    found.unshift(...ranked.slice(PAGE_SIZE));
    const items = ranked.slice(0, PAGE_SIZE).map((entry) => resultItem(entry.data, terms));
    list.append(...items);
    more.hidden = found.length === 0;
    return items;
  }

  async function run(params) {
    const search = ++latest;
    const typed = (params.get("q") || "").trim();
    input.value = typed;
    const filters = {};
    for (const select of selects) {
      select.value = params.get(select.name) || "";
      if (select.value && select.dataset.filter) filters[select.dataset.filter] = select.value;
    }
    list.replaceChildren();
    more.hidden = true;
    advice.hidden = true;
    const query = normalize(typed).toLowerCase();
    if (!query && !Object.keys(filters).length) {
      status.textContent = "";
      return;
    }
    status.textContent = "Đang tìm…";
    list.setAttribute("aria-busy", "true");
    try {
      const pagefind = await load();
      const sorted = params.get("sap-xep") === "moi-nhat";
      const key = JSON.stringify([query, filters, sorted]);
      if (!answers.has(key)) answers.set(key, await findRanked(pagefind, query || null, filters, sorted));
      const { found: cached, fallback } = answers.get(key);
      answers.delete(key); // the most recent last
      answers.set(key, { found: cached, fallback });
      if (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value);
      if (search !== latest) return;
      const found = [...cached]; // showMore takes them from a copy of the list
      const count = found.length;
      pending = { found, terms: queryTerms(typed), sorted };
      await showMore(search);
      if (search !== latest) return;
      status.textContent = statusText(count, typed, fallback);
      if (!count) {
        const names = filterNames(selects);
        adviceFilters.hidden = !names.length;
        adviceFilters.querySelector("[data-search-advice-names]").textContent = names.join("; ");
        advice.hidden = false;
      }
    } catch (error) {
      status.textContent = "Không tải được bộ tìm kiếm. Hãy thử tải lại trang, hoặc tìm bài theo các cách dưới đây.";
      noScript.hidden = false;
      throw error;
    } finally {
      if (search === latest) list.removeAttribute("aria-busy");
    }
  }

  function submit() {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    const url = `${location.pathname}${params.size ? `?${params}` : ""}`;
    history.pushState(null, "", url);
    run(params);
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submit(); });
  for (const select of selects) select.addEventListener("change", submit);
  more.addEventListener("click", async () => {
    const [first] = await showMore(latest);
    first?.querySelector("a").focus();
  });
  advice.querySelector("[data-search-clear-filters]").addEventListener("click", () => {
    for (const select of selects) if (select.dataset.filter) select.value = "";
    submit();
  });
  window.addEventListener("popstate", () => run(new URLSearchParams(location.search)));
  input.addEventListener("focus", () => load().catch(() => {}), { once: true });
  run(new URLSearchParams(location.search));
  load().catch(() => {}); // a failure is reported by the next search, which tries again
}

const form = document.querySelector("form.dv-search[data-pagefind]");
if (form) start(form);
