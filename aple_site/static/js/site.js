// Small conveniences on top of menus that already work without JavaScript (<details> elements).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var wide = window.matchMedia("(min-width: 64em)");
  var toggle = document.querySelector("[data-menu-toggle]");
  var submenus = Array.prototype.slice.call(document.querySelectorAll("[data-submenu]"));

  function syncToggle() {
    if (!toggle) return;
    // On wide screens the menu is a row that is always shown; on phones it starts folded.
    toggle.open = wide.matches;
  }

  function setExpanded(details) {
    var summary = details.querySelector("summary");
    if (summary) summary.setAttribute("aria-expanded", details.open ? "true" : "false");
  }

  function closeSubmenus(except) {
    submenus.forEach(function (details) {
      if (details !== except && details.open) details.open = false;
    });
  }

  submenus.concat(toggle ? [toggle] : []).forEach(function (details) {
    setExpanded(details);
    details.addEventListener("toggle", function () {
      setExpanded(details);
      if (details !== toggle && details.open) closeSubmenus(details);
    });
  });

  // Escape closes the open drop-down and returns focus to its button.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = submenus.filter(function (details) { return details.open; })[0];
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    } else if (toggle && toggle.open && !wide.matches) {
      toggle.open = false;
      toggle.querySelector("summary").focus();
    }
  });

  // A click or tap outside the menu closes drop-downs on wide screens.
  document.addEventListener("click", function (event) {
    if (!wide.matches) return;
    if (!event.target.closest || !event.target.closest("[data-submenu]")) closeSubmenus(null);
  });

  syncToggle();
  if (wide.addEventListener) wide.addEventListener("change", syncToggle);

  // Articles: count this visit (the server ignores bots, staff and repeats) and show the new count.
  var khmerDigits = "០១២៣៤៥៦៧៨៩";
  function localNumber(n) {
    var text = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    if (document.documentElement.lang !== "km") return text;
    return text.replace(/\d/g, function (d) { return khmerDigits.charAt(+d); });
  }
  var counted = document.querySelector("[data-count-url]");
  if (counted && window.fetch) {
    fetch(counted.getAttribute("data-count-url"), {
      method: "POST", keepalive: true, credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (!data) return;
      Array.prototype.forEach.call(document.querySelectorAll("[data-view-number]"), function (el) {
        el.textContent = localNumber(data.views);
      });
    }).catch(function () {});
  }

  // "Copy link" copies the address instead of following it, where the browser allows.
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-link]"), function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard) return;
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(function () {
        link.textContent = link.getAttribute("data-copied");
      });
    });
  });
})();
