// The self-hosted statistics service, started by consent.js only for visitors who accept Statistics.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me) return;
  var service = me.getAttribute("data-service");
  var url = me.getAttribute("data-url") || "";
  var site = me.getAttribute("data-site") || "";
  if (url.slice(-1) !== "/") url += "/";
  var script = document.createElement("script");
  script.async = true;
  if (service === "matomo") {
    var queue = (window._paq = window._paq || []);
    queue.push(["setTrackerUrl", url + "matomo.php"], ["setSiteId", site], ["trackPageView"], ["enableLinkTracking"]);
    script.src = url + "matomo.js";
  } else if (service === "plausible") {
    script.setAttribute("data-domain", site);
    script.src = url + "js/script.js";
  } else {
    return;
  }
  document.head.appendChild(script);
})();
