// Runs before the page shows: if this visitor already chose (for the current policy), the banner stays hidden.
(function () {
  "use strict";
  var root = document.documentElement;
  var match = document.cookie.match(/(?:^|;\s*)aple_consent=([^;]*)/);
  if (match && match[1].split(".")[0] === root.getAttribute("data-consent-version")) {
    root.classList.add("consent-decided");
  }
})();
