// Cookie consent in the browser: starts the scripts and embeds of accepted categories only, sends the banner's
// choices in the background, and reopens the banner from "Cookie preferences". Without JavaScript the banner
// is a plain form and videos are plain links, so nothing here is needed for the site to work.
(function () {
  "use strict";
  var root = document.documentElement;
  var banner = document.querySelector("[data-consent-banner]");
  var form = document.querySelector("[data-consent-form]");

  function accepted() {
    var match = document.cookie.match(/(?:^|;\s*)aple_consent=([^;]*)/);
    if (!match) return null;
    var parts = match[1].split(".");
    if (parts[0] !== root.getAttribute("data-consent-version")) return null;
    return ["functional"].concat(parts[2] ? parts[2].split("+") : []);
  }

  function allows(category) {
    var list = accepted();
    return !!list && list.indexOf(category) !== -1;
  }

  // <script type="text/plain" data-category="…" data-src="…"> becomes a real script once its category is accepted.
  function startScripts() {
    Array.prototype.forEach.call(document.querySelectorAll('script[type="text/plain"][data-category]'), function (inert) {
      if (!allows(inert.getAttribute("data-category")) || inert.hasAttribute("data-started")) return;
      inert.setAttribute("data-started", "");
      var script = document.createElement("script");
      Array.prototype.forEach.call(inert.attributes, function (attribute) {
        if (attribute.name.indexOf("data-") === 0) script.setAttribute(attribute.name, attribute.value);
      });
      script.src = inert.getAttribute("data-src");
      inert.parentNode.insertBefore(script, inert.nextSibling);
    });
  }

  // Video placeholders: the player (and its cookies) only on request, or for everyone who accepts Marketing.
  function loadEmbed(placeholder) {
    if (placeholder.hasAttribute("data-loaded")) return;
    placeholder.setAttribute("data-loaded", "");
    var frame = document.createElement("iframe");
    frame.src = placeholder.getAttribute("data-embed-src");
    frame.title = placeholder.getAttribute("data-embed-title") || "";
    frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.className = "block-video__frame";
    var box = placeholder.querySelector("[data-embed-box]");
    box.textContent = "";
    box.appendChild(frame);
    frame.focus();
  }

  function startEmbeds() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-embed]"), function (placeholder) {
      if (allows(placeholder.getAttribute("data-category"))) loadEmbed(placeholder);
    });
  }

  function setCheckboxes(list) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-consent-category]"), function (box) {
      if (!box.disabled) box.checked = !!list && list.indexOf(box.value) !== -1;
    });
  }

  function send(body) {
    // URL-encoded like the form itself (the site refuses multipart bodies).
    return fetch(form.getAttribute("action"), {
      method: "POST",
      body: new URLSearchParams(body),
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      if (!response.ok) throw new Error("consent not saved");
      return response.json();
    });
  }

  var opener = null;

  function closeBanner() {
    root.classList.add("consent-decided");
    if (banner) banner.classList.remove("is-open");
    if (opener) opener.focus();
    opener = null;
  }

  function openBanner(from) {
    opener = from || null;
    root.classList.remove("consent-decided");
    banner.classList.add("is-open");
    setCheckboxes(accepted());
    var manage = banner.querySelector("[data-consent-manage]");
    if (manage && from) manage.open = true;
    banner.scrollIntoView({ block: "start" });
    banner.querySelector("#consent-title").focus();
  }

  function decided(before) {
    var now = accepted() || [];
    var withdrawn = (before || []).some(function (category) { return now.indexOf(category) === -1; });
    if (withdrawn) {
      // A started script cannot be stopped: reload, and the server deletes the cookies no longer allowed.
      window.location.reload();
      return;
    }
    closeBanner();
    startScripts();
    startEmbeds();
  }

  if (form && window.fetch && window.FormData) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new FormData(form);
      var submitter = event.submitter;
      if (submitter && submitter.name) body.append(submitter.name, submitter.value);
      var before = accepted();
      send(body).then(function () { decided(before); }).catch(function () {
        // Fall back to sending the form the ordinary way, with the button that was pressed.
        if (submitter && submitter.name) {
          var chosen = document.createElement("input");
          chosen.type = "hidden";
          chosen.name = submitter.name;
          chosen.value = submitter.value;
          form.appendChild(chosen);
        }
        form.submit();
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-consent-open]"), function (link) {
    link.addEventListener("click", function (event) {
      if (!banner) return;
      event.preventDefault();
      openBanner(link);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && banner && banner.classList.contains("is-open") && accepted()) closeBanner();
  });

  Array.prototype.forEach.call(document.querySelectorAll("[data-embed]"), function (placeholder) {
    var play = placeholder.querySelector("[data-embed-play]");
    var always = placeholder.querySelector("[data-embed-allow]");
    if (play) {
      play.hidden = false;
      play.addEventListener("click", function () { loadEmbed(placeholder); });
    }
    if (always && form) {
      always.hidden = false;
      always.addEventListener("click", function () {
        var body = new FormData();
        var before = accepted();
        body.append("decision", "save");
        (before || []).concat([placeholder.getAttribute("data-category")]).forEach(function (category) {
          body.append("categories", category);
        });
        send(body).then(function () { decided(before); });
      });
    }
  });

  setCheckboxes(accepted());
  startScripts();
  startEmbeds();
})();
