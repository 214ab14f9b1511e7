// Filtering and keyboard navigation of timeline.html (inlined by HTMLRenderer).
// Reads the events from the list's data-* attributes and text; fetches nothing.
// The query string sets the filters: ?q=words&actor=id&type=t&since=YYYY-MM-DD&until=YYYY-MM-DD
// A fragment #item-ID opens the page with that event focused and shown on the chart.
// ?view=key|all chooses the view: the story's key dates and their chart (the
// default when the page has them), or every event with the filters.
(function () {
  "use strict";
  var viewButtons = Array.prototype.slice.call(document.querySelectorAll("nav#views button"));
  function setView(view, updateURL) {
    if (!viewButtons.length) return;
    document.body.setAttribute("data-view", view);
    viewButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-view") === view)); });
    if (updateURL && window.history && history.replaceState) {
      var query = new URLSearchParams(location.search);
      if (view === "key") query.delete("view"); else query.set("view", view);
      var text = query.toString();
      try { history.replaceState(null, "", (text ? "?" + text : location.pathname) + location.hash); } catch (e) { /* file: URLs may refuse */ }
    }
  }
  viewButtons.forEach(function (b) { b.addEventListener("click", function () { setView(b.getAttribute("data-view"), true); }); });
  var fields = ["q", "actor", "type", "since", "until"];
  var controls = {};
  fields.forEach(function (name) { controls[name] = document.getElementById(name); });
  var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var note = document.getElementById("chart-note");
  var current = -1;

  // Each event's own element on the chart, or the "+N more" group it sits in
  // (a group lists its events' element ids in data-events), looked up once.
  var groups = Array.prototype.slice.call(document.querySelectorAll("#chart g.cluster"));
  var groupOf = {};
  groups.forEach(function (group) {
    (group.getAttribute("data-events") || "").split(" ").forEach(function (id) { if (id) groupOf[id] = group; });
  });
  var nodes = items.map(function (item) { return document.getElementById(item.getAttribute("data-svg")); });
  var itemOf = {};
  items.forEach(function (item, i) { itemOf[item.getAttribute("data-svg")] = i; });

  // The words searched: the item's own text, read on the first search (not
  // copied into the page a second time).
  var texts = null;
  function text(i) {
    if (!texts) texts = items.map(function (item) {
      return (item.textContent + " " + item.getAttribute("data-value")).replace(/\s+/g, " ").toLowerCase();
    });
    return texts[i];
  }

  function matches(i, f) {
    var item = items[i];
    if (f.actor && (" " + item.getAttribute("data-actors") + " ").indexOf(" " + f.actor + " ") < 0) return false;
    if (f.type && item.getAttribute("data-type") !== f.type) return false;
    var start = item.getAttribute("data-start"), end = item.getAttribute("data-end");
    if (f.since && (!end || end < f.since)) return false;
    if (f.until && (!start || start > f.until)) return false;
    if (f.words.length) {
      var haystack = text(i);
      for (var w = 0; w < f.words.length; w++) if (haystack.indexOf(f.words[w]) < 0) return false;
    }
    return true;
  }

  function apply(updateURL) {
    var f = { actor: controls.actor.value, type: controls.type.value, since: controls.since.value, until: controls.until.value,
              words: controls.q.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; }) };
    var filtering = !!(f.actor || f.type || f.since || f.until || f.words.length);
    var shown = 0, left = new Map();
    items.forEach(function (item, i) {
      var ok = matches(i, f);
      item.hidden = !ok;
      if (nodes[i]) nodes[i].classList.toggle("dim", !ok);
      var group = groupOf[item.getAttribute("data-svg")];
      if (group && ok) left.set(group, (left.get(group) || 0) + 1);
      if (ok) shown++;
    });
    // A group is dimmed when the filters leave none of its events, and says
    // how many they leave when some.
    groups.forEach(function (group) {
      var n = left.get(group) || 0;
      group.classList.toggle("dim", filtering && n === 0);
      if (filtering && n > 0) group.setAttribute("data-shown", String(n)); else group.removeAttribute("data-shown");
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

  function clearCurrent() {
    items.forEach(function (other, i) {
      other.classList.remove("current");
      if (nodes[i]) nodes[i].classList.remove("current");
    });
    groups.forEach(function (group) { group.classList.remove("current"); });
  }

  function focusItem(item) {
    clearCurrent();
    if (!item) return;
    item.classList.add("current");
    item.focus({ preventScroll: true });
    if (item.scrollIntoView) item.scrollIntoView({ block: "nearest" });
    current = items.indexOf(item);
  }

  function say(message) {
    if (!note) return;
    note.textContent = message;
    note.hidden = !message;
  }

  // Highlights the event's marker, or, for an event drawn only as part of a
  // "+N more" group, the group's marker, and says which it is.
  function showOnChart(item, scroll) {
    var i = items.indexOf(item);
    var node = nodes[i], label = item.querySelector(".summary");
    var what = "\u201c" + (label ? label.textContent : item.id) + "\u201d";
    var target = node;
    if (node) {
      say("");
    } else if (groupOf[item.getAttribute("data-svg")]) {
      target = groupOf[item.getAttribute("data-svg")];
      var heading = target.querySelector("text");
      say(what + " has no label of its own on the chart: it is one of the " + target.getAttribute("data-count") +
          " events grouped under \u201c" + (heading ? heading.textContent.replace(/\s+/g, " ").trim() : "+N more") + "\u201d, highlighted there.");
    } else {
      say(what + " is not drawn on the chart (it shows only the most-told events); it is listed below.");
      return;
    }
    target.classList.add("current");
    document.body.setAttribute("data-chart-current", target.id);
    if (scroll !== false && target.scrollIntoView) target.scrollIntoView({ block: "center", inline: "center" });
  }

  var params = new URLSearchParams(location.search);
  fields.forEach(function (name) { if (params.has(name)) controls[name].value = params.get(name); });
  // A filter or a linked event asks for the full list.
  var wantsAll = params.get("view") === "all" || fields.some(function (name) { return params.has(name); }) ||
    (location.hash && location.hash.indexOf("#item-") === 0);
  setView(params.get("view") === "key" ? "key" : wantsAll ? "all" : "key", false);
  // A key date's event link opens the full list at that event.
  Array.prototype.slice.call(document.querySelectorAll("section#key-dates a[href^='#item-']")).forEach(function (link) {
    link.addEventListener("click", function (event) {
      var item = document.getElementById(link.getAttribute("href").slice(1));
      if (!item) return;
      event.preventDefault();
      setView("all", true);
      if (item.hidden) { fields.forEach(function (name) { controls[name].value = ""; }); apply(true); }
      focusItem(item);
      showOnChart(item);
    });
  });
  fields.forEach(function (name) {
    controls[name].addEventListener("input", function () { apply(true); });
    controls[name].addEventListener("change", function () { apply(true); });
  });
  document.getElementById("clear").addEventListener("click", function () {
    fields.forEach(function (name) { controls[name].value = ""; });
    apply(true);
  });

  // Clicks: an event on the chart focuses it in the list; a group focuses
  // the first of its events the filters leave.
  var chart = document.getElementById("chart");
  if (chart) chart.addEventListener("click", function (event) {
    var hit = event.target && event.target.closest ? event.target.closest("g.event, g.cluster") : null;
    if (!hit) return;
    if (hit.classList.contains("event")) {
      if (itemOf[hit.id] !== undefined) { focusItem(items[itemOf[hit.id]]); say(""); hit.classList.add("current"); }
      return;
    }
    var members = (hit.getAttribute("data-events") || "").split(" ").map(function (id) { return items[itemOf[id]]; })
      .filter(function (item) { return item && !item.hidden; });
    if (!members.length) return;
    focusItem(members[0]);
    showOnChart(members[0]);
  });
  items.forEach(function (item) { item.addEventListener("click", function () { focusItem(item); }); });

  document.addEventListener("keydown", function (event) {
    var typing = event.target && /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
    if (event.key === "Escape") {
      if (typing) event.target.blur();
      fields.forEach(function (name) { controls[name].value = ""; });
      say("");
      apply(true);
      return;
    }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/") { event.preventDefault(); controls.q.focus(); }
    else if (event.key === "j" || event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "k" || event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Enter" && current >= 0) { event.preventDefault(); showOnChart(items[current]); }
  });

  function move(step) {
    var list = visible();
    if (!list.length) return;
    var at = list.indexOf(items[current]);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    focusItem(list[next]);
  }

  apply(false);
  var linked = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (linked && linked.classList.contains("event") && !linked.hidden) {
    focusItem(linked);
    showOnChart(linked, false);
    // After the browser's own jump to the fragment: the chart, with the event marked, in view.
    window.addEventListener("load", function () { setTimeout(function () { showOnChart(linked, true); }, 0); });
  }
})();
