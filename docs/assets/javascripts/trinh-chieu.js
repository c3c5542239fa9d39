/* Projector view of a training module, for a room with a 1366×768 projector: one part per
 * screen, in large type. "Trình chiếu" button or the T key to start; Page Down/Up (what a
 * presenter remote sends), Space, the arrow keys to move; Home/End; Esc to leave.
 *
 * - The parts are the page title, each second-level section of the module, then the page's
 *   own sections after it (Thực hành).
 * - A part taller than the screen is split: list items, then paragraphs, move to a
 *   continuation screen ("… (tiếp)") until each screen fits; nothing is cut off.
 * - The self-check quiz gets one screen per question, then a screen with its buttons and the
 *   score. The page's own quiz form is moved onto the stage (its script keeps working) and put
 *   back on leaving. Inside the form, the arrow keys choose an answer as usual; Page Down/Up
 *   still move between screens, and Tab reaches every control of the screen shown.
 */
(function () {
  "use strict";

  var state = null;

  function section() {
    var slide = document.createElement("section");
    slide.className = "trang-chieu";
    return slide;
  }

  /* The parts of the page, as lists of nodes: clones, except the quiz form (moved later). */
  function partsOf(content) {
    var parts = [];
    var current = [];
    var title = content.querySelector("h1");
    if (title) {
      current.push(title.cloneNode(true));
    }
    var module = content.querySelector(".mo-dun");
    var after = [];
    for (var next = module.nextElementSibling; next; next = next.nextElementSibling) {
      after.push(next);
    }
    Array.prototype.concat.call([], Array.prototype.slice.call(module.children), after).forEach(function (node) {
      if (node.classList.contains("dap-an-in") || node.classList.contains("giai-thich") ||
          node.classList.contains("khong-in") || node.classList.contains("md-source-file")) {
        return;
      }
      if (node.tagName === "H2") {
        parts.push(current);
        current = [];
      }
      current.push(node.matches("form.trac-nghiem") ? node : node.cloneNode(true));
    });
    parts.push(current);
    return parts.filter(function (nodes) { return nodes.length; });
  }

  function room(stage) {
    var style = getComputedStyle(stage);
    return stage.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 8;
  }

  function overflows(slide, stage) {
    return slide.scrollHeight > room(stage);
  }

  /* Move the last item (of the last list) or the last block into `rest`; false if nothing can go. */
  function moveLast(slide, rest) {
    var last = slide.lastElementChild;
    var blocks = slide.children.length;
    if (last && (last.tagName === "UL" || last.tagName === "OL") && last.children.length > 1) {
      var list = rest.firstElementChild && rest.firstElementChild.tagName === last.tagName &&
        rest.firstElementChild.dataset.tiep ? rest.firstElementChild : null;
      if (!list) {
        list = document.createElement(last.tagName);
        list.dataset.tiep = "1";
        rest.insertBefore(list, rest.firstChild);
      }
      list.insertBefore(last.lastElementChild, list.firstChild);
      if (last.tagName === "OL") {
        list.start = (last.start || 1) + last.children.length;
      }
      return true;
    }
    if (blocks > 2 || (blocks === 2 && slide.firstElementChild.tagName !== "H2" && slide.firstElementChild.tagName !== "H1")) {
      rest.insertBefore(last, rest.firstChild);
      return true;
    }
    return false;
  }

  function fitted(nodes, stage) {
    var slides = [];
    var slide = section();
    nodes.forEach(function (node) { slide.appendChild(node); });
    stage.appendChild(slide);
    while (overflows(slide, stage)) {
      var rest = section();
      while (overflows(slide, stage) && moveLast(slide, rest)) { /* move until it fits */ }
      if (!rest.children.length) {
        break;
      }
      var heading = slide.querySelector("h2");
      if (heading) {
        var more = heading.cloneNode(true);
        more.removeAttribute("id");
        more.textContent = heading.textContent.trim() + " (tiếp)";
        rest.insertBefore(more, rest.firstChild);
      }
      slides.push(slide);
      slide.hidden = true;
      slide = rest;
      stage.appendChild(slide);
    }
    slides.push(slide);
    slide.hidden = true;
    return slides;
  }

  /* One screen per question, then one with the buttons and the score; the form goes with the
   * screen shown (show()). */
  function quizSlides(nodes, form, stage) {
    var heading = nodes.filter(function (n) { return n.tagName === "H2"; })[0];
    var questions = form.querySelectorAll("fieldset.cau-hoi");
    var slides = [];
    questions.forEach(function (question, i) {
      var slide = section();
      if (heading) {
        var title = heading.cloneNode(true);
        title.removeAttribute("id");
        title.textContent = heading.textContent.trim() + " (" + (i + 1) + "/" + questions.length + ")";
        slide.appendChild(title);
      }
      slide.dataset.cau = question.dataset.cau;
      slides.push(slide);
    });
    var last = section();
    last.dataset.cau = "";
    var summary = document.createElement("h2");
    summary.textContent = (heading ? heading.textContent.trim() : "Tự kiểm tra") + ": kết quả";
    last.appendChild(summary);
    slides.push(last);
    slides.forEach(function (slide) { slide.hidden = true; stage.appendChild(slide); });
    return slides;
  }

  function show(index) {
    state.index = Math.max(0, Math.min(index, state.slides.length - 1));
    var slide = state.slides[state.index];
    state.slides.forEach(function (s) { s.hidden = s !== slide; });
    if (state.form && "cau" in slide.dataset) {
      slide.appendChild(state.form);
      state.form.querySelectorAll("fieldset.cau-hoi").forEach(function (q) {
        q.hidden = q.dataset.cau !== slide.dataset.cau;
      });
      state.form.classList.toggle("chi-ket-qua", slide.dataset.cau === "");
    }
    state.counter.textContent = (state.index + 1) + "/" + state.slides.length;
    if (document.activeElement && !slide.contains(document.activeElement)) {
      state.stage.focus();
    }
  }

  function enter() {
    var content = document.querySelector("article.md-content__inner");
    var form = content.querySelector("form.trac-nghiem");
    var stage = document.createElement("div");
    stage.className = "san-khau";
    stage.setAttribute("role", "region");
    stage.setAttribute("aria-label", "Trình chiếu");
    stage.tabIndex = -1;
    var counter = document.createElement("p");
    counter.className = "so-trang";
    counter.setAttribute("aria-live", "polite");
    document.body.appendChild(stage);
    document.body.classList.add("dang-trinh-chieu");
    var home = form ? { parent: form.parentNode, next: form.nextSibling } : null;
    var slides = [];
    partsOf(content).forEach(function (nodes) {
      if (form && nodes.indexOf(form) >= 0) {
        slides = slides.concat(quizSlides(nodes, form, stage));
      } else {
        slides = slides.concat(fitted(nodes, stage));
      }
    });
    stage.appendChild(counter);
    state = { stage: stage, slides: slides, counter: counter, index: 0, form: form, home: home };
    show(0);
    stage.focus();
  }

  function leave() {
    if (state.form) {
      state.form.classList.remove("chi-ket-qua");
      state.form.querySelectorAll("fieldset.cau-hoi").forEach(function (q) { q.hidden = false; });
      state.home.parent.insertBefore(state.form, state.home.next);
    }
    state.stage.remove();
    document.body.classList.remove("dang-trinh-chieu");
    state = null;
    var button = document.querySelector(".nut-trinh-chieu button");
    if (button) {
      button.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    var inForm = event.target.closest && event.target.closest("input, textarea, select, form");
    if (!state) {
      if (!inForm && (event.key === "t" || event.key === "T") && document.querySelector(".mo-dun")) {
        event.preventDefault();
        enter();
      }
      return;
    }
    // Inside the quiz the arrow keys and Space choose and press as usual; the remote's keys move.
    var moves = inForm ? { PageDown: 1, PageUp: -1 }
      : { ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      show(state.index + moves[event.key]);
    } else if (event.key === "Home" && !inForm) {
      event.preventDefault();
      show(0);
    } else if (event.key === "End" && !inForm) {
      event.preventDefault();
      show(state.slides.length - 1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      leave();
    }
  }, true);

  /* The button goes into the place the page keeps for it (p.nut-trinh-chieu), so nothing
   * moves when it appears. */
  function addButton() {
    var module = document.querySelector(".mo-dun");
    if (!module) {
      return;
    }
    var bar = module.querySelector(".nut-trinh-chieu");
    if (!bar) {
      bar = document.createElement("p");
      bar.className = "nut-trinh-chieu khong-in";
      module.insertBefore(bar, module.firstChild);
    }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Trình chiếu";
    button.addEventListener("click", enter);
    bar.appendChild(button);
  }

  addButton();  // loaded with defer (overrides/main.html): the page is parsed
})();
