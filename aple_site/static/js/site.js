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

  // Online courses: progress lives in this browser only (localStorage), and only for visitors who accepted
  // Preferences; for the others it lasts as long as the page. Nothing is sent anywhere.
  function remembers() {
    var match = document.cookie.match(/(?:^|;\s*)aple_consent=([^;]*)/);
    var parts = match ? match[1].split(".") : [];
    return parts[0] === document.documentElement.getAttribute("data-consent-version") &&
      (parts[2] || "").split("+").indexOf("preferences") !== -1;
  }
  var unsaved = {};
  function courseStore(courseId) {
    var key = "aple-course-" + courseId;
    if (!remembers()) {
      return {
        read: function () { return unsaved[key] || { done: [] }; },
        write: function (state) { unsaved[key] = state; }
      };
    }
    function read() {
      try { return JSON.parse(window.localStorage.getItem(key)) || { done: [] }; } catch (e) { return { done: [] }; }
    }
    return {
      read: read,
      write: function (state) { try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) {} }
    };
  }

  var lesson = document.querySelector("[data-topic][data-course]");
  if (lesson) {
    var store = courseStore(lesson.getAttribute("data-course"));
    var topicKey = lesson.getAttribute("data-topic");
    var state = store.read();
    state.last = window.location.pathname;
    store.write(state);
    var mark = lesson.querySelector("[data-mark-complete]");
    var button = mark && mark.querySelector("button");
    if (button) {
      mark.hidden = false;
      var showDone = function () {
        button.textContent = button.getAttribute("data-done-label");
        button.disabled = true;
      };
      if (state.done.indexOf(topicKey) !== -1) showDone();
      button.addEventListener("click", function () {
        var current = store.read();
        if (current.done.indexOf(topicKey) === -1) current.done.push(topicKey);
        store.write(current);
        showDone();
      });
    }
  }

  var course = document.querySelector("[data-topic-keys][data-course]");
  if (course) {
    var courseState = courseStore(course.getAttribute("data-course")).read();
    var keys = course.getAttribute("data-topic-keys").split(" ").filter(Boolean);
    var urls = course.getAttribute("data-topic-urls").split(" ").filter(Boolean);
    var done = keys.filter(function (key) { return courseState.done.indexOf(key) !== -1; });
    Array.prototype.forEach.call(course.querySelectorAll("[data-topic-item]"), function (item) {
      if (courseState.done.indexOf(item.getAttribute("data-topic-item")) !== -1) {
        item.querySelector(".topic-done").hidden = false;
      }
    });
    if (done.length || courseState.last) {
      var progress = course.querySelector("[data-progress]");
      var label = progress.querySelector("[data-progress-label]");
      label.textContent = label.getAttribute("data-template")
        .replace("%(done)s", localNumber(done.length)).replace("%(total)s", localNumber(keys.length));
      progress.querySelector("[data-progress-bar]").value = done.length;
      var next = 0;
      while (next < keys.length && courseState.done.indexOf(keys[next]) !== -1) next++;
      progress.querySelector("[data-continue]").href = next < urls.length ? urls[next] : (courseState.last || urls[0]);
      progress.hidden = false;
      var start = course.querySelector("[data-start]");
      if (start) start.hidden = true;
    }
  }

  // Knowledge checks: feedback in the browser.
  Array.prototype.forEach.call(document.querySelectorAll("[data-check]"), function (check) {
    var feedback = check.querySelector("[data-check-feedback]");
    check.addEventListener("change", function (event) {
      var input = event.target;
      var right = input.hasAttribute("data-correct");
      feedback.textContent = (right ? "✓ " : "✗ ") + (input.getAttribute("data-feedback") || "");
      feedback.className = "check__feedback " + (right ? "is-right" : "is-wrong");
    });
  });

  // Certificate: the learner's name and today's date, filled in the browser.
  var certForm = document.querySelector("[data-cert-form]");
  if (certForm) {
    certForm.hidden = false;
    var nameInput = certForm.querySelector("input");
    var nameSlot = document.querySelector("[data-cert-name]");
    nameInput.addEventListener("input", function () { nameSlot.textContent = nameInput.value || "\u00a0"; });
    var today = document.querySelector("[data-today]");
    var locale = document.documentElement.lang === "km" ? "km-KH" : "en-GB";
    today.textContent = new Date().toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
  }
  // Quick exit: leave for a neutral site and replace this page in the history, so "Back" does not return.
  var exit = document.querySelector("[data-quick-exit]");
  if (exit) {
    var leave = function () {
      document.body.hidden = true;
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", function (event) {
      event.preventDefault();
      leave();
    });
    var hint = document.querySelector("[data-quick-exit-hint]");
    if (hint) hint.hidden = false;
    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var now = Date.now();
      if (now - lastEscape < 1000) leave();
      lastEscape = now;
    });
  }

  // Forms with errors: move focus to the summary so screen readers announce it.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  // Report form: show the questions of the chosen kind at once, and the contact fields only when wanted.
  // Hidden sections are also disabled, so that what they hold is not sent.
  var reportForm = document.querySelector("[data-report-form]");
  if (reportForm) {
    var sections = Array.prototype.slice.call(reportForm.querySelectorAll("[data-kind-section]"));
    var common = reportForm.querySelector("[data-report-common]");
    var showKind = function (kind) {
      sections.forEach(function (section) {
        var active = section.getAttribute("data-kind-section") === kind;
        section.hidden = !active;
        section.disabled = !active;
      });
      if (common && kind) common.hidden = false;
    };
    Array.prototype.forEach.call(reportForm.querySelectorAll("input[name='kind']"), function (radio) {
      radio.addEventListener("change", function () { showKind(radio.value); });
    });
    var contactBox = reportForm.querySelector("input[name='contact_me']");
    var contactFields = reportForm.querySelector("[data-contact-fields]");
    if (contactBox && contactFields) {
      var syncContact = function () {
        contactFields.hidden = !contactBox.checked;
        Array.prototype.forEach.call(contactFields.querySelectorAll("input, select, textarea"), function (el) {
          el.disabled = !contactBox.checked;
        });
      };
      contactBox.addEventListener("change", syncContact);
      syncContact();
    }
    // One tap sends once: the button rests for a few seconds while the report is on its way.
    reportForm.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || button.name === "choose_kind") return;
      window.setTimeout(function () { button.disabled = true; }, 0);
      window.setTimeout(function () { button.disabled = false; }, 8000);
    });
  }
})();

// Donate: typing another amount chooses "Another amount" (without JavaScript the donor ticks it).
(function () {
  var input = document.querySelector("[data-other-amount]");
  if (!input || !input.form) return;
  var other = input.form.querySelector("input[type='radio'][value='other']");
  if (other) input.addEventListener("input", function () { other.checked = true; });
})();
