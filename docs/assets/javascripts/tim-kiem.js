/* Vietnamese search, part 2 of 2 (part 1: overrides/hooks/search_vi.py).
 *
 * The search index carries copies of every title and text with the diacritics removed.
 * Here the query gets the same treatment before Material's search worker sees it, so
 * "sinh hoat chi bo", "sinh hoạt chi bộ" and text typed in decomposed Unicode (NFD) all
 * run the same search. Loaded just before the theme's script (extra.polyfills, see
 * overrides/main.html), after the iframe-worker shim,
 * so it wraps whichever Worker the page will use, on a server or from file://.
 */
(function () {
  "use strict";

  var QUERY = 2; // Material's message type for "run this query" (search worker protocol)

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0111/g, "d")
      .replace(/\u0110/g, "D")
      .normalize("NFC");
  }

  // Material appends "*" to every word, so "thi" also matches "thieu" in a title and
  // outranks pages that hold all the words. Words already typed in full (all but the last,
  // or all when the query ends with a space) become required, exact words ("+chi +thi 50");
  // the word being typed keeps its prefix match. Queries with operators are left alone.
  function requireWords(query) {
    if (/[+\-~^*:"]/.test(query.replace(/(\S)[-\/](\S)/g, "$1 $2"))) {
      return query;
    }
    var words = query.trim().split(/\s+/);
    var last = /\s$/.test(query) ? words.length : words.length - 1;
    return words.map(function (word, i) { return i < last ? "+" + word : word; }).join(" ");
  }

  var Base = window.Worker;
  if (typeof Base !== "function") {
    return;
  }
  window.Worker = class extends Base {
    postMessage(message, transfer) {
      if (message && message.type === QUERY && typeof message.data === "string") {
        message = Object.assign({}, message, { data: requireWords(fold(message.data)) });
      }
      return transfer === undefined ? super.postMessage(message) : super.postMessage(message, transfer);
    }
  };
})();

/* Material reads the query on keyup. Input that comes without a keyup (text pasted with
 * the mouse, some Vietnamese input methods, on-screen keyboards) would not be searched:
 * pass every change of the search box on as a keyup. */
document.addEventListener("input", function (event) {
  var box = event.target;
  if (box instanceof HTMLInputElement && box.classList.contains("md-search__input")) {
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
});
