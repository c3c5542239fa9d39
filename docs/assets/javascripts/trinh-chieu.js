/* Projector view of a training module: one part per screen, in large type, for a room with
 * a 1366×768 projector. "Trình chiếu" button or the T key to start; arrow keys, Page Up/Down,
 * Space or a presenter remote to move; Home/End; Esc to leave. The parts are the page title
 * and each second-level section of the module.
 */
(function () {
  "use strict";

  var state = null;

  function slidesOf(content) {
    var slides = [];
    var current = document.createElement("section");
    current.className = "trang-chieu";
    var title = content.querySelector("h1");
    if (title) {
      current.appendChild(title.cloneNode(true));
    }
    var module = content.querySelector(".mo-dun");
    Array.prototype.forEach.call(module.children, function (node) {
      if (node.tagName === "H2" || node.classList.contains("dap-an-in")) {
        slides.push(current);
        current = document.createElement("section");
        current.className = "trang-chieu";
      }
      if (!node.classList.contains("dap-an-in")) {
        current.appendChild(node.cloneNode(true));
      }
    });
    slides.push(current);
    return slides.filter(function (slide) { return slide.textContent.trim(); });
  }

  function show(index) {
    state.index = Math.max(0, Math.min(index, state.slides.length - 1));
    state.slides.forEach(function (slide, i) { slide.hidden = i !== state.index; });
    state.counter.textContent = (state.index + 1) + "/" + state.slides.length;
  }

  function enter() {
    var content = document.querySelector("article.md-content__inner");
    var stage = document.createElement("div");
    stage.className = "san-khau";
    stage.setAttribute("role", "region");
    stage.setAttribute("aria-label", "Trình chiếu");
    stage.tabIndex = -1;
    var slides = slidesOf(content);
    slides.forEach(function (slide) { stage.appendChild(slide); });
    var counter = document.createElement("p");
    counter.className = "so-trang";
    counter.setAttribute("aria-live", "polite");
    stage.appendChild(counter);
    document.body.appendChild(stage);
    document.body.classList.add("dang-trinh-chieu");
    state = { stage: stage, slides: slides, counter: counter, index: 0 };
    show(0);
    stage.focus();
  }

  function leave() {
    state.stage.remove();
    document.body.classList.remove("dang-trinh-chieu");
    state = null;
    var button = document.querySelector(".nut-trinh-chieu button");
    if (button) {
      button.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.target.closest && event.target.closest("input, textarea, select, form")) {
      return;
    }
    if (!state) {
      if ((event.key === "t" || event.key === "T") && document.querySelector(".mo-dun")) {
        event.preventDefault();
        enter();
      }
      return;
    }
    var moves = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      show(state.index + moves[event.key]);
    } else if (event.key === "Home") {
      event.preventDefault();
      show(0);
    } else if (event.key === "End") {
      event.preventDefault();
      show(state.slides.length - 1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      leave();
    }
  }, true);

  function addButton() {
    var module = document.querySelector(".mo-dun");
    if (!module) {
      return;
    }
    var bar = document.createElement("p");
    bar.className = "nut-trinh-chieu khong-in";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Trình chiếu";
    button.addEventListener("click", enter);
    bar.appendChild(button);
    module.parentNode.insertBefore(bar, module);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addButton);
  } else {
    addButton();
  }
})();
