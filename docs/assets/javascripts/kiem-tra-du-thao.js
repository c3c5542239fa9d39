/* Check a committee's own draft regulation against the self-review checklist, in the browser
 * (page: macros/draft_check.py, macros/templates/kiem_tra_du_thao.md.j2).
 *
 * - Nothing leaves the page: each file is read with FileReader, unzipped with the vendored
 *   fflate (loaded with the page, so choosing a file makes no request at all), and its
 *   word/document.xml parsed with DOMParser. Works from the folder edition (file://).
 * - The text read is the accepted text: inserted runs (w:ins) count, deleted ones (w:del,
 *   w:delText) do not; the report says the file had tracked changes.
 * - The checks come from the page's settings (data/mau/<id>.yml, tu_ra_soat.kiem_tra): a
 *   question is "thiếu" when a check decided by the page fails, "cần xem" when a person must
 *   judge, "có" otherwise. Names and passages from the file are written as text, never HTML.
 */
(function () {
  "use strict";

  var root = document.querySelector(".kiem-tra-du-thao");
  if (!root) { return; }
  var settings = JSON.parse(root.querySelector(".cau-hinh-kiem-tra").textContent);
  var input = root.querySelector("#tep-du-thao");
  var out = root.querySelector(".ket-qua-kiem-tra");
  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var base = (document.currentScript && document.currentScript.src) || "";
  var FFLATE = base.replace(/kiem-tra-du-thao\.js(\?.*)?$/, "fflate/index.js");
  var LABEL = { co: "có", thieu: "thiếu", "can-xem": "cần xem" };

  /* fflate now, with the page: choosing a file then makes no request. */
  var zipReady = [];
  if (!window.fflate) {
    var tag = document.createElement("script");
    tag.src = FFLATE;
    tag.onload = tag.onerror = function () { zipReady.splice(0).forEach(function (f) { f(); }); };
    document.head.appendChild(tag);
  }
  function withZip(done) {
    if (window.fflate) { return done(window.fflate); }
    zipReady.push(function () { done(window.fflate); });
  }

  /* Lower case, without diacritics, "đ" as "d", spaces collapsed: "Bí thư" and "bi thu" meet. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }
  function escapeRe(text) { return text.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&"); }
  /* A phrase as a pattern on folded text, at word edges. */
  function phrase(text) { return new RegExp("(^|[^a-z0-9])" + escapeRe(fold(text)) + "(?![a-z0-9])"); }

  // --- Reading a file ---------------------------------------------------------------------

  function fail(message) { var e = new Error(message); e.forReader = true; return e; }

  function readFile(file, done) {
    var name = file.name;
    if (file.size > settings.toi_da_mb * 1024 * 1024) {
      return done(fail("Tệp lớn hơn " + settings.toi_da_mb + " MB (" + Math.round(file.size / 1048576) +
        " MB), không đọc. Một quy chế thường dưới 1 MB: có thể tệp chứa ảnh lớn; lưu lại bản chỉ có chữ rồi mở lại."));
    }
    if (file.size === 0) { return done(fail("Tệp rỗng (0 byte).")); }
    var reader = new FileReader();
    reader.onerror = function () { done(fail("Không đọc được tệp từ máy (tệp bị khóa hoặc đã bị xóa).")); };
    reader.onload = function () {
      var bytes = new Uint8Array(reader.result);
      var zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
      var ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
      if (ole && /\.doc$/i.test(name)) {
        return done(fail("Đây là tệp Word định dạng cũ (.doc). Mở tệp bằng Word, chọn Tệp › Lưu thành (Save As), " +
          "chọn kiểu \"Word Document (*.docx)\", rồi mở tệp .docx vừa lưu."));
      }
      if (ole) {
        return done(fail("Tệp được bảo vệ bằng mật khẩu (mã hóa), nên không đọc được. Trong Word: Tệp › Thông tin › " +
          "Bảo vệ tài liệu › Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi mở lại. (Nếu đây là tệp .doc bị đổi tên, " +
          "hãy lưu lại thành .docx.)"));
      }
      if (!zip) {
        return done(fail("Đây không phải tệp Word .docx. Trang chỉ đọc tệp .docx; tệp PDF hay ảnh chụp cần gõ lại thành Word."));
      }
      withZip(function (fflate) {
        if (!fflate) { return done(fail("Không tải được thư viện đọc tệp của trang (fflate); tải lại trang rồi thử lại.")); }
        var files;
        try {
          files = fflate.unzipSync(bytes, { filter: function (f) { return f.name === "word/document.xml"; } });
        } catch (err) {
          return done(fail("Tệp .docx bị hỏng (không giải nén được). Mở bằng Word; nếu Word sửa được, lưu lại rồi mở lại."));
        }
        if (!files["word/document.xml"]) {
          return done(fail("Tệp nén này không phải tài liệu Word (thiếu word/document.xml)."));
        }
        var xml = new TextDecoder("utf-8").decode(files["word/document.xml"]);
        var doc = new DOMParser().parseFromString(xml, "application/xml");
        if (doc.getElementsByTagName("parsererror").length) {
          return done(fail("Tệp .docx bị hỏng (nội dung văn bản không đọc được)."));
        }
        done(null, paragraphs(doc));
      });
    };
    reader.readAsArrayBuffer(file);
  }

  /* The document's paragraphs in reading order (table cells included), as accepted text. */
  function paragraphs(doc) {
    var body = doc.getElementsByTagNameNS(W, "body")[0];
    var found = [], tracked = false;
    function text(node) {
      var parts = [];
      (function walk(n) {
        for (var c = n.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 1) { continue; }
          if (c.namespaceURI === W) {
            if (c.localName === "del" || c.localName === "moveFrom") { tracked = true; continue; }
            if (c.localName === "ins" || c.localName === "moveTo") { tracked = true; }
            if (c.localName === "t") { parts.push(c.textContent); continue; }
            if (c.localName === "tab" || c.localName === "br" || c.localName === "cr") { parts.push(" "); continue; }
          }
          walk(c);
        }
      })(node);
      return parts.join("").replace(/\s+/g, " ").trim();
    }
    (function visit(n) {
      for (var c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1) { continue; }
        if (c.namespaceURI === W && c.localName === "p") {
          var t = text(c);
          if (t) { found.push(t); }
        } else {
          visit(c);
        }
      }
    })(body || doc.documentElement);
    return { lines: found, tracked: tracked };
  }

  // --- The draft's structure --------------------------------------------------------------

  var ARTICLE = /^dieu\s+(\d+)\s*[.:]?\s*(.*)$/;
  var SIGNATURE_LINES = 12;  // the signature block and the recipients, at the end
  var CHAPTER = /^chuong\s+([ivxlc]+|\d+)\b/;

  function structure(lines) {
    var articles = [], chapters = [], current = null, preamble = [];
    lines.forEach(function (line) {
      var folded = fold(line), m = ARTICLE.exec(folded);
      if (m && line.length < 300) {
        current = { so: parseInt(m[1], 10), ten: line, tenFold: folded, than: [] };
        articles.push(current);
        return;
      }
      if (CHAPTER.test(folded)) { chapters.push({ ten: line, tenFold: folded }); current = null; return; }
      if (current) { current.than.push(line); } else if (!articles.length) { preamble.push(line); }
    });
    return { articles: articles, chapters: chapters, preamble: preamble, lines: lines };
  }

  function where(article) { return article ? article.ten.replace(/^(Điều\s+\d+)\s*[.:]?.*$/i, "$1") : "phần đầu"; }
  function quote(text) { return text.length > 220 ? text.slice(0, 217) + "…" : text; }

  /* The first line (with its article) that has every phrase of `phrases` ("a | b": either). */
  function findAll(items, phrases, without, together) {
    var groups = phrases.map(function (p) { return p.split("|").map(function (x) { return phrase(x.trim()); }); });
    var removed = (without || []).map(function (p) { return new RegExp(escapeRe(fold(p)), "g"); });
    function has(text, group) { return group.some(function (re) { return re.test(text); }); }
    var hits = groups.map(function () { return null; });
    items.forEach(function (item) {
      var folded = fold(item.text);
      removed.forEach(function (re) { folded = folded.replace(re, " "); });
      var here = groups.map(function (group) { return has(folded, group); });
      if (together) {  // the first paragraph with every phrase, or nothing
        if (!hits[0] && here.every(Boolean)) { hits = groups.map(function () { return item; }); }
        return;
      }
      here.forEach(function (found, i) { if (!hits[i] && found) { hits[i] = item; } });
    });
    return { all: hits.every(Boolean), hits: hits };
  }

  function titleItems(draft) {
    return draft.chapters.map(function (c) { return { text: c.ten, article: null, title: true }; })
      .concat(draft.articles.map(function (a) { return { text: a.ten, article: a, title: true }; }));
  }
  function textItems(draft) {
    var items = draft.preamble.map(function (t) { return { text: t, article: null }; });
    draft.articles.forEach(function (a) {
      items.push({ text: a.ten, article: a });
      a.than.forEach(function (t) { items.push({ text: t, article: a }); });
    });
    return items;
  }

  // --- The checks ---------------------------------------------------------------------------

  var CHECKS = {
    "co-trong-ten-dieu": function (check, draft) { return phrases(check, titleItems(draft)); },
    "co-trong-van-ban": function (check, draft) { return phrases(check, textItems(draft)); },
    "can-xem": function (check, draft) {
      var result = { ket_qua: "can-xem", ghi: check.xem, cho: [] };
      if (check.cum_tu && check.cum_tu.length) {
        titleItems(draft).forEach(function (item) {
          if (findAll([item], check.cum_tu, check.loai_tru).all) { result.cho.push(item.text); }
        });
        if (!result.cho.length) { result.ghi += " (Không thấy điều nào có tên như vậy.)"; }
      }
      return result;
    },
    "nhiem-ky-truoc": function (check, draft) {
      var TERM = /nhiem ky (\d{4}) ?[-–—] ?(\d{4})/g;
      var own = null, found = [];
      textItems(draft).forEach(function (item) {
        var folded = fold(item.text), m;
        TERM.lastIndex = 0;
        while ((m = TERM.exec(folded))) {
          var term = { from: +m[1], to: +m[2], item: item };
          if (!own) { own = term; continue; }  // the first term written is the regulation's own
          if (term.to <= own.from && !/thay the/.test(folded)) { found.push(term); }
        }
      });
      if (!found.length) {
        return { ket_qua: "co", ghi: own ? "Nhiệm kỳ của dự thảo: " + own.from + "–" + own.to + "; không thấy nhiệm kỳ trước." :
          "Không thấy nhiệm kỳ trước." };
      }
      return { ket_qua: "thieu", ghi: check.thieu, cho: found.map(function (t) {
        return where(t.item.article) + ": \"" + quote(t.item.text) + "\" (nhiệm kỳ " + t.from + "–" + t.to +
          ", dự thảo là nhiệm kỳ " + own.from + "–" + own.to + ")";
      }) };
    },
    "can-cu-thay-the": function (check, draft) {
      var grounds = draft.preamble.filter(function (t) { return /^can cu\b/.test(fold(t)); });
      var cited = [];
      settings.thay_the.forEach(function (doc) {
        var re = phrase(doc.so_hieu);
        grounds.forEach(function (g) {
          if (re.test(fold(g))) {
            cited.push(doc.ten + " → đã được thay thế bởi " + doc.thay_the_boi.join(", ") + ": \"" + quote(g) + "\"");
          }
        });
      });
      if (!cited.length) {
        return { ket_qua: "co", ghi: grounds.length ? grounds.length + " căn cứ, không dẫn văn bản nào đã bị thay thế." :
          "Không thấy dòng căn cứ nào (các dòng bắt đầu bằng \"Căn cứ\")." };
      }
      return { ket_qua: "thieu", ghi: check.thieu, cho: cited };
    },
    "the-thuc": function (check, draft) {
      var problems = [];
      var head = draft.preamble.map(fold);
      if (!head.some(function (t) { return /^so\b.*-\s*qc\s*\//.test(t); })) {
        problems.push("Thiếu dòng số và ký hiệu ở đầu văn bản (\"Số …-QC/…\").");
      }
      // the signature block: the last lines of the document
      var signature = draft.lines.slice(-SIGNATURE_LINES).map(fold).join("\n");
      if (!/(^|[^a-z])t\s*\/\s*m\b/.test(signature)) { problems.push("Không thấy quyền hạn ký \"T/M\" (thay mặt) ở phần chữ ký."); }
      if (/(^|[^a-z])k\s*\/\s*t\b/.test(signature)) { problems.push("Văn bản của cấp ủy ký \"T/M\", không ký \"K/T\"."); }
      var seen = {};
      draft.articles.forEach(function (a, i) {
        if (seen[a.so]) {
          problems.push("Điều " + a.so + " có hai lần.");
        } else if (i === 0 ? a.so !== 1 : a.so !== draft.articles[i - 1].so + 1) {
          problems.push(i === 0 ? "Điều đầu tiên đánh số " + a.so + ", không phải 1." :
            "Sau Điều " + draft.articles[i - 1].so + " là Điều " + a.so + ".");
        }
        seen[a.so] = true;
      });
      if (!draft.articles.length) { problems.push("Không thấy điều nào (dòng bắt đầu bằng \"Điều 1.\", \"Điều 2.\"…)."); }
      return problems.length ? { ket_qua: "thieu", ghi: check.thieu, cho: problems } :
        { ket_qua: "co", ghi: "Có dòng số và ký hiệu, ký \"T/M\", " + draft.articles.length + " điều đánh số liền." };
    }
  };

  function phrases(check, items) {
    var found = findAll(items, check.cum_tu, check.loai_tru, check.cung_dong);
    if (!found.all) {
      var missing = check.cum_tu.filter(function (p, i) { return !found.hits[i]; });
      var listed = missing.map(function (p) { return "\"" + p + "\""; }).join(", ");
      return { ket_qua: "thieu", ghi: check.thieu, cho: [check.cung_dong ? "Không có đoạn nào có cùng lúc: " + listed : "Không thấy: " + listed] };
    }
    var shown = found.hits.filter(function (h, i, all) { return all.indexOf(h) === i; });
    return { ket_qua: "co", ghi: "", cho: shown.map(function (h) {
      // a title found is shown as itself; a line, with the article it stands in
      return h.title ? h.text : where(h.article) + ": \"" + quote(h.text) + "\"";
    }) };
  }

  function answer(question, draft) {
    var results = question.kiem_tra.map(function (check) { return CHECKS[check.cach](check, draft); });
    function any(kind) { return results.some(function (r) { return r.ket_qua === kind; }); }
    // a failed check decides; then a question a person must judge; a question with no check is judged too
    var verdict = any("thieu") ? "thieu" : any("can-xem") || !results.length ? "can-xem" : "co";
    return { ket_qua: verdict, chi_tiet: results };
  }

  // --- Reports ------------------------------------------------------------------------------

  function el(name, attrs, children) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function report(name, draft, tracked) {
    var section = el("section", { "class": "bao-cao-du-thao", "data-tep": name });
    section.appendChild(el("h2", {}, ["Tệp: " + name]));
    if (tracked) {
      section.appendChild(el("p", { "class": "ghi-chu-tep" }, ["Tệp có thay đổi được theo dõi (Track Changes): trang đọc bản " +
        "đã chấp nhận mọi thay đổi (chữ thêm được tính, chữ xóa bỏ qua). Chấp nhận hoặc từ chối các thay đổi trong Word trước khi thông qua."]));
    }
    section.appendChild(el("p", {}, [draft.articles.length + " điều, " + draft.chapters.length + " chương."]));
    // no class: the theme styles it as its own tables; data-the: one card per row on a phone
    var headings = ["Câu hỏi", "Kết quả", "Tìm thấy, còn thiếu, cần xem", "Quy chế mẫu"];
    var table = el("table", { "data-bang": "kiem-tra", "data-the": "" });
    table.appendChild(el("thead", {}, [el("tr", {}, headings.map(function (h) { return el("th", {}, [h]); }))]));
    var body = el("tbody");
    var verdicts = settings.cau_hoi.map(function (q) {
      var a = answer(q, draft);
      var details = el("td");
      a.chi_tiet.forEach(function (r) {
        if (r.ghi) { details.appendChild(el("p", { "class": "kq-" + r.ket_qua }, [r.ghi])); }
        if (r.cho && r.cho.length) {
          details.appendChild(el("ul", {}, r.cho.map(function (c) { return el("li", {}, [c]); })));
        }
      });
      var cells = [el("td", {}, [q.so + ". " + q.noi_dung]),
        el("td", {}, [el("strong", { "class": "ket-qua kq-" + a.ket_qua }, [LABEL[a.ket_qua]])]),
        details,
        el("td", {}, [el("a", { href: q.lien_ket }, ["Điều " + q.dieu + " của mẫu"])])];
      cells.forEach(function (cell, i) { cell.setAttribute("data-nhan", headings[i]); });
      body.appendChild(el("tr", { "data-cau": String(q.so), "data-ket-qua": a.ket_qua }, cells));
      return a.ket_qua;
    });
    table.appendChild(body);
    section.appendChild(table);
    return { node: section, verdicts: verdicts };
  }

  function problem(name, message) {
    var section = el("section", { "class": "bao-cao-du-thao loi-tep", "data-tep": name, role: "alert" });
    section.appendChild(el("h2", {}, ["Tệp: " + name]));
    section.appendChild(el("p", {}, [message]));
    return section;
  }

  /* One row per file, one column per question: the supervision team's table. */
  function summary(rows) {
    var wrap = el("section", { "class": "bang-tong-hop" });
    wrap.appendChild(el("h2", {}, ["Bảng tổng hợp " + rows.length + " tệp"]));
    var head = [el("th", {}, ["Tệp"])].concat(settings.cau_hoi.map(function (q) {
      return el("th", { title: q.noi_dung }, ["Câu " + q.so]);
    }));
    var table = el("table", { "data-bang": "tong-hop", "data-the": "" }, [el("thead", {}, [el("tr", {}, head)])]);
    var body = el("tbody");
    rows.forEach(function (row) {
      var cells = [el("td", { "data-nhan": "Tệp" }, [row.name])];
      settings.cau_hoi.forEach(function (q, i) {
        var label = "Câu " + q.so;
        cells.push(row.verdicts ? el("td", { "class": "kq-" + row.verdicts[i], "data-nhan": label }, [LABEL[row.verdicts[i]]]) :
          el("td", { "data-nhan": label }, [i === 0 ? "không đọc được" : ""]));
      });
      body.appendChild(el("tr", {}, cells));
    });
    table.appendChild(body);
    var legend = el("p", {}, ["Câu hỏi: " + settings.cau_hoi.map(function (q) { return q.so + ". " + q.noi_dung; }).join(" ")]);
    var status = el("span", { role: "status" });
    var button = el("button", { type: "button", "class": "md-button" }, ["Chép bảng (dán vào Word hoặc bảng tính)"]);
    button.addEventListener("click", function () { copyTable(table, status); });
    wrap.appendChild(el("p", {}, [button, " ", status]));
    wrap.appendChild(el("div", { "class": "bang-cuon" }, [table]));
    wrap.appendChild(legend);
    return wrap;
  }

  function copyTable(table, status) {
    var html = "<table border=\"1\">" + table.innerHTML + "</table>";
    var tsv = Array.prototype.map.call(table.rows, function (row) {
      return Array.prototype.map.call(row.cells, function (c) { return c.textContent; }).join("\t");
    }).join("\n");
    function said(ok) { status.textContent = ok ? "Đã chép bảng." : "Không chép được: chọn bảng bằng chuột rồi nhấn Ctrl+C."; }
    if (navigator.clipboard && window.ClipboardItem && window.isSecureContext) {
      var item = new window.ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([tsv], { type: "text/plain" }) });
      navigator.clipboard.write([item]).then(function () { said(true); }, function () { said(fallback()); });
    } else {
      said(fallback());
    }
    function fallback() {
      var range = document.createRange();
      range.selectNode(table);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      selection.removeAllRanges();
      return ok;
    }
  }

  function check(files) {
    out.textContent = "";
    var list = Array.prototype.slice.call(files);
    if (!list.length) { return; }
    out.appendChild(el("p", { "class": "dang-doc" }, ["Đang đọc " + list.length + " tệp…"]));
    var rows = new Array(list.length), left = list.length;
    var sections = new Array(list.length);
    list.forEach(function (file, i) {
      readFile(file, function (err, read) {
        if (err) {
          sections[i] = problem(file.name, err.forReader ? err.message : "Không đọc được tệp: " + err.message);
          rows[i] = { name: file.name, verdicts: null };
        } else if (!read.lines.length) {
          sections[i] = problem(file.name, "Tài liệu không có chữ nào (văn bản rỗng).");
          rows[i] = { name: file.name, verdicts: null };
        } else {
          var draft = structure(read.lines);
          var r = report(file.name, draft, read.tracked);
          sections[i] = r.node;
          rows[i] = { name: file.name, verdicts: r.verdicts };
        }
        if (--left === 0) {
          out.textContent = "";
          if (list.length > 1) { out.appendChild(summary(rows)); }
          sections.forEach(function (s) { out.appendChild(s); });
        }
      });
    });
  }

  input.addEventListener("change", function () { check(input.files); });
})();
