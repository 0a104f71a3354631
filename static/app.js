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
