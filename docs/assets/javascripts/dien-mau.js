/* Fill-in form of the model documents (macros/templates/dien_mau.html.j2).
 *
 * - Typing in a field fills every blank of that field on the page (.o-trong[data-truong]);
 *   an empty field puts the blank's "[label]" back. Values are written with textContent:
 *   typed markup stays text.
 * - Values are kept in this browser's localStorage only, one object shared by every
 *   template page, so a name typed once fills every template. Nothing is sent anywhere.
 *   "Xóa thông tin đã điền" removes them.
 * - "Tải tệp Word đã điền" fills the build-time Word file in the browser: the file comes as
 *   a script beside it (<file>.docx.js, base64; a script also loads from file://, where
 *   fetch() cannot), is unzipped with the vendored fflate (npm fflate 0.8.3, MIT, loaded on
 *   first use), and each blank (a run inside a hidden bookmark "_o_<field>_<n>", written by
 *   macros/model_documents/word.py) gets the value as XML text.
 */
(function () {
  "use strict";

  var STORE = "so-tay-cap-uy:o-trong";
  /* Longer than any real name, place or date; a paste of a whole document is cut here. */
  var MAX = 200;
  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var base = (document.currentScript && document.currentScript.src) || "";
  var FFLATE = base.replace(/dien-mau\.js(\?.*)?$/, "fflate/index.js");

  function load() {
    try {
      var values = JSON.parse(window.localStorage.getItem(STORE) || "{}");
      // anything but a plain object (an array, a number) would silently keep nothing
      return values && typeof values === "object" && !Array.isArray(values) ? values : {};
    } catch (err) {
      return {};
    }
  }

  function save(values) {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(values));
      return true;
    } catch (err) {
      return false;  // storage disabled: the page still fills, nothing is kept
    }
  }

  /* One line of NFC text (some keyboards type decomposed Vietnamese), without the control
   * characters that XML (the Word file) cannot hold. */
  function clean(value) {
    return String(value || "").slice(0, 4 * MAX).normalize("NFC")
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/\s+/g, " ").trim().slice(0, MAX);
  }

  function showBlanks(root, values) {
    root.querySelectorAll(".o-trong[data-truong]").forEach(function (blank) {
      if (!blank.hasAttribute("data-nhan")) {
        blank.setAttribute("data-nhan", blank.textContent);
      }
      var value = clean(values[blank.getAttribute("data-truong")]);
      blank.textContent = value || blank.getAttribute("data-nhan");
      blank.classList.toggle("da-dien", Boolean(value));
    });
  }

  function script(src, ready) {
    var element = document.createElement("script");
    element.src = src;
    element.onload = function () { ready(null); };
    element.onerror = function () { ready(new Error("không tải được " + src)); };
    document.head.appendChild(element);
  }

  /* The base64 of the Word file named `name`, if its script has run (keys are site paths). */
  function loadedWord(name) {
    var files = window.soTayWord || {};
    var key = Object.keys(files).filter(function (k) { return k.split("/").pop() === name; })[0];
    return key ? files[key] : null;
  }

  function getWord(link, done) {
    var name = link.getAttribute("href").split("/").pop().split("?")[0];
    if (loadedWord(name)) {
      return done(null, loadedWord(name));
    }
    script(link.href + ".js", function (err) {
      if (err) { return done(err); }
      var base64 = loadedWord(name);
      return base64 ? done(null, base64) : done(new Error("tệp Word không có trong " + name + ".js"));
    });
  }

  function getZip(done) {
    if (window.fflate) { return done(null, window.fflate); }
    script(FFLATE, function (err) { done(err, window.fflate); });
  }

  function bytesOf(base64) {
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes;
  }

  /* document.xml with each blank's run set to its value (unfilled blanks keep "[label]").
   * `prefix`: the blanks' bookmark names start with it (the form's data-tien-to-o, written
   * from the Python that names them, macros/model_documents/structure.py BLANK_BOOKMARK). */
  function fillXml(xml, values, prefix) {
    var doc = new DOMParser().parseFromString(xml, "application/xml");
    var marks = doc.getElementsByTagNameNS(W, "bookmarkStart");
    for (var i = 0; i < marks.length; i++) {
      var name = marks[i].getAttributeNS(W, "name") || "";
      if (!prefix || name.indexOf(prefix) !== 0) { continue; }
      var field = name.slice(prefix.length).replace(/_\d+$/, "");
      var value = clean(values[field]);
      var run = marks[i].nextSibling;
      while (run && run.nodeType !== 1) { run = run.nextSibling; }
      if (!value || !run || run.localName !== "r") { continue; }
      var text = run.getElementsByTagNameNS(W, "t")[0];
      text.textContent = value;
      text.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      var highlight = run.getElementsByTagNameNS(W, "highlight")[0];
      if (highlight) { highlight.parentNode.removeChild(highlight); }
    }
    return new XMLSerializer().serializeToString(doc);
  }

  function download(link, values, status, prefix) {
    status.textContent = "Đang tạo tệp Word…";
    getWord(link, function (err, base64) {
      if (err) { status.textContent = "Không tạo được tệp Word: " + err.message + "."; return; }
      getZip(function (err2, zip) {
        if (err2 || !zip) { status.textContent = "Không tạo được tệp Word: thiếu thư viện nén."; return; }
        var files = zip.unzipSync(bytesOf(base64));
        var xml = zip.strFromU8(files["word/document.xml"]);
        files["word/document.xml"] = zip.strToU8(fillXml(xml, values, prefix));
        var blob = new Blob([zip.zipSync(files)], {
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        });
        var anchor = document.createElement("a");
        anchor.href = URL.createObjectURL(blob);
        // "<template>-da-dien.docx": does not overwrite the blank template in Downloads
        anchor.download = (link.getAttribute("download") || "mau.docx").replace(/\.docx$/, "-da-dien.docx");
        document.body.appendChild(anchor);
        anchor.click();
        anchor.remove();
        window.setTimeout(function () { URL.revokeObjectURL(anchor.href); }, 10000);
        status.textContent = "Đã tạo tệp Word đã điền.";
      });
    });
  }

  function setUp() {
    var form = document.querySelector("form.dien-mau");
    var page = document.querySelector(".van-ban-mau");
    var link = document.querySelector("a.tai-word");
    if (!form || !page) { return; }
    var values = load();
    var inputs = form.querySelectorAll("input[id^='o-']");
    var status = form.querySelector("[role=status]");
    /* What the form shows is what the page and the Word file get: storage only remembers it. */
    function formValues() {
      var shown = {};
      inputs.forEach(function (input) {
        var value = clean(input.value);
        if (value) { shown[input.id.slice(2)] = value; }
      });
      return shown;
    }
    inputs.forEach(function (input) {
      var field = input.id.slice(2);
      input.maxLength = MAX;
      input.value = clean(values[field]);
      input.addEventListener("input", function () {
        if (input.value.length >= MAX) {
          input.value = input.value.slice(0, MAX);
          status.textContent = "Ô này chỉ nhận " + MAX + " ký tự.";
        }
        var stored = load();
        var value = clean(input.value);
        if (value) { stored[field] = value; } else { delete stored[field]; }
        if (!save(stored)) {
          status.textContent = "Trình duyệt không cho lưu (bị chặn hoặc đầy): trang và tệp Word vẫn được điền, nhưng thông tin sẽ mất khi tải lại trang.";
        }
        showBlanks(page, formValues());
      });
    });
    form.querySelector("[data-lenh=xoa]").addEventListener("click", function () {
      try { window.localStorage.removeItem(STORE); } catch (err) { /* nothing was kept */ }
      inputs.forEach(function (input) { input.value = ""; });
      showBlanks(page, {});
      status.textContent = "Đã xóa thông tin đã điền trong trình duyệt này.";
    });
    var button = form.querySelector("[data-lenh=tai-word]");
    if (link) {
      button.addEventListener("click", function () {
        download(link, formValues(), status, form.getAttribute("data-tien-to-o"));
      });
    } else {
      button.hidden = true;
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    showBlanks(page, formValues());
  }

  setUp();  // loaded with defer (overrides/main.html): the page is parsed
})();
