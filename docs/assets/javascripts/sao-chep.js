/* Copy buttons for the model documents: one per article or section, and one for the whole
 * text. What lands on the clipboard is the document's text only: the guidance (.huong-dan)
 * and the buttons themselves are left out; blanks are copied as shown (their "[label]", or
 * the value filled in with the form).
 * Works on an intranet server over plain HTTP and from file://, where the asynchronous
 * clipboard API is not available: then it falls back to a hidden text area.
 */
(function () {
  "use strict";

  function textOf(element) {
    var copy = element.cloneNode(true);
    copy.querySelectorAll(".huong-dan, .sao-chep, .headerlink").forEach(function (node) { node.remove(); });
    var holder = document.createElement("div");
    holder.style.position = "fixed";
    holder.style.left = "-10000px";
    holder.appendChild(copy);
    document.body.appendChild(holder);
    var text = copy.innerText.replace(/\n{3,}/g, "\n\n").trim();
    holder.remove();
    return text;
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.left = "-10000px";
    document.body.appendChild(area);
    area.select();
    var ok = document.execCommand("copy");
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
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
      copy(textOf(target)).then(
        function () { status.textContent = "Đã sao chép."; },
        function () { status.textContent = "Không sao chép được: hãy bôi đen rồi nhấn Ctrl+C."; });
    });
    bar.appendChild(button);
    bar.appendChild(status);
    place(bar);
  }

  function setUp() {
    document.querySelectorAll(".noi-dung-mau").forEach(function (whole) {
      addButton(whole, "Sao chép toàn văn", function (bar) { whole.parentNode.insertBefore(bar, whole); });
      var label = "Sao chép " + (whole.getAttribute("data-muc") || "mục") + " này";
      whole.querySelectorAll(".muc-mau").forEach(function (section) {
        var heading = section.querySelector("h3");
        if (heading) {
          addButton(section, label, function (bar) { heading.insertAdjacentElement("afterend", bar); });
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
