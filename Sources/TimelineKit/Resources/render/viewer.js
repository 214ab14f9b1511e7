// Filtering and keyboard navigation of timeline.html (inlined by HTMLRenderer).
// Reads the events from the list's data-* attributes; fetches nothing.
// The query string sets the filters: ?q=words&actor=id&type=t&since=YYYY-MM-DD&until=YYYY-MM-DD
(function () {
  "use strict";
  var fields = ["q", "actor", "type", "since", "until"];
  var controls = {};
  fields.forEach(function (name) { controls[name] = document.getElementById(name); });
  var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var current = -1;

  function svgNode(item) { return document.getElementById(item.getAttribute("data-svg")); }

  function matches(item, f) {
    if (f.actor && (" " + item.getAttribute("data-actors") + " ").indexOf(" " + f.actor + " ") < 0) return false;
    if (f.type && item.getAttribute("data-type") !== f.type) return false;
    var start = item.getAttribute("data-start"), end = item.getAttribute("data-end");
    if (f.since && (!end || end < f.since)) return false;
    if (f.until && (!start || start > f.until)) return false;
    if (f.words.length) {
      var text = item.getAttribute("data-text");
      for (var i = 0; i < f.words.length; i++) if (text.indexOf(f.words[i]) < 0) return false;
    }
    return true;
  }

  function apply(updateURL) {
    var f = { actor: controls.actor.value, type: controls.type.value, since: controls.since.value, until: controls.until.value,
              words: controls.q.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; }) };
    var shown = 0;
    items.forEach(function (item) {
      var ok = matches(item, f);
      item.hidden = !ok;
      var node = svgNode(item);
      if (node) node.classList.toggle("dim", !ok);
      if (ok) shown++;
    });
    count.textContent = shown + " of " + items.length + " events";
    none.hidden = shown > 0;
    document.body.setAttribute("data-shown", String(shown));
    if (updateURL && window.history && history.replaceState) {
      var params = new URLSearchParams();
      fields.forEach(function (name) { if (controls[name].value) params.set(name, controls[name].value); });
      var query = params.toString();
      try { history.replaceState(null, "", query ? "?" + query : location.pathname); } catch (e) { /* file: URLs may refuse */ }
    }
  }

  function visible() { return items.filter(function (item) { return !item.hidden; }); }

  function focusItem(item) {
    items.forEach(function (other) {
      other.classList.remove("current");
      var node = svgNode(other);
      if (node) node.classList.remove("current");
    });
    if (!item) return;
    item.classList.add("current");
    item.focus();
    current = items.indexOf(item);
  }

  function move(step) {
    var list = visible();
    if (!list.length) return;
    var at = list.indexOf(items[current]);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    focusItem(list[next]);
  }

  function showOnChart(item) {
    var node = svgNode(item);
    if (!node) return;
    node.classList.add("current");
    if (node.scrollIntoView) node.scrollIntoView({ block: "center", inline: "center" });
  }

  var params = new URLSearchParams(location.search);
  fields.forEach(function (name) { if (params.has(name)) controls[name].value = params.get(name); });
  fields.forEach(function (name) {
    controls[name].addEventListener("input", function () { apply(true); });
    controls[name].addEventListener("change", function () { apply(true); });
  });
  document.getElementById("clear").addEventListener("click", function () {
    fields.forEach(function (name) { controls[name].value = ""; });
    apply(true);
  });

  items.forEach(function (item) {
    var node = svgNode(item);
    if (node) node.addEventListener("click", function () { focusItem(item); });
    item.addEventListener("click", function () { focusItem(item); });
  });

  document.addEventListener("keydown", function (event) {
    var typing = event.target && /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
    if (event.key === "Escape") {
      if (typing) event.target.blur();
      fields.forEach(function (name) { controls[name].value = ""; });
      apply(true);
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/") { event.preventDefault(); controls.q.focus(); }
    else if (event.key === "j" || event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "k" || event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Enter" && current >= 0) { event.preventDefault(); showOnChart(items[current]); }
  });

  apply(false);
})();
