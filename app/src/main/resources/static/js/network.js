// A small force-directed network drawing in SVG, with no library: nodes repel, relationships pull, a few hundred
// steps settle it. A slider (input#map-day) replays how the network stood on each day something changed.
(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = ["#8a8a8a", "#6a6a6a", "#0b5394", "#0b4f6c", "#1e6b3a"]; // unaware … champion

  // Shapes by kind, so a legend can name them: organisations filled circles, people hollow ones, conversations
  // squares, advocacy diamonds, the decision a large square.
  var SHAPES = {
    person: function (n, p) { return el("circle", { cx: n.x, cy: n.y, r: 7, fill: "#ffffff" }, p); },
    organisation: function (n, p) { return el("circle", { cx: n.x, cy: n.y, r: 10, fill: "#0b4f6c" }, p); },
    conversation: function (n, p) { return el("rect", { x: n.x - 7, y: n.y - 7, width: 14, height: 14, fill: "#8e5a00" }, p); },
    advocacy: function (n, p) {
      return el("polygon", { points: [n.x, n.y - 10, n.x + 10, n.y, n.x, n.y + 10, n.x - 10, n.y].join(" "), fill: "#6a1b9a" }, p);
    },
    decision: function (n, p) { return el("rect", { x: n.x - 13, y: n.y - 13, width: 26, height: 26, fill: "#1e6b3a" }, p); }
  };

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  // keep: start a node that already has a position (drawn on another day) from there.
  function layout(nodes, edges, width, height, keep) {
    var byId = {};
    nodes.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / nodes.length;
      if (!keep || n.x === undefined) {
        n.x = width / 2 + Math.cos(angle) * width / 3; n.y = height / 2 + Math.sin(angle) * height / 3;
      }
      byId[n.id] = n;
    });
    var k = Math.sqrt(width * height / Math.max(1, nodes.length)) * 0.75;
    for (var step = 0; step < 400; step++) {
      var t = 0.15 * (1 - step / 400) * k + 0.5;
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
          var f = k * k / d;
          a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
        }
      }
      edges.forEach(function (e) {
        var a = byId[e.a], b = byId[e.b];
        if (!a || !b) { return; }
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
        var f = d * d / k;
        a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
      });
      nodes.forEach(function (n) {
        var d = Math.max(1, Math.sqrt(n.dx * n.dx + n.dy * n.dy));
        n.x += n.dx / d * Math.min(d, t); n.y += n.dy / d * Math.min(d, t);
        // gentle pull to the centre keeps separate clusters on screen
        n.x += (width / 2 - n.x) * 0.004; n.y += (height / 2 - n.y) * 0.004;
        n.x = Math.min(width - 60, Math.max(60, n.x)); n.y = Math.min(height - 30, Math.max(30, n.y));
      });
    }
    return byId;
  }

  /** The edge as it stood on a day: null before it was recorded. */
  function stateOn(edge, day) {
    if (edge.recordedOn > day) { return null; }
    var strength = null, label = "", atRisk = false;
    edge.history.forEach(function (h) { if (h.on <= day) { strength = h.strength; label = h.label; } });
    edge.risks.forEach(function (r) { if (r.on <= day) { atRisk = r.atRisk; } });
    return strength === null ? null : { strength: strength, label: label, atRisk: atRisk };
  }

  function draw(svg, data) {
    var width = svg.clientWidth || 800, height = svg.clientHeight || 500;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var byId = layout(data.nodes, data.edges, width, height);
    var edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
    var lines = data.edges.map(function (e) {
      var a = byId[e.a], b = byId[e.b];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge" }, edgeLayer);
      var title = el("title", {}, line);
      return { edge: e, line: line, title: title, a: a, b: b };
    });
    var circles = data.nodes.map(function (n) {
      var link = el("a", { href: n.href || "#", "class": "node node--" + n.kind + (n.risk ? " is-risk" : ""),
        tabindex: "0" }, nodeLayer);
      link.setAttribute("aria-label", n.name + " (" + n.kind + (n.risk ? ", key-person risk" : "") + ")");
      var shape = SHAPES[n.kind] ? SHAPES[n.kind](n, link) : el("circle", { cx: n.x, cy: n.y, r: 10, fill: "#0b4f6c" }, link);
      if (n.risk) { el("circle", { cx: n.x, cy: n.y, r: 16, fill: "none", stroke: "#b3261e", "stroke-width": 3 }, link); }
      el("title", {}, link).textContent = n.name;
      // Labels on the right-hand side go to the left of their node, so they stay inside the drawing.
      var left = n.x > width * 0.65;
      el("text", { x: left ? n.x - 14 : n.x + 14, y: n.y + 4, "text-anchor": left ? "end" : "start" }, link)
        .textContent = n.name.length > 40 ? n.name.slice(0, 38) + "…" : n.name;
      return { node: n, link: link, shape: shape };
    });
    function show(day) {
      var active = {};
      lines.forEach(function (l) {
        var s = stateOn(l.edge, day);
        l.line.style.display = s ? "" : "none";
        if (!s) { return; }
        active[l.edge.a] = active[l.edge.b] = true;
        l.line.setAttribute("stroke", s.atRisk ? "#b3261e" : COLOURS[s.strength]);
        l.line.setAttribute("stroke-width", 1.5 + s.strength * 1.5);
        l.line.setAttribute("class", "edge" + (s.atRisk ? " is-risk" : ""));
        l.title.textContent = l.a.name + " – " + l.b.name + ": " + s.label + (s.atRisk ? " (at risk)" : "");
      });
      circles.forEach(function (c) {
        // A node with a first day (journeys) appears on that day; others fade while they have no relationship.
        if (c.node.since) { c.link.style.display = c.node.since <= day ? "" : "none"; }
        else { c.link.style.opacity = active[c.node.id] ? 1 : 0.35; }
      });
    }
    return show;
  }

  // Where each node was last drawn, so re-drawing another day keeps people roughly in place.
  var placed = {};

  /**
   * The network graph read model's answer for one day (relationship map): every figure comes from the server —
   * r from betweenness, colour and width from strength — so this only lays out and draws.
   */
  function drawFigures(svg, data) {
    var width = svg.clientWidth || 800, height = svg.clientHeight || 500;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    data.nodes.forEach(function (n) { var p = placed[n.id]; if (p) { n.x = p.x; n.y = p.y; } });
    var byId = layout(data.nodes, data.links, width, height, true);
    var linkLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
    data.links.forEach(function (l) {
      var a = byId[l.a], b = byId[l.b];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: l.colour, "stroke-width": l.width,
        "class": "link" + (l.atRisk ? " is-risk" : ""), "data-source": l.a, "data-target": l.b,
        "data-kinds": l.kinds, "data-strength": l.strength }, linkLayer);
      el("title", {}, line).textContent = l.title;
    });
    data.nodes.forEach(function (n) {
      placed[n.id] = { x: n.x, y: n.y };
      var link = el("a", { href: "/" + (n.kind === "person" ? "people" : "organisations") + "/" + n.id,
        "class": "node node--" + n.kind, tabindex: "0" }, nodeLayer);
      link.setAttribute("aria-label", n.name + " (" + n.kind + ", betweenness " + n.betweenness + ")");
      el("circle", { cx: n.x, cy: n.y, r: n.r, fill: n.kind === "person" ? "#ffffff" : "#0b4f6c",
        "data-node": n.id, "data-betweenness": n.betweenness }, link);
      el("title", {}, link).textContent = n.name + ": betweenness " + n.betweenness;
      var left = n.x > width * 0.65;
      el("text", { x: left ? n.x - n.r - 4 : n.x + n.r + 4, y: n.y + 4, "text-anchor": left ? "end" : "start" }, link)
        .textContent = n.name.length > 40 ? n.name.slice(0, 38) + "…" : n.name;
    });
  }

  function dataFor(svg) {
    var id = svg.getAttribute("data-network-graph");
    var data = (window.irrigateGraphs || {})[id];
    var script = document.getElementById(id);
    if (!data && script && script.type === "application/json") { data = JSON.parse(script.textContent); }
    return data && data.nodes ? data : null;
  }

  function drawAll(root) {
    root.querySelectorAll("svg[data-network-graph]").forEach(function (svg) {
      var data = dataFor(svg);
      if (!data || svg.getAttribute("data-drawn")) { return; }
      svg.setAttribute("data-drawn", "true");
      if (data.links) { drawFigures(svg, data); return; }
      var show = draw(svg, data);
      var slider = document.getElementById(svg.getAttribute("data-slider") || "map-day");
      var output = slider && document.getElementById(slider.id + "-value");
      var days = data.days;
      function update() {
        var day = days[slider ? +slider.value : days.length - 1];
        if (output) { output.textContent = day; }
        show(day || "9999-12-31");
      }
      if (slider) { slider.addEventListener("input", update); }
      update();
    });
  }

  // A slider whose stops are days held in data-days (the relationship map): name the day while sliding; the
  // form asks the server for that day's map when the slider is let go.
  function nameDays() {
    var slider = document.getElementById("map-day");
    if (!slider || !slider.getAttribute("data-days")) { return; }
    var days = slider.getAttribute("data-days").split(",");
    var output = document.getElementById("map-day-value");
    slider.addEventListener("input", function () { output.textContent = days[+slider.value]; });
    var button = slider.form && slider.form.querySelector("button[type=submit]");
    if (button && window.htmx) { button.hidden = true; }
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawAll(document);
    nameDays();
    document.body.addEventListener("htmx:load", function (e) { drawAll(e.detail.elt); });
  });
})();
