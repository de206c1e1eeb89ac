/* newsfacet progressive enhancement. Without this file every link and form still works (plain GET).
 * With it: search-page links and forms fetch the next page and swap the search box and the page body in
 * place (history.pushState + popstate, so back/forward and shared URLs behave exactly like reloads),
 * and long facet lists get a filter box. No framework, no inline script (the CSP forbids it). */
(function () {
  "use strict";
  var SWAPPED = ["#searchbar", "#page"];
  var SEARCH_PATH = new URL(document.querySelector(".brand").href).pathname;
  var FILTER_FROM = 8; // facets shorter than this are quicker to scan than to filter
  var inflight = null;

  document.documentElement.classList.add("js");

  function swappable(a) {
    if (a.hasAttribute("data-no-swap") || a.hasAttribute("download") || (a.target && a.target !== "_self")) return false;
    var url = new URL(a.href, location.href);
    return url.origin === location.origin && url.pathname === SEARCH_PATH;
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, "\\$&");
  }

  function restoreFocus(key) {
    // "#id": a form control that was replaced; otherwise a link's data-focus-key.
    var target = key && key !== "result-count" && (key.charAt(0) === "#"
      ? document.getElementById(key.slice(1))
      : document.querySelector('[data-focus-key="' + cssEscape(key) + '"]'));
    if (target) {
      target.focus({ preventScroll: true });
    } else if (key) {
      // Paging or removing a filter: start reading at the top of the new results.
      var main = document.getElementById("main");
      if (main) { main.focus({ preventScroll: true }); main.scrollIntoView({ block: "start" }); }
    }
  }

  function navigate(url, focusKey, push) {
    var page = document.getElementById("page");
    if (inflight) inflight.abort();
    inflight = window.AbortController ? new AbortController() : null;
    if (page) { page.classList.add("is-loading"); page.setAttribute("aria-busy", "true"); }
    fetch(url, { headers: { Accept: "text/html" }, signal: inflight && inflight.signal, credentials: "same-origin" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("text/html") !== 0) throw new Error("not a page");
        return response.text();
      })
      .then(function (html) {
        // DOMParser never runs scripts, and the server escaped every value it rendered.
        var doc = new DOMParser().parseFromString(html, "text/html");
        SWAPPED.forEach(function (sel) {
          var fresh = doc.querySelector(sel), old = document.querySelector(sel);
          if (!fresh || !old) throw new Error("page shape changed");
          old.replaceWith(document.adoptNode(fresh));
        });
        document.title = doc.title;
        if (push) history.pushState({ newsfacet: true }, "", url);
        enhance(document);
        restoreFocus(focusKey);
        var count = document.getElementById("result-count"), live = document.getElementById("live");
        if (count && live) live.textContent = count.textContent.replace(/\s+/g, " ").trim();
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        location.assign(url); // fall back to a plain page load
      });
  }

  document.addEventListener("click", function (ev) {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    var a = ev.target.closest && ev.target.closest("a[href]");
    if (!a || !swappable(a)) return;
    ev.preventDefault();
    navigate(a.href, a.getAttribute("data-focus-key"), true);
  });

  // The search box posts (a pasted paragraph does not fit in a URL); a search that fits in a link is
  // fetched as a GET instead, so it stays shareable and swaps in place. Longer ones post normally.
  var MAX_LINK_QUERY = 6000;

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.classList || !form.classList.contains("js-swap")) return;
    var method = (form.method || "get").toLowerCase();
    if (method !== "get" && method !== "post") return;
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value);
    });
    var qs = params.toString();
    if (method === "post" && qs.length > MAX_LINK_QUERY) return;
    ev.preventDefault();
    var active = document.activeElement;
    var focusKey = active && active.id && form.contains(active) ? "#" + active.id : null;
    navigate(form.action + (qs ? "?" + qs : ""), focusKey, true);
  });

  document.addEventListener("change", function (ev) {
    var el = ev.target;
    if (!el.classList || !el.classList.contains("js-autosubmit") || !el.form) return;
    if (el.form.requestSubmit) el.form.requestSubmit(); else el.form.submit();
  });

  // Escape closes the syntax help popover and hands focus back to its button.
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    var help = document.querySelector(".help[open]");
    if (help) { help.open = false; help.querySelector("summary").focus(); }
  });

  window.addEventListener("popstate", function () {
    if (location.pathname === SEARCH_PATH) navigate(location.href, null, false);
    else location.reload();
  });

  // Phones: the filters start folded so results are on the first screen, unless filters are active.
  // The reader's own open/closed choice survives swaps.
  var NARROW = window.matchMedia ? window.matchMedia("(max-width: 46rem)") : { matches: false };
  var filtersOpen = null;

  function foldFilters() {
    var filters = document.querySelector(".filters");
    if (!filters) return;
    if (filtersOpen === null) filtersOpen = !NARROW.matches || !!document.querySelector(".pills");
    filters.open = filtersOpen || !NARROW.matches;
    filters.addEventListener("toggle", function () { if (NARROW.matches) filtersOpen = filters.open; });
  }

  function enhance(root) {
    foldFilters();
    root.querySelectorAll(".facet").forEach(function (facet) {
      var input = facet.querySelector(".facet-filter");
      var items = facet.querySelectorAll(".fv");
      if (!input || items.length < FILTER_FROM) return;
      input.hidden = false;
      input.addEventListener("input", function () {
        var needle = input.value.trim().toLowerCase();
        items.forEach(function (li) {
          var name = li.querySelector(".fv-name");
          // other spellings of the value (Zaporozhye finds Zaporizhzhia Oblast), from the server
          var text = (name ? name.textContent : "") + "|" + (li.getAttribute("data-spellings") || "");
          li.hidden = needle !== "" && text.toLowerCase().indexOf(needle) === -1;
        });
      });
    });
  }

  // Date histogram: drag across bars to narrow to that span of days (date_from/date_to in the URL, so the
  // result is shareable); a press and release on one bar stays a plain click that toggles that day.
  var drag = null;

  function barDay(el) {
    var a = el && el.closest && el.closest(".histogram .bar a");
    var key = a && a.getAttribute("data-focus-key");
    return key && key.indexOf("bar:") === 0 ? { a: a, day: key.slice(4) } : null;
  }

  function markDrag() {
    var lo = drag.from < drag.to ? drag.from : drag.to, hi = drag.from < drag.to ? drag.to : drag.from;
    document.querySelectorAll(".histogram .bar a").forEach(function (a) {
      var day = a.getAttribute("data-focus-key").slice(4);
      a.parentNode.classList.toggle("in-drag", day >= lo && day <= hi);
    });
  }

  document.addEventListener("pointerdown", function (ev) {
    var bar = ev.button === 0 && barDay(ev.target);
    drag = bar ? { from: bar.day, to: bar.day, moved: false } : null;
  });
  // A link's native drag-and-drop would swallow the pointer events the selection needs.
  document.addEventListener("dragstart", function (ev) { if (barDay(ev.target)) ev.preventDefault(); });
  document.addEventListener("pointerover", function (ev) {
    var bar = drag && barDay(ev.target);
    if (!bar || bar.day === drag.to) return;
    drag.to = bar.day;
    drag.moved = drag.to !== drag.from;
    markDrag();
  });
  document.addEventListener("pointerup", function () {
    if (!drag || !drag.moved) { drag = null; return; }
    var url = new URL(location.href);
    url.searchParams.set("date_from", drag.from < drag.to ? drag.from : drag.to);
    url.searchParams.set("date_to", drag.from < drag.to ? drag.to : drag.from);
    url.searchParams.delete("page");
    drag.done = true;
    navigate(url.toString(), "#date_from", true);
  });
  document.addEventListener("click", function (ev) {
    if (drag && drag.done && barDay(ev.target)) { ev.preventDefault(); ev.stopPropagation(); }
    if (drag && drag.done) drag = null;
  }, true);

  // Record the first entry so popstate back to it re-renders from the URL like the others.
  history.replaceState({ newsfacet: true }, "", location.href);
  enhance(document);
})();
