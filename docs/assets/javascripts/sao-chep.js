/* Copy buttons for the model documents: one per article or section, and one for the whole
 * document. "Sao chép toàn văn" copies the document as the Word file has it: the header (party
 * name, issuing body, number, place and date), the text, the recipients and the signature.
 * Left out everywhere: the fill-in form, the guidance (.huong-dan) and the buttons; blanks are
 * copied as shown (their "[label]", or the value filled in with the form).
 * The clipboard gets plain text and, beside it, HTML in which the two-column header and the
 * signature block are tables and the titles are centred, so a paste into Word keeps the layout.
 * Works on an intranet server over plain HTTP and from file://, where the asynchronous
 * clipboard API is not available: then the browser's copy event carries both.
 */
(function () {
  "use strict";

  var LEAVE_OUT = ".huong-dan, .sao-chep, .headerlink, .dien-mau, .md-button";

  function cleaned(element) {
    var copy = element.cloneNode(true);
    copy.querySelectorAll(LEAVE_OUT).forEach(function (node) { node.remove(); });
    return copy;
  }

  function textOf(element) {
    var copy = cleaned(element);
    var holder = document.createElement("div");
    holder.style.position = "fixed";
    holder.style.left = "-10000px";
    holder.appendChild(copy);
    document.body.appendChild(holder);
    var text = copy.innerText.replace(/\n{3,}/g, "\n\n").trim();
    holder.remove();
    return text;
  }

  /* Two side-by-side blocks (header, signature) as a two-cell table: Word keeps them apart. */
  function asTable(block) {
    var table = document.createElement("table");
    table.setAttribute("style", "width:100%;border-collapse:collapse");
    var row = table.insertRow();
    Array.prototype.forEach.call(block.children, function (side) {
      var cell = row.insertCell();
      cell.setAttribute("style", "width:50%;vertical-align:top;text-align:center;border:none");
      cell.innerHTML = side.innerHTML;
    });
    return table;
  }

  function htmlOf(element) {
    var copy = cleaned(element);
    copy.querySelectorAll(".dau-van-ban, .ky-van-ban").forEach(function (block) {
      block.replaceWith(asTable(block));
    });
    copy.querySelectorAll(".ten-loai, .trich-yeu-mau, .quy-che h2").forEach(function (node) {
      node.setAttribute("style", "text-align:center;font-weight:bold");
    });
    copy.querySelectorAll(".o-trong").forEach(function (blank) { blank.replaceWith(blank.textContent); });
    copy.querySelectorAll("[class], [id], [data-truong], [data-nhan]").forEach(function (node) {
      ["class", "id", "data-truong", "data-nhan", "title"].forEach(function (name) { node.removeAttribute(name); });
    });
    return copy.innerHTML;
  }

  /* The copy event can carry both types on plain HTTP and file:// too. */
  function eventCopy(text, html) {
    var done = false;
    function fill(event) {
      event.clipboardData.setData("text/plain", text);
      if (html) { event.clipboardData.setData("text/html", html); }
      event.preventDefault();
      done = true;
    }
    document.addEventListener("copy", fill, true);
    try {
      document.execCommand("copy");
    } finally {
      document.removeEventListener("copy", fill, true);
    }
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text, html) {
    if (navigator.clipboard && window.isSecureContext && window.ClipboardItem) {
      var item = {"text/plain": new Blob([text], {type: "text/plain"})};
      if (html) { item["text/html"] = new Blob([html], {type: "text/html"}); }
      return navigator.clipboard.write([new ClipboardItem(item)]).catch(function () { return eventCopy(text, html); });
    }
    return eventCopy(text, html);
  }

  function addButton(target, label, place) {
    var bar = document.createElement("div");
    bar.className = "sao-chep";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(textOf(target), target.classList.contains("van-ban-mau") ? htmlOf(target) : null).then(
        function () { status.textContent = "Đã sao chép."; },
        function () { status.textContent = "Không sao chép được: hãy bôi đen rồi nhấn Ctrl+C."; });
    });
    bar.appendChild(button);
    bar.appendChild(status);
    place(bar);
  }

  function setUp() {
    document.querySelectorAll(".noi-dung-mau").forEach(function (whole) {
      var documentBox = whole.closest(".van-ban-mau") || whole;
      addButton(documentBox, "Sao chép toàn văn", function (bar) { whole.parentNode.insertBefore(bar, whole); });
      var label = "Sao chép " + (whole.getAttribute("data-muc") || "mục") + " này";
      whole.querySelectorAll(".muc-mau").forEach(function (section) {
        var heading = section.querySelector("h3");
        if (heading) {
          addButton(section, label, function (bar) { heading.insertAdjacentElement("afterend", bar); });
        }
      });
    });
  }

  setUp();  // loaded with defer (overrides/main.html): the page is parsed
})();
