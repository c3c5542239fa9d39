/* Vietnamese search, the worker (the index it reads is built by macros/search_index.py).
 *
 * Material's search box talks to a worker by four messages (SETUP with the index, READY,
 * QUERY with the text typed, RESULT with the results grouped by page), and lets a site
 * bring its own worker: docs/assets/javascripts/tim-kiem.js starts this one in place of the
 * theme's. The box, the keyboard, the result list and its Vietnamese labels stay the theme's;
 * what is found, and in what order, is decided here:
 *
 * - Diacritics, case and Unicode form do not matter: "dang phi", "Đảng phí" and the same text
 *   in decomposed Unicode (NFD) run one search. Each entry's title and text are folded once,
 *   when the index arrives, into a stream of words ("đảng phí," -> " dang phi ").
 * - Entries that hold more of the query's words come first; stop words ("của", "là"...) do
 *   not count. Then the query's words side by side, as a phrase, rank above the same words
 *   scattered: Vietnamese words are mostly two or more syllables ("sinh hoạt", "đảng phí").
 *   Then titles above text, and rarer words above common ones (BM25).
 * - The word being typed matches as a prefix; words followed by a space match whole.
 * - Results are sections (an article of the regulation, a section of a guide) grouped under
 *   their page, as the theme shows them; each has a snippet around the best match, with the
 *   words found marked, accented as written in the page even when typed without diacritics.
 *   The same accented words go to the page (?h=...), which the theme marks there.
 *
 * Plain script, no modules: from file:// the theme runs it in an iframe (the iframe-worker
 * shim), where modules do not load. Under Node, the engine is exported for the tests.
 */
