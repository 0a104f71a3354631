// Wires Kratos' WebAuthn and passkey triggers without inline JavaScript.
//
// Kratos marks nodes with the *name* of a function its webauthn.js defines on `window`
// (e.g. "oryWebAuthnRegistration"). The server renders those names as
// data-onclick-trigger / data-onload-trigger; here we call `window[name]()` with no
// arguments once Kratos' script has run. Nothing is ever evaluated from a string.
(function () {
  "use strict";

  function callTrigger(name) {
    var fn = window[name];
    if (typeof fn === "function") {
      fn();
    } else {
      console.warn("kratos-account-ui: Kratos' script did not define " + name);
    }
  }

  // Kratos' script is async: it has run once the window's load event has fired (or once
  // it flagged itself as initialised).
  function whenKratosReady(callback) {
    if (document.readyState === "complete" || window.__oryWebAuthnInitialized) {
      callback();
    } else {
      window.addEventListener("load", callback, { once: true });
    }
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest("[data-onclick-trigger]");
    if (!trigger || trigger.disabled) return;
    event.preventDefault();
    whenKratosReady(function () { callTrigger(trigger.dataset.onclickTrigger); });
  });

  // "Print" needs a script, so it stays hidden until one runs (the browser's own print works
  // without it).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Kratos may name the same load trigger on several nodes (passkey login does); run each once.
  whenKratosReady(function () {
    var names = [];
    document.querySelectorAll("[data-onload-trigger]").forEach(function (node) {
      var name = node.dataset.onloadTrigger;
      if (names.indexOf(name) === -1) names.push(name);
    });
    names.forEach(callTrigger);
  });
})();

// Show-password and copy buttons: rendered hidden, shown here because only a script can make
// them work. Their words come from the page (the server's catalogue), never from here.
(function () {
  "use strict";

  document.querySelectorAll("button[data-reveal]").forEach(function (button) {
    var input = document.getElementById(button.dataset.reveal);
    if (!input) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    // What was typed goes back under cover before the form leaves (and before a password
    // manager looks at the field).
    if (input.form) {
      input.form.addEventListener("submit", function () {
        input.type = "password";
        button.setAttribute("aria-pressed", "false");
      });
    }
  });

  // The codes still unused, one a line; a plain text (the authenticator secret) as it is.
  function textToCopy(source) {
    var codes = source.querySelectorAll(".codes__item:not(.codes__item--used) code");
    if (codes.length === 0) return source.textContent.trim();
    return Array.prototype.map.call(codes, function (code) {
      return code.textContent.trim();
    }).join("\n");
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(textToCopy(source)).then(function () {
        button.textContent = button.dataset.copied;
        window.setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        // Without clipboard access, select the text so that the person can copy it.
        window.getSelection().selectAllChildren(source);
      });
    });
  });
})();

// Settings: after a submit the browser lands on the section it came from (a fragment on the
// form's action) and the page shows the outcome there by itself. Here only focus follows: to
// the first field Kratos flagged, else to the outcome, else to the section's heading.
(function () {
  "use strict";

  // Tells the stylesheet (and tests) that scripts run here: `html.js`.
  document.documentElement.classList.add("js");

  function focusLanding() {
    var id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      return;
    }
    if (!id) return;
    var target = document.getElementById(id);
    var section = target && target.closest("[data-section]");
    if (!section) return;
    var invalid = section.querySelector("[aria-invalid=true]");
    var outcome = target.classList.contains("outcome") ? target : null;
    var heading = section.querySelector("h2[tabindex]");
    var focus = invalid || outcome || heading;
    if (focus) focus.focus();
  }

  // The browser scrolls to the fragment once the page has loaded; focusing earlier would be
  // undone.
  if (document.readyState === "complete") {
    window.setTimeout(focusLanding, 0);
  } else {
    window.addEventListener("load", function () { window.setTimeout(focusLanding, 0); }, { once: true });
  }
})();
