"""The page's own JavaScript (runs inside the template after the data blocks).

It never parses markup: every string from the data goes on screen through
textContent or new Option(), so article text stays text. Filters only flip
`hidden` on the items whose visibility changed, which keeps a 5,000-node
page responsive; positions come from Python and physics stays off.
"""

SCRIPT = r"""
  var KIND_AR = { Country: "دولة · country", Person: "شخص · person", Organisation: "منظمة · organisation",
    Office: "منصب · office", AnonymousSource: "مصدر مجهول · anonymous", Issue: "قضية · issue", "": "أخرى · other" };
  var EDGE_AR = { supports: "يؤيد · supports", opposes: "يعارض · opposes", said: "قال · said",
    affiliation: "ينتمي · affiliation", link: "علاقة أخرى · other" };
  var VERB = { supports: " ← يؤيد ← ", opposes: " ← يعارض ← ", said: " ← قال عن ← ", affiliation: " ← ينتمي إلى ← " };
  var byId = {};
  NODES.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  EDGES.forEach(function (e) { edgeById[e.id] = e; });

  function el(tag, text, cls) {
    var d = document.createElement(tag);
    if (text !== undefined && text !== null) { d.textContent = String(text); }
    if (cls) { d.className = cls; }
    return d;
  }
  function fold(s) {   // the same normal form as kg.ingest.arabic.normalize_phrase
    s = (s || "").normalize("NFKC").replace(/[\u064B-\u065F\u0670\u0640\u200c\u200e\u200f]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647")
      .replace(/\u0624/g, "\u0648").replace(/[\u0626\u06CC]/g, "\u064A").replace(/\u067E/g, "\u0628")
      .replace(/[\u06AF\u06A9]/g, "\u0643").replace(/\u0686/g, "\u062C").replace(/\u06A4/g, "\u0641").toLowerCase();
    return s.split(/\s+/).map(function (w) { return w.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ""); })
      .filter(Boolean).join(" ");
  }
  function sizeOf(n, by) {
    var v = by === "statements" ? n.n : n.deg;
    return Math.round(Math.min(10 + 5 * Math.sqrt(v || 0), 60));
  }
  NODES.forEach(function (n) { n.size = sizeOf(n, VIEW.sizeBy); n.hidden = false; });
  EDGES.forEach(function (e) {
    e.hidden = false;
    e.arrows = { to: { enabled: e.kind !== "affiliation", scaleFactor: 0.5 } };
    if (e.kind === "said" && !VIEW.big) { e.smooth = { enabled: true, type: "curvedCW", roundness: 0.25 }; }
  });

  var nodes = new vis.DataSet(NODES);
  var edges = new vis.DataSet(EDGES);
  var options = {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: VIEW.big, hideEdgesOnZoom: VIEW.big },
    edges: { smooth: false, font: { size: 11, align: "middle" } },
    nodes: { font: { size: 15, face: "Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif" },
             scaling: { label: { drawThreshold: VIEW.big ? 6 : 4 } }, borderWidth: 1 }
  };
  var container = document.getElementById("net");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  document.getElementById("title").textContent = VIEW.title;

  function fitAll() {   // like network.fit(), but the canvas notes (side headings, time axis) stay in view
    var xs = [], ys = [];
    NODES.forEach(function (n) { if (!n.hidden) { xs.push(n.x); ys.push(n.y); } });
    VIEW.notes.forEach(function (a) {
      if (a.line) { xs.push(a.line[0], a.line[2]); ys.push(a.line[1], a.line[3]); } else { xs.push(a.x - 90, a.x + 90); ys.push(a.y - 20, a.y + 10); }
    });
    if (!xs.length) { return; }
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var scale = Math.min(container.clientWidth / (x1 - x0 + 160), container.clientHeight / (y1 - y0 + 120), 1.5);
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: false });
  }

  // notes drawn on the canvas: side headings of the stance map, the actor view's time axis
  network.on("afterDrawing", function (ctx) {
    VIEW.notes.forEach(function (a) {
      ctx.save();
      ctx.strokeStyle = ctx.fillStyle = a.color || "#555";
      if (a.line) {
        ctx.lineWidth = 2; ctx.beginPath(); ctx.moveTo(a.line[0], a.line[1]); ctx.lineTo(a.line[2], a.line[3]); ctx.stroke();
      } else {
        ctx.font = "bold 22px Noto Naskh Arabic, DejaVu Sans, sans-serif"; ctx.textAlign = "center"; ctx.direction = "rtl";
        ctx.fillText(a.text, a.x, a.y);
      }
      ctx.restore();
    });
  });

  // ---- tooltips: Arabic label, English where known ----
  var tip = document.getElementById("tip");
  function showTip(lines, pointer) {
    tip.textContent = "";
    lines.forEach(function (l) { if (l[0]) { tip.appendChild(el("div", l[0], l[1])); } });
    tip.style.left = (pointer.x + 14) + "px"; tip.style.top = (pointer.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var n = byId[p.node];
    showTip([[n.label, ""], [n.en, "en"], [(KIND_AR[n.kind] || n.kind) + " — " + n.deg + " روابط · links, " + n.n + " تصريحات · statements", "meta"]], p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById[p.edge], ev = e.evidence[0];
    showTip([[byId[e.from].label + (VERB[e.kind] || " — ") + byId[e.to].label, ""],
             [(e.label || EDGE_AR[e.kind] || e.kind) + (e.ne ? " — " + e.ne + " تصريحات · statements" : ""), "meta"],
             [ev ? "«" + (ev.quote || "").slice(0, 160) + "»" : "", ""]], p.pointer.DOM);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // ---- filters ----
  var allPubs = {}, minDate = "", maxDate = "";
  function scan(ev) {
    allPubs[ev.publisher || ""] = true;
    if (ev.date) { if (!minDate || ev.date < minDate) { minDate = ev.date; } if (ev.date > maxDate) { maxDate = ev.date; } }
  }
  EDGES.forEach(function (e) { e.evidence.forEach(scan); });
  NODES.forEach(function (n) { n.quotes.forEach(scan); });
  function checkbox(box, value, text) {
    var l = el("label"), c = document.createElement("input");
    c.type = "checkbox"; c.checked = true; c.value = value;
    l.appendChild(c); l.appendChild(document.createTextNode(" " + text)); box.appendChild(l);
  }
  var kindsPresent = {}, ekindsPresent = {};
  NODES.forEach(function (n) { kindsPresent[n.kind] = true; });
  EDGES.forEach(function (e) { ekindsPresent[e.kind] = true; });
  Object.keys(kindsPresent).sort().forEach(function (k) { checkbox(document.getElementById("kinds"), k, KIND_AR[k] || k || "—"); });
  ["supports", "opposes", "said", "affiliation", "link"].forEach(function (k) {
    if (ekindsPresent[k]) { checkbox(document.getElementById("ekinds"), k, EDGE_AR[k]); }
  });
  Object.keys(allPubs).sort().forEach(function (p) { checkbox(document.getElementById("pubs"), p, p || "غير معروف · unknown"); });
  var from = document.getElementById("from"), to = document.getElementById("to");
  from.min = to.min = minDate; from.max = to.max = maxDate;

  function checked(id) {
    var s = {};
    document.querySelectorAll("#" + id + " input:checked").forEach(function (c) { s[c.value] = true; });
    return s;
  }
  var F = null;
  function readFilters() {
    var pubs = checked("pubs"), ek = checked("ekinds");
    var f = { from: from.value, to: to.value, kinds: checked("kinds"), ekinds: ek, pubs: pubs };
    f.dated = !!(f.from || f.to);
    f.pubsNarrow = Object.keys(pubs).length < Object.keys(allPubs).length;
    f.narrow = f.dated || f.pubsNarrow || ["supports", "opposes", "said"].some(function (k) { return ekindsPresent[k] && !ek[k]; });
    return f;
  }
  function passEv(ev) {
    if (F.dated && (!ev.date || (F.from && ev.date < F.from) || (F.to && ev.date > F.to))) { return false; }
    return !F.pubsNarrow || !!F.pubs[ev.publisher || ""];
  }
  function apply() {
    F = readFilters();
    var edgeOK = {}, touched = {}, nodeOK = {};
    EDGES.forEach(function (e) {
      var ok = !!F.ekinds[e.kind] && (e.kind === "affiliation" || e.kind === "link" || e.evidence.some(passEv));
      edgeOK[e.id] = ok;
      if (ok && e.kind !== "affiliation") {
        if (F.kinds[byId[e.to].kind]) { touched[e.from] = true; }
        if (F.kinds[byId[e.from].kind]) { touched[e.to] = true; }
      }
    });
    var nChanges = [], eChanges = [], shownN = 0, shownE = 0;
    NODES.forEach(function (n) {
      var ok = !!F.kinds[n.kind] && (!F.narrow || touched[n.id] || n.quotes.some(passEv));
      nodeOK[n.id] = ok; shownN += ok ? 1 : 0;
      if (n.hidden === ok) { n.hidden = !ok; nChanges.push({ id: n.id, hidden: !ok }); }
    });
    EDGES.forEach(function (e) {
      var ok = edgeOK[e.id] && nodeOK[e.from] && nodeOK[e.to];
      shownE += ok ? 1 : 0;
      if (e.hidden === ok) { e.hidden = !ok; eChanges.push({ id: e.id, hidden: !ok }); }
    });
    if (nChanges.length) { nodes.update(nChanges); }
    if (eChanges.length) { edges.update(eChanges); }
    document.getElementById("counts").textContent = "معروض · shown: " + shownN + " / " + NODES.length +
      " عقدة · nodes, " + shownE + " / " + EDGES.length + " علاقة · edges";
    return { nodes: shownN, edges: shownE };
  }
  document.getElementById("filters").addEventListener("change", apply);
  document.getElementById("reset").addEventListener("click", function () {
    from.value = to.value = "";
    document.querySelectorAll("#filters input[type=checkbox]").forEach(function (c) { c.checked = true; });
    apply();
  });
  document.getElementById("sizeby").value = VIEW.sizeBy;
  document.getElementById("sizeby").addEventListener("change", function (ev) {
    nodes.update(NODES.map(function (n) { n.size = sizeOf(n, ev.target.value); return { id: n.id, size: n.size }; }));
  });

  // ---- the side panel: quote trails, node details, the view's introduction ----
  var detail = document.getElementById("detail");
  function link(text, onclick) { var a = el("a", text, "go"); a.addEventListener("click", onclick); return a; }
  function quoteItem(it, speaker) {
    var q = el("div", null, "q");
    var who = it.speaker || speaker || "";
    q.appendChild(el("div", (who ? who + ": " : "") + "«" + (it.quote || "") + "»"));
    q.appendChild(el("div", [it.date, it.title, it.publisher, it.source].filter(Boolean).join(" — "), "meta"));
    return q;
  }
  function trail(items, total, speaker) {
    var shown = items.filter(passEv), box = el("div");
    if (shown.length < items.length) { box.appendChild(el("div", (items.length - shown.length) + " خارج التصفية · outside the filters", "meta")); }
    if (total > items.length) { box.appendChild(el("div", "أحدث " + items.length + " من " + total + " · newest " + items.length + " of " + total, "meta")); }
    shown.forEach(function (it) { box.appendChild(quoteItem(it, speaker)); });
    return box;
  }
  function showEdge(id) {
    var e = edgeById[id], a = byId[e.from], b = byId[e.to];
    detail.textContent = "";
    detail.appendChild(el("h2", a.label + (VERB[e.kind] || (" — " + (e.label || "") + " — ")) + b.label));
    detail.appendChild(el("div", (EDGE_AR[e.kind] || e.label || e.kind) + (e.ne ? " — " + e.ne + " تصريحات · statements" : ""), "meta"));
    detail.appendChild(trail(e.evidence, e.ne, e.kind === "supports" || e.kind === "opposes" ? "" : a.label));
    return e.evidence.length;
  }
  function showNode(id) {
    var n = byId[id];
    detail.textContent = "";
    detail.appendChild(el("h2", n.label + (n.en ? " (" + n.en + ")" : "")));
    detail.appendChild(el("div", (KIND_AR[n.kind] || n.kind) + " — " + n.deg + " روابط · links, " + n.n + " تصريحات · statements", "meta"));
    (n.props || []).forEach(function (p) { detail.appendChild(el("div", p[0] + ": " + p[1], "meta")); });
    var links = network.getConnectedEdges(id).map(function (i) { return edgeById[i]; })
      .filter(function (e) { return e.ne; }).sort(function (x, y) { return y.ne - x.ne; });
    if (links.length) {
      detail.appendChild(el("h3", "العلاقات · relations"));
      links.slice(0, 40).forEach(function (e) {
        var d = el("div");
        d.appendChild(link(byId[e.from].label + (VERB[e.kind] || " — ") + byId[e.to].label + " (" + e.ne + ")", function () { showEdge(e.id); }));
        detail.appendChild(d);
      });
    }
    if (n.quotes.length) {
      detail.appendChild(el("h3", "التصريحات · statements"));
      detail.appendChild(trail(n.quotes, n.nq, n.label));
    }
  }
  function timeline(items) {
    var months = {};
    items.forEach(function (it) { if (it.date && passEv(it)) { var m = it.date.slice(0, 7); months[m] = (months[m] || 0) + 1; } });
    var keys = Object.keys(months).sort().reverse(), top = Math.max.apply(null, keys.map(function (k) { return months[k]; }).concat([1]));
    var box = el("div");
    keys.forEach(function (k) {
      var row = el("div", null, "meta"), bar = el("span", null, "bar");
      bar.style.width = Math.max(4, 160 * months[k] / top) + "px";
      row.appendChild(document.createTextNode(k + " ")); row.appendChild(bar); row.appendChild(document.createTextNode(" " + months[k]));
      box.appendChild(row);
    });
    return box;
  }
  function edgeLine(e) {
    var d = el("div"), last = e.evidence[0] ? " — " + e.evidence[0].date : "";
    d.appendChild(link((EDGE_AR[e.kind] || e.kind) + ": " + byId[e.to].label + " (" + e.ne + ")" + last, function () { showEdge(e.id); }));
    return d;
  }
  function showIntro() {
    detail.textContent = "";
    var homes = {};
    VIEW.centres.concat(VIEW.homes).forEach(function (c) { homes[c] = true; });
    if (VIEW.mode === "target") {
      VIEW.centres.forEach(function (c) {
        detail.appendChild(el("h2", byId[c].label + (byId[c].en ? " (" + byId[c].en + ")" : "")));
        [["supports", "المؤيدون · supporters"], ["opposes", "المعارضون · opponents"]].forEach(function (s) {
          var items = [];
          EDGES.forEach(function (e) {
            if (e.to === c && e.kind === s[0]) { e.evidence.forEach(function (ev) { items.push([ev, byId[e.from].label]); }); }
          });
          items.sort(function (x, y) { return x[0].date < y[0].date ? 1 : x[0].date > y[0].date ? -1 : 0; });
          detail.appendChild(el("h3", s[1] + " (" + items.length + ")"));
          items.forEach(function (p) { if (passEv(p[0])) { detail.appendChild(quoteItem(p[0], p[1])); } });
        });
      });
    } else if (VIEW.mode === "actor") {
      var positions = EDGES.filter(function (e) { return homes[e.from] && (e.kind === "supports" || e.kind === "opposes" || e.kind === "said"); })
        .sort(function (x, y) { return (y.evidence[0] || {}).date > (x.evidence[0] || {}).date ? 1 : -1; });
      var said = [];
      VIEW.centres.forEach(function (c) { said = said.concat(byId[c].quotes); });
      said.sort(function (x, y) { return x.date < y.date ? 1 : x.date > y.date ? -1 : 0; });
      detail.appendChild(el("h2", VIEW.centres.map(function (c) { return byId[c].label; }).join("، ")));
      detail.appendChild(el("h3", "المواقف · positions (" + positions.length + ")"));
      positions.forEach(function (e) { detail.appendChild(edgeLine(e)); });
      detail.appendChild(el("h3", "عبر الزمن · over time"));
      var dated = said.slice();
      positions.forEach(function (e) { if (e.kind !== "said") { dated = dated.concat(e.evidence); } });
      detail.appendChild(timeline(dated));
      detail.appendChild(el("h3", "التصريحات · statements (" + said.length + ")"));
      said.forEach(function (it) { if (passEv(it)) { detail.appendChild(quoteItem(it, "")); } });
    } else {
      detail.appendChild(el("p", "انقر على علاقة لعرض التصريحات التي تستند إليها، أو على عقدة لعرض تفاصيلها. · Click an edge for the statements behind it, a node for its details.", "meta"));
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { showIntro(); }
  });

  // ---- search: any alef/hamza/ta marbuta spelling, or English ----
  var lastHits = [];
  function search(text) {
    var want = fold(text), wantEn = (text || "").trim().toLowerCase();
    lastHits = !want && !wantEn ? [] : NODES.filter(function (n) {
      return !n.hidden && ((want && n.key.indexOf(want) >= 0) || (wantEn && n.key.indexOf(wantEn) >= 0));
    }).map(function (n) { return n.id; });
    network.selectNodes(lastHits);
    if (lastHits.length) {
      network.fit({ nodes: lastHits, animation: false });
      if (lastHits.length === 1) { showNode(lastHits[0]); }
      else {
        detail.textContent = "";
        detail.appendChild(el("h3", lastHits.length + " نتيجة · matches"));
        lastHits.slice(0, 100).forEach(function (id) { var d = el("div"); d.appendChild(link(byId[id].label, function () { showNode(id); })); detail.appendChild(d); });
      }
    }
    return lastHits;
  }
  document.getElementById("search").addEventListener("input", function (ev) { search(ev.target.value); });

  if (VIEW.dropped) {
    var dr = VIEW.dropped, box = document.getElementById("dropped");
    var kinds = Object.keys(dr.by_kind).map(function (k) { return dr.by_kind[k] + " " + (KIND_AR[k] || k); }).join("، ");
    box.textContent = "عُرضت أعلى " + dr.max_nodes + " عقدة حسب الدرجة؛ أُسقطت " + dr.nodes + " عقدة (" + kinds + ") و" + dr.edges +
      " علاقة، كلها بدرجة " + dr.max_degree_dropped + " أو أقل. · Showing the top " + dr.max_nodes + " nodes by degree; dropped " +
      dr.nodes + " nodes and " + dr.edges + " edges (degree ≤ " + dr.max_degree_dropped + "). Use kg viz --max-nodes to change.";
    box.hidden = false;
  }
  apply();
  showIntro();
  fitAll();
  window.kg = { network: network, nodes: nodes, edges: edges, apply: apply, search: search, fold: fold,
                showEdge: showEdge, showNode: showNode, showIntro: showIntro, fitAll: fitAll, ready: null,
                hits: function () { return lastHits.slice(); },
                visible: function () { return { nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
                                                edges: edges.get({ filter: function (e) { return !e.hidden; } }).length }; } };
  window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges;
  network.once("afterDrawing", function () { window.kg.ready = performance.now(); document.body.setAttribute("data-ready", "1"); });
  network.redraw();
"""