(function (root) {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; // Material's search worker protocol

  // Words that say little on their own in a question ("trách nhiệm của bí thư là gì"): they
  // still count inside a phrase, not for how many of the query's words an entry holds.
  var STOP = {};
  ("la cua va cac nhung thi ma gi nao the nhu sao bao nhieu lau o voi cho khi ve tai trong mot " +
   "duoc phai co khong hay hoac neu de tu den").split(" ").forEach(function (w) { STOP[w] = true; });

  var TITLE = 4; // a word in the title weighs as much as this many in the text
  var FIT = 6; // a title made only of the query's words
  var RUN = 3; // the query's syllables side by side, by the square of how many
  var K1 = 1.2, B = 0.75; // BM25
  var MOST = 8;
  // Results past this many pages come with their titles only: the list shows ten at a time,
  // and snippets for a thousand pages nobody scrolls to would slow every keystroke.
  var RICH = 50;

  // Every accented form of a folded letter, for finding "đảng phí" from "dang phi".
  var FORMS = {
    a: "aàáảãạăằắẳẵặâầấẩẫậ", e: "eèéẻẽẹêềếểễệ", i: "iìíỉĩị", o: "oòóỏõọôồốổỗộơờớởỡợ",
    u: "uùúủũụưừứửữự", y: "yỳýỷỹỵ", d: "dđ"
  };

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  }

  // " dang phi " from "Đảng phí,": folded, lower case, one space between words and at both ends.
  function stream(text) {
    var words = fold(text).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    return words ? " " + words + " " : " ";
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // How many times `needle` (" dang phi " or, for a prefix, " dang ph") occurs in `s`, up to
  // MOST: past that, more of a word says nothing more (BM25 saturates), and common words
  // would cost a scan of the whole text.
  function count(s, needle) {
    var n = 0;
    for (var i = s.indexOf(needle); i !== -1 && n < MOST; i = s.indexOf(needle, i + needle.length - 1)) {
      n += 1;
    }
    return n;
  }

  function saturate(tf, length, average) {
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average));
  }

  function pageOf(location) {
    return location.split("#")[0];
  }

  // The query's words: as typed (for "Không có: …"), and folded; the last one is a prefix
  // while it is being typed (no space or punctuation after it).
  function parse(query) {
    query = query.normalize("NFC"); // a mark typed last (decomposed input) ends the word it marks
    var typed = query.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
    var words = [];
    typed.forEach(function (word) {
      var folded = stream(word).trim();
      if (folded && folded.indexOf(" ") === -1) {
        words.push({ typed: word.toLowerCase(), folded: folded, stop: !!STOP[folded], prefix: false });
      }
    });
    if (words.length && /[\p{L}\p{N}\p{M}]$/u.test(query)) {
      words[words.length - 1].prefix = true;
    }
    return words;
  }

  function needle(word) {
    return " " + word.folded + (word.prefix ? "" : " ");
  }

  // The pattern of a word in the page's own text, accents and all.
  function pattern(word) {
    var letters = word.folded.split("").map(function (c) {
      return FORMS[c] ? "[" + FORMS[c] + "]" : c;
    }).join("");
    return letters + (word.prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
  }

  // A regular expression that finds any of the words; or, `together`, all of them in a row.
  function finder(words, together) {
    var body = together ? words.map(pattern).join("[^\\p{L}\\p{N}]+") : "(?:" + words.map(pattern).join("|") + ")";
    return new RegExp("(?<![\\p{L}\\p{N}])" + body, "giu");
  }

  function Engine(docs) {
    var total = 0;
    this.entries = docs.map(function (doc) {
      var text = stream(doc.text + (doc.alt ? " " + doc.alt : ""));
      var title = stream(doc.title);
      total += text.length;
      return {
        doc: doc, own: title, title: doc.sub ? title + stream(doc.sub).slice(1) : title, text: text,
        page: pageOf(doc.location), titleWords: title.split(" ").length - 2
      };
    });
    this.average = total / Math.max(1, this.entries.length);
    this.pages = {};
    for (var i = 0; i < this.entries.length; i += 1) {
      var entry = this.entries[i];
      if (entry.doc.location === entry.page && !(entry.page in this.pages)) {
        this.pages[entry.page] = entry;
      }
    }
  }

  // Entries and their scores, best first, for the query's words. One pass counts the words
  // and the pairs of neighbouring words in every entry (and how many entries have each);
  // then the entries that have any are scored.
  Engine.prototype.rank = function (words) {
    var content = words.filter(function (w) { return !w.stop; });
    if (!content.length) {
      content = words;
    }
    var keys = content.map(needle), own = words.map(needle);
    var pairs = [];
    for (var p = 0; p + 1 < words.length; p += 1) {
      pairs.push(" " + words[p].folded + " " + words[p + 1].folded + (words[p + 1].prefix ? "" : " "));
    }
    var phrase = words.length > 1 ? " " + words.map(function (w) { return w.folded; }).join(" ") +
      (words[words.length - 1].prefix ? "" : " ") : null;
    var n = this.entries.length, df = keys.map(function () { return 0; }), pdf = pairs.map(function () { return 0; });
    var found = [], w, q;
    for (var i = 0; i < n; i += 1) {
      var e = this.entries[i], covered = 0, has = [], title = [], text = [];
      for (w = 0; w < keys.length; w += 1) {
        title.push(count(e.title, keys[w]));
        text.push(count(e.text, keys[w]));
        has.push(title[w] + text[w] > 0);
        if (has[w]) {
          covered += 1;
          df[w] += 1;
        }
      }
      if (!covered) {
        continue;
      }
      var pairTitle = [], pairText = [];
      for (q = 0; q < pairs.length; q += 1) { // a pair of words only where each word is
        var both = covered > 1 && (words[q].stop || has[keys.indexOf(needle(words[q]))] !== false) &&
          (words[q + 1].stop || has[keys.indexOf(needle(words[q + 1]))] !== false);
        pairTitle.push(both ? count(e.title, pairs[q]) : 0);
        pairText.push(both ? count(e.text, pairs[q]) : 0);
        pdf[q] += pairTitle[q] + pairText[q] > 0 ? 1 : 0;
      }
      found.push({ entry: e, covered: covered, has: has, title: title, text: text, pairTitle: pairTitle, pairText: pairText });
    }
    // how rare a word or a pair of words is: "hạn chế" says more than "quy chế làm việc"
    function rarity(count) {
      return Math.log(1 + (n - count + 0.5) / (count + 0.5));
    }
    var idf = df.map(rarity), pairIdf = pdf.map(rarity), average = this.average;

    found.forEach(function (hit) {
      var e = hit.entry, score = 0, chain = 0, longest = 0, inOwnTitle = 0;
      for (w = 0; w < keys.length; w += 1) {
        if (hit.has[w]) {
          score += idf[w] * (TITLE * Math.min(hit.title[w], 1) + saturate(hit.text[w], e.text.length, average));
        }
      }
      for (q = 0; q < pairs.length; q += 1) {
        score += 2 * pairIdf[q] * (TITLE * Math.min(hit.pairTitle[q], 1) + saturate(hit.pairText[q], e.text.length, average));
        chain = hit.pairTitle[q] || hit.pairText[q] ? chain + 1 : 0;
        longest = Math.max(longest, chain);
      }
      score += RUN * longest * longest; // "sinh hoạt chi bộ" together above "sinh hoạt" here, "chi bộ" there
      if (phrase) {
        score += (e.title.indexOf(phrase) !== -1 ? 20 : 0) + (e.text.indexOf(phrase) !== -1 ? 8 : 0);
      }
      // a title the query says nearly all of ("mẫu quy chế làm việc": "Quy chế làm việc mẫu")
      // above a longer one that only contains it
      for (var t = 0; t < own.length; t += 1) {
        inOwnTitle += e.own.indexOf(own[t]) !== -1 ? 1 : 0;
      }
      hit.score = score + FIT * inOwnTitle / Math.max(e.titleWords, words.length);
    });
    found.sort(function (a, b) { return b.covered - a.covered || b.score - a.score; });
    // entries that lack more of the words than the best ones do are noise: "đảng" alone is
    // not an answer to "đảng phí"
    var least = found.length ? found[0].covered - Math.floor(content.length / 3) : 0;
    return { ranked: found.filter(function (hit) { return hit.covered >= least; }), content: content };
  };

  // Marked HTML of a text: the words found, in <mark>.
  function mark(text, find) {
    var html = "", last = 0, m;
    find.lastIndex = 0;
    while ((m = find.exec(text)) !== null) {
      if (!m[0]) { find.lastIndex += 1; continue; }
      html += escapeHtml(text.slice(last, m.index)) + "<mark>" + escapeHtml(m[0]) + "</mark>";
      last = m.index + m[0].length;
    }
    return html + escapeHtml(text.slice(last));
  }

  // A window of the text around the words together, or else their first match, cut at spaces.
  function snippet(text, together, find, size) {
    if (text.length <= size) {
      return text;
    }
    var m = together ? together.exec(text) : null;
    if (together) {
      together.lastIndex = 0;
    }
    find.lastIndex = 0;
    m = m || find.exec(text);
    var at = m ? m.index : 0;
    var start = Math.max(0, at - Math.floor(size / 4)), end = Math.min(text.length, start + size);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space !== -1 && space < at ? space + 1 : start;
    }
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      end = back > at ? back : end;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  // The query's words as the pages write them: as typed, when typed with diacritics; else as
  // the best entries write them where they stand together ("bí thư", not "thứ"); else in
  // their most frequent form there. What an entry has goes to its page, to be marked there;
  // what it lacks is named ("Không có: …"), the same whichever way the query was typed.
  function forms(ranked, words, content) {
    var form = {}, top = ranked.slice(0, 20);
    words.forEach(function (word) {
      if (word.typed !== stream(word.typed).trim()) {
        form[word.folded] = word.typed;
      }
    });
    if (words.length > 1) {
      var find = finder(words, true);
      for (var r = 0; r < top.length; r += 1) {
        var doc = top[r].entry.doc, together = find.exec(doc.title + " " + doc.text);
        find.lastIndex = 0;
        if (together) {
          together[0].split(/[^\p{L}\p{N}]+/u).forEach(function (piece, i) {
            if (!(words[i].folded in form)) {
              form[words[i].folded] = piece.toLowerCase();
            }
          });
          break;
        }
      }
    }
    content.forEach(function (word) {
      if (word.folded in form) {
        return;
      }
      var find = finder([word]), best = null, seen = {};
      top.forEach(function (hit) {
        var source = hit.entry.doc.title + " " + hit.entry.doc.text, m;
        find.lastIndex = 0;
        while ((m = find.exec(source)) !== null) {
          var piece = m[0].toLowerCase();
          seen[piece] = (seen[piece] || 0) + 1;
          if (best === null || seen[piece] > seen[best]) {
            best = piece;
          }
        }
      });
      if (best !== null) {
        form[word.folded] = best;
      }
    });
    return form;
  }

  function terms(hit, content, form) {
    var found = {};
    content.forEach(function (word, w) {
      found[form[word.folded] || word.typed] = hit.has[w];
    });
    return found;
  }

  // What to mark in a result: the words together, as one mark; each word that counts (not
  // "của", "là"...). The word being typed marks as a prefix ("thư" typed as "thu" marks
  // "thường") only in an entry that does not have it whole.
  function markers(words, content) {
    function make(list) {
      var parts = list.length > 1 ? [list.map(pattern).join("[^\\p{L}\\p{N}]+")] : [];
      content.forEach(function (word) {
        parts.push(pattern(list[words.indexOf(word)]));
      });
      return new RegExp("(?<![\\p{L}\\p{N}])(?:" + parts.join("|") + ")", "giu");
    }
    var last = words[words.length - 1], whole = words.slice(0, -1).concat([{
      typed: last.typed, folded: last.folded, stop: last.stop, prefix: false
    }]);
    return {
      prefix: make(words), whole: make(whole), key: " " + last.folded + " ", typing: last.prefix,
      together: words.length > 1 ? finder(words, true) : null
    };
  }

  function item(entry, hit, content, form, marks, brief) {
    var doc = entry.doc, text = "";
    var find = marks.typing && (entry.title.indexOf(marks.key) !== -1 || entry.text.indexOf(marks.key) !== -1)
      ? marks.whole : marks.prefix;
    if (!brief) {
      text = doc.text ? "<p>" + mark(snippet(doc.text, marks.together, find, 280), find) + "</p>" : "";
      if (doc.co_trong) {
        text += '<p class="tim-kiem-bien-the">' + escapeHtml(doc.co_trong) + "</p>";
      }
    }
    return {
      location: doc.location,
      title: mark(doc.title, find),
      text: text,
      // the theme keeps the first score of a page as its threshold: covered words, then score
      score: hit ? hit.covered * 1000 + hit.score : 0,
      terms: hit ? terms(hit, content, form) : {}
    };
  }

  // What the theme shows: a list per page, best page first; in each, the matching entries
  // best first, and the page itself (score 0 when only its sections match).
  Engine.prototype.search = function (query) {
    var words = parse(query);
    if (!words.length || (words.length === 1 && words[0].folded.length < 2 && words[0].prefix)) {
      return { items: [] };
    }
    var result = this.rank(words), marks = markers(words, result.content), groups = [], byPage = {};
    var form = forms(result.ranked, words, result.content);
    result.ranked.forEach(function (hit) {
      var page = hit.entry.page;
      if (!(page in byPage)) {
        byPage[page] = groups.length;
        groups.push([]);
      }
      groups[byPage[page]].push(item(hit.entry, hit, result.content, form, marks, byPage[page] >= RICH));
    });
    var self = this;
    groups.forEach(function (group, g) {
      var page = pageOf(group[0].location);
      if (!group.some(function (it) { return it.location === page; }) && self.pages[page]) {
        var article = item(self.pages[page], null, result.content, form, marks, g >= RICH);
        article.terms = group[0].terms; // opened from its title, the page marks the words found below it
        group.push(article);
      }
    });
    return { items: groups };
  };

  if (typeof module === "object" && module.exports) {
    module.exports = { Engine: Engine, parse: parse, stream: stream };
    return;
  }

  var engine = null;
  root.addEventListener("message", function (event) {
    var message = event.data;
    if (message.type === SETUP) {
      engine = new Engine(message.data.docs);
      root.postMessage({ type: READY });
    } else if (message.type === QUERY && engine) {
      root.postMessage({ type: RESULT, data: engine.search(message.data) });
    }
  });
})(typeof self !== "undefined" ? self : this);
