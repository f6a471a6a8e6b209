/*
 * Loads office.js for taskpane.html: from Microsoft's CDN, the supported source that always
 * matches the host's API; when the CDN cannot be reached (an intranet without internet, say),
 * from the copy beside this page (office/, built from @microsoft/office-js). The failed CDN
 * <script> is removed before the local one goes in: office.js finds its own folder from its
 * script tag and would otherwise load the host's files from the CDN again and never get ready.
 * The bundle waits on `kaoheOfficeScript.whenLoaded` (src/hosts/office/boot/officeScript.ts).
 * Plain ES5 and never bundled; es-check holds it to ES5 (tests/browser/bundleSyntax.test.ts).
 */
(function () {
  var SOURCES = ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "office/office.js"];
  // A firewall that drops packets leaves the request hanging rather than failing: give up after this.
  var TIMEOUT_MS = 10000;
  var waiting = [];
  var loaded;

  function settle(source) {
    loaded = source;
    var callbacks = waiting;
    waiting = [];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](source);
  }

  window.kaoheOfficeScript = {
    /** Calls back with the address office.js came from, or null when no source could be loaded. */
    whenLoaded: function (callback) {
      if (loaded === undefined) waiting.push(callback);
      else callback(loaded);
    },
  };

  function load(index) {
    if (index >= SOURCES.length) return settle(null);
    var src = SOURCES[index];
    var script = document.createElement("script");
    var done = false;
    var timer = setTimeout(failed, TIMEOUT_MS);
    function finish() {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      script.onload = script.onerror = null;
      return true;
    }
    function failed() {
      if (!finish()) return;
      if (script.parentNode) script.parentNode.removeChild(script);
      // A script that answers after its timeout would still run, beside the local copy: a script
      // whose document changed since it was inserted never runs, so it moves to a detached one.
      try {
        document.implementation.createHTMLDocument("").adoptNode(script);
      } catch (e) {
        // Nothing more can stop it; the timeout is long enough that this is rare.
      }
      load(index + 1);
    }
    script.onload = function () {
      if (finish()) settle(src);
    };
    script.onerror = failed;
    script.src = src;
    document.head.appendChild(script);
  }

  if (!window.kaoheUnsupported) load(0);
})();
