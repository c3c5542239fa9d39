/* Vietnamese search, the loader (the engine: tim-kiem-worker.js, beside this file; its index:
 * macros/search_index.py).
 *
 * The theme starts its search worker with `new Worker(<its worker's URL>)`. Loaded just
 * before the theme's script (extra.polyfills, see overrides/main.html), after the
 * iframe-worker shim, this starts the site's worker instead, from whichever Worker the page
 * uses: a real one on a server, the shim's iframe from file://. The theme's search box,
 * keyboard handling and result list stay as they are: they only talk to the worker.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var Base = window.Worker;
  if (!script || typeof Base !== "function") {
    return;
  }
  var ours = new URL("tim-kiem-worker.js", script.src).href;
  window.Worker = class extends Base {
    constructor(url, options) {
      super(/\/workers\/search\.[^/]*\.js/.test(String(url)) ? ours : url, options);
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
