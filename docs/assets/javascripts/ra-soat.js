/* Review dates: reveal the notice of a page past its review date (overrides/main.html) by
 * the reader's clock, so a site that has not been rebuilt since still warns. The due date is
 * a whole day: the page is overdue from the day after it. */
(function () {
  "use strict";
  var today = new Date();
  var day = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" +
    String(today.getDate()).padStart(2, "0");
  document.querySelectorAll("[data-han-ra-soat]").forEach(function (notice) {
    if (day > notice.getAttribute("data-han-ra-soat")) {
      notice.hidden = false;
    }
  });
})();
