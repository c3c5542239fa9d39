/* Self-check quizzes of the training modules: checked in the browser, nothing is sent.
 * Each fieldset holds its correct answers in data-dap-an ("1,3"); after "Kiểm tra" every
 * question says right or wrong, shows its explanation and source, and the score is read out
 * (role="status"). "Làm lại" clears everything. Works with the keyboard alone: the form is
 * made of native radio buttons, check boxes and buttons.
 */
(function () {
  "use strict";


  function setUp(form) {
    var explanations = form.parentNode.querySelectorAll(".giai-thich[data-cau]");
    explanations.forEach(function (note) {
      var question = form.querySelector('fieldset[data-cau="' + note.dataset.cau + '"]');
      if (question) {
        question.appendChild(note);
      }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var questions = form.querySelectorAll("fieldset.cau-hoi");
      var right = 0;
      questions.forEach(function (question) {
        var correct = question.dataset.dapAn.split(",").sort().join(",");
        var chosen = Array.prototype.map.call(
          question.querySelectorAll("input:checked"), function (input) { return input.value; }).sort().join(",");
        var ok = chosen === correct;
        if (ok) {
          right += 1;
        }
        question.classList.toggle("dung", ok);
        question.classList.toggle("sai", !ok);
        var letters = correct.split(",").map(function (n) { return form.dataset.chuCai[Number(n) - 1]; }).join(", ");
        question.querySelector(".nhan-xet").textContent = ok
          ? "Đúng."
          : (chosen ? "Chưa đúng." : "Chưa trả lời.") + " Đáp án: " + letters + ".";
        var note = question.querySelector(".giai-thich");
        if (note) {
          note.hidden = false;
        }
      });
      var result = form.querySelector(".ket-qua");
      result.textContent = "Kết quả: đúng " + right + "/" + questions.length + " câu.";
      result.setAttribute("tabindex", "-1");
      result.focus();
    });

    form.addEventListener("reset", function () {
      form.querySelectorAll("fieldset.cau-hoi").forEach(function (question) {
        question.classList.remove("dung", "sai");
        question.querySelector(".nhan-xet").textContent = "";
        var note = question.querySelector(".giai-thich");
        if (note) {
          note.hidden = true;
        }
      });
      form.querySelector(".ket-qua").textContent = "";
    });
  }

  function start() {
    document.querySelectorAll("form.trac-nghiem").forEach(setUp);
  }

  start();  // loaded with defer (overrides/main.html): the page is parsed
})();
