"use strict";
(function () {
  var current = null;
  function hitsOf(id) {
    var out = [];
    document.querySelectorAll("mark[data-f]").forEach(function (m) {
      if (m.getAttribute("data-f").split(" ").indexOf(id) >= 0) { out.push(m); }
    });
    return out;
  }
  // show highlights the evidence of finding id in every report and scrolls
  // each report column so its first piece of evidence is visible.
  function show(id, fromText) {
    document.querySelectorAll("mark.hit").forEach(function (m) { m.classList.remove("hit"); });
    document.querySelectorAll(".finding.active").forEach(function (f) { f.classList.remove("active"); });
    var item = document.getElementById("finding-" + id);
    if (!item) { return; }
    item.classList.add("active");
    current = id;
    var hits = hitsOf(id);
    hits.forEach(function (m) { m.classList.add("hit"); });
    document.querySelectorAll(".report .body").forEach(function (col) {
      var first = col.querySelector("mark.hit");
      if (first) { col.scrollTop = Math.max(0, first.offsetTop - col.clientHeight / 3); }
    });
    if (fromText) {
      item.scrollIntoView({ block: "nearest" });
    } else if (hits.length > 0) {
      hits[0].scrollIntoView({ block: "center", inline: "nearest" });
    }
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  }
  document.querySelectorAll("button.pick").forEach(function (b) {
    b.addEventListener("click", function () { show(b.getAttribute("data-id"), false); });
  });
  document.querySelectorAll("mark[data-f]").forEach(function (m) {
    m.addEventListener("click", function () {
      var ids = m.getAttribute("data-f").split(" ");
      var next = ids[(ids.indexOf(current) + 1) % ids.length];
      show(next, true);
    });
  });
  document.querySelectorAll(".filters button").forEach(function (b) {
    b.addEventListener("click", function () {
      document.querySelectorAll(".filters button").forEach(function (o) { o.classList.remove("on"); });
      b.classList.add("on");
      document.body.className = "";
      var f = b.getAttribute("data-filter");
      if (f !== "all") { document.body.classList.add("only-" + f); }
    });
  });
  if (location.hash.length > 1) { show(decodeURIComponent(location.hash.slice(1)), false); }
})();
