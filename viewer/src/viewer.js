// ppsnet interactive viewer (plain JavaScript, no framework). Reads the network written by ppsnet
// (exporters/src/viewer.cpp) from the JSON script element #ppsnet-data and shows it with Cytoscape.js
// at the positions ppsnet computed (preset layout: the browser never runs a layout).
// Every text from the data is put into the page with textContent or as a Cytoscape label, never as HTML.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('ppsnet-data').textContent);
  var nodes = data.nodes;
  var edges = data.edges;
  var colourBy = data.colour_by === 'community' ? 'community' : 'type';

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function formatInt(n) {
    return Number(n).toLocaleString('en-GB');
  }
  function formatScore(x) {
    if (x === null || x === undefined) return 'unknown';
    if (x === 0) return '0';
    if (Math.abs(x) >= 100) return formatInt(Math.round(x));
    return Number(x.toPrecision(3)).toString();
  }
  // Lower case without accents, for matching "fryslan" to "Fryslân".
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function regionOf(n) { return n.region === null ? 'unknown' : n.region; }
  // Community names: "community 2 · Agri & Food · Gelderland" when the analysis gave the community a label.
  var communityLabels = {};
  nodes.forEach(function (n) { if (n.community !== null && n.community_label) communityLabels[n.community] = n.community_label; });
  function communityName(number) {
    return 'community ' + number + (communityLabels[number] ? ' · ' + communityLabels[number] : '');
  }
  function communityOf(n) { return n.community === null ? 'none' : communityName(n.community); }
  function categoryOf(n) { return n.category === null ? 'unknown' : n.category; }

  // Neighbours within the drawn network.
  var neighbours = nodes.map(function () { return []; });
  edges.forEach(function (e) {
    neighbours[e[0]].push(e[1]);
    neighbours[e[1]].push(e[0]);
  });
  // Rank by centrality among the nodes in this page (1 = highest).
  var rankOf = new Array(nodes.length);
  nodes.map(function (n, i) { return i; })
      .sort(function (a, b) { return (nodes[b].centrality || 0) - (nodes[a].centrality || 0) || a - b; })
      .forEach(function (i, r) { rankOf[i] = r + 1; });
  var folded = nodes.map(function (n) { return fold(n.name) + '\u0000' + fold(n.external_id); });

  // ---- header and caption ----
  document.getElementById('title').textContent = data.title || 'ppsnet network';
  document.getElementById('subtitle').textContent =
      formatInt(nodes.length) + ' nodes and ' + formatInt(edges.length) +
      ' links shown. Click a node for details; scroll to zoom; drag the background to move.';
  document.getElementById('caption').textContent = data.caption;
  document.getElementById('centrality-name').textContent = data.centrality_name;

  // ---- Cytoscape ----
  var big = nodes.length > 3000 || edges.length > 6000;
  var elements = [];
  nodes.forEach(function (n, i) {
    elements.push({
      group: 'nodes',
      data: { id: 'n' + i, index: i, label: n.label, colour: colourBy === 'community' ? n.community_colour : n.colour,
              size: Math.max(6, n.size * 72), shape: n.shape === 'box' ? 'rectangle' : 'ellipse' },
      position: { x: n.x, y: n.y },
      classes: n.show_label ? 'labelled' : ''
    });
  });
  edges.forEach(function (e, k) {
    elements.push({ group: 'edges', data: { id: 'e' + k, source: 'n' + e[0], target: 'n' + e[1], width: e[3] } });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    minZoom: 0.01,
    maxZoom: 8,
    boxSelectionEnabled: false,
    autoungrabify: true,
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    style: [
      { selector: 'node', style: {
          'background-color': 'data(colour)', 'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
          'border-width': 0.6, 'border-color': '#555555', 'label': 'data(label)', 'font-size': 10, 'color': '#1f2328',
          'text-valign': 'bottom', 'text-margin-y': 2, 'text-outline-color': '#ffffff', 'text-outline-width': 1.5,
          'min-zoomed-font-size': 16, 'text-wrap': 'ellipsis', 'text-max-width': 260 } },
      { selector: 'node.labelled', style: { 'min-zoomed-font-size': 0, 'z-index': 5 } },
      { selector: 'node.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 20, 'border-width': 2, 'text-wrap': 'none',
                                         'border-color': '#0b62c4' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#8c8c8c', 'curve-style': 'haystack',
                                   'opacity': big ? 0.4 : 0.8 } },
      { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
      { selector: 'edge.hl', style: { 'line-color': '#0b62c4', 'opacity': 0.9, 'z-index': 10 } },
      { selector: 'node.hl', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffcc00', 'min-zoomed-font-size': 0, 'text-wrap': 'none',
                                            'z-index': 30, 'font-weight': 'bold' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });

  // A small network fitted to the window would be drawn huge: keep the first view at most at 1.5x.
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center();
  }

  // Labels that must stay readable (the most central, highlighted, selected) keep about 12 px on screen.
  var labelFrame = 0;
  var styled = cy.collection();
  function scaleLabels() {
    labelFrame = 0;
    var size = Math.max(10, 12 / cy.zoom());
    var want = cy.nodes('.labelled, .hl, .hover, :selected');
    cy.batch(function () {
      styled.difference(want).removeStyle('font-size text-outline-width');
      want.style({ 'font-size': size, 'text-outline-width': size / 7 });
    });
    styled = want;
  }
  cy.on('zoom', function () {
    if (!labelFrame) labelFrame = window.requestAnimationFrame(scaleLabels);
  });
  scaleLabels();

  function nodeOf(i) { return cy.getElementById('n' + i); }

  // ---- legend and colour-by ----
  function legendEntries() {
    if (colourBy === data.colour_by) return data.legend;
    var seen = {};
    var out = [];
    nodes.forEach(function (n) {
      var label = colourBy === 'community' ? (n.community === null ? 'no community' : 'community ' + n.community)
                                           : categoryOf(n);
      if (seen[label]) return;
      seen[label] = true;
      out.push({ label: label, colour: colourBy === 'community' ? n.community_colour : n.type_colour,
                 shape: colourBy === 'community' ? 'ellipse' : n.shape });
    });
    var collator = new Intl.Collator('en', { numeric: true });
    out.sort(function (a, b) { return collator.compare(a.label, b.label); });
    return out;
  }
  function swatch(colour, shape) {
    var s = el('span', 'swatch' + (shape === 'box' ? ' box' : ''));
    s.style.backgroundColor = colour;
    return s;
  }
  function renderLegend() {
    var list = document.getElementById('legend');
    list.replaceChildren();
    legendEntries().forEach(function (entry) {
      var li = el('li');
      li.appendChild(swatch(entry.colour, entry.shape));
      var m = /^community (\d+)$/.exec(entry.label);
      li.appendChild(el('span', '', m ? communityName(Number(m[1])) : entry.label));
      list.appendChild(li);
    });
  }
  function setColourBy(mode) {
    colourBy = mode;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = nodes[node.data('index')];
        node.data('colour', mode === data.colour_by ? n.colour : (mode === 'community' ? n.community_colour : n.type_colour));
      });
    });
    renderLegend();
  }
  document.querySelectorAll('input[name="colour-by"]').forEach(function (radio) {
    radio.checked = radio.value === colourBy;
    radio.addEventListener('change', function () { if (radio.checked) setColourBy(radio.value); });
  });
  renderLegend();

  // ---- filters ----
  var filters = [
    { id: 'filter-category', value: categoryOf, numeric: false },
    { id: 'filter-region', value: regionOf, numeric: false },
    { id: 'filter-community', value: communityOf, numeric: true }
  ];
  filters.forEach(function (f) {
    var counts = {};
    nodes.forEach(function (n) { var v = f.value(n); counts[v] = (counts[v] || 0) + 1; });
    var collator = new Intl.Collator('en', { numeric: f.numeric });
    var values = Object.keys(counts).sort(function (a, b) {
      var ua = a === 'unknown' || a === 'none', ub = b === 'unknown' || b === 'none';
      if (ua !== ub) return ua ? 1 : -1;
      return collator.compare(a, b);
    });
    f.allowed = {};
    var box = document.querySelector('#' + f.id + ' .options');
    var bulk = el('div', 'bulk');
    var all = el('button', 'link-button', 'all');
    var none = el('button', 'link-button', 'none');
    all.type = 'button';
    none.type = 'button';
    bulk.appendChild(all);
    bulk.appendChild(none);
    box.appendChild(bulk);
    f.boxes = [];
    values.forEach(function (v) {
      f.allowed[v] = true;
      var label = el('label');
      var cb = document.createElement('input');
      cb.type = 'checkbox';
      cb.checked = true;
      cb.addEventListener('change', function () { f.allowed[v] = cb.checked; applyFilters(); });
      label.appendChild(cb);
      label.appendChild(el('span', '', v));
      label.appendChild(el('span', 'count', formatInt(counts[v])));
      box.appendChild(label);
      f.boxes.push({ value: v, box: cb });
    });
    function setAll(on) {
      f.boxes.forEach(function (b) { b.box.checked = on; f.allowed[b.value] = on; });
      applyFilters();
    }
    all.addEventListener('click', function () { setAll(true); });
    none.addEventListener('click', function () { setAll(false); });
    var summary = document.querySelector('#' + f.id + ' summary');
    summary.textContent = summary.textContent + ' (' + values.length + ')';
  });
  function visible(n) {
    return filters.every(function (f) { return f.allowed[f.value(n)]; });
  }
  function applyFilters() {
    var shown = 0;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var on = visible(nodes[node.data('index')]);
        if (on) shown++;
        if (on) node.removeClass('hidden'); else node.addClass('hidden');
      });
    });
    document.getElementById('filter-status').textContent =
        shown === nodes.length ? 'All ' + formatInt(nodes.length) + ' nodes shown.'
                               : 'Showing ' + formatInt(shown) + ' of ' + formatInt(nodes.length) + ' nodes.';
    var sel = cy.nodes(':selected');
    if (sel.length && sel.hasClass('hidden')) clearSelection();
  }
  function resetFilters() {
    filters.forEach(function (f) { f.boxes.forEach(function (b) { b.box.checked = true; f.allowed[b.value] = true; }); });
    applyFilters();
  }
  document.getElementById('reset-filters').addEventListener('click', resetFilters);
  applyFilters();

  // ---- selection and details ----
  var details = document.getElementById('details');
  function clearSelection() {
    cy.batch(function () {
      cy.elements().removeClass('faded hl');
      cy.nodes(':selected').unselect();
    });
    details.hidden = true;
    scaleLabels();
  }
  function showDetails(i) {
    var n = nodes[i];
    document.getElementById('details-name').textContent = n.name;
    var dl = document.getElementById('details-fields');
    dl.replaceChildren();
    function row(term, value) {
      dl.appendChild(el('dt', '', term));
      dl.appendChild(el('dd', '', value));
    }
    row('Id', n.external_id);
    row('Side', n.side === 'initiative' ? 'initiative' : n.side === 'organisation' ? 'organisation' : 'unknown');
    row(n.side === 'initiative' ? 'Kind' : 'Type', categoryOf(n).replace(/^initiative: /, ''));
    row('Region', regionOf(n));
    row('Community', n.community === null ? 'none' : communityName(n.community));
    row(data.centrality_name.charAt(0).toUpperCase() + data.centrality_name.slice(1),
        formatScore(n.centrality) + (n.centrality === null ? '' : ' (rank ' + formatInt(rankOf[i]) + ' of ' +
                                                                 formatInt(nodes.length) + ' here)'));
    if (n.degree !== null) row(n.side === 'initiative' ? 'Partners (whole network)' : 'Initiatives (whole network)', formatInt(n.degree));
    var list = document.getElementById('details-links');
    list.replaceChildren();
    var partners = neighbours[i].slice().sort(function (a, b) {
      return nodes[a].name.localeCompare(nodes[b].name, 'en');
    });
    document.getElementById('details-links-title').textContent =
        partners.length === 0 ? 'No links shown in this picture'
                              : 'Links shown in this picture (' + formatInt(partners.length) + ')';
    partners.forEach(function (j) {
      var li = el('li');
      var b = el('button');
      b.type = 'button';
      b.appendChild(swatch(nodeOf(j).data('colour'), nodes[j].shape));
      b.appendChild(el('span', '', nodes[j].name));
      b.addEventListener('click', function () { select(j, true); });
      li.appendChild(b);
      list.appendChild(li);
    });
    details.hidden = false;
    details.scrollTop = 0;
  }
  // Selects node i: highlights it and its links, shows its details; with `centre`, moves the view to it.
  function select(i, centre) {
    var node = nodeOf(i);
    if (node.hasClass('hidden')) resetFilters();
    cy.batch(function () {
      cy.nodes(':selected').unselect();
      cy.elements().removeClass('hl').addClass('faded');
      var hood = node.closedNeighborhood();
      hood.removeClass('faded').addClass('hl');
      node.removeClass('hl');
      node.select();
    });
    showDetails(i);
    scaleLabels();
    if (centre) {
      // Show the node with all its links in the part of the picture the details panel leaves free (not closer than
      // 2x, so a node with one neighbour is not blown up).
      var bb = node.closedNeighborhood().boundingBox({ includeLabels: false });
      var panel = details.hidden ? 0 : details.offsetWidth + 20;
      var pad = 50;
      var w = Math.max(100, cy.width() - panel - 2 * pad), h = Math.max(100, cy.height() - 2 * pad);
      var zoom = Math.min(2, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1));
      zoom = Math.max(cy.minZoom(), zoom);
      var cx = bb.x1 + bb.w / 2, cyy = bb.y1 + bb.h / 2;
      cy.stop();
      cy.animate({ zoom: zoom, pan: { x: pad + w / 2 - zoom * cx, y: pad + h / 2 - zoom * cyy } },
                 { duration: 350, complete: scaleLabels });
    }
  }
  cy.on('tap', 'node', function (evt) { select(evt.target.data('index'), false); });
  cy.on('tap', function (evt) { if (evt.target === cy) clearSelection(); });
  cy.on('mouseover', 'node', function (evt) { evt.target.addClass('hover'); scaleLabels(); });
  cy.on('mouseout', 'node', function (evt) { evt.target.removeClass('hover'); scaleLabels(); });
  document.getElementById('details-close').addEventListener('click', clearSelection);
  document.getElementById('fit').addEventListener('click', function () { cy.animate({ fit: { padding: 30 } }, { duration: 300 }); });
  document.getElementById('zoom-in').addEventListener('click', function () {
    cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  document.getElementById('zoom-out').addEventListener('click', function () {
    cy.zoom({ level: cy.zoom() / 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  document.addEventListener('keydown', function (evt) {
    if (evt.key === 'Escape') clearSelection();
  });

  // ---- search ----
  var input = document.getElementById('search');
  var results = document.getElementById('search-results');
  var current = [];
  var active = -1;
  function setActive(k) {
    active = k;
    Array.prototype.forEach.call(results.children, function (li, j) {
      li.classList.toggle('active', j === k);
      li.setAttribute('aria-selected', j === k ? 'true' : 'false');
    });
  }
  function choose(i) {
    results.replaceChildren();
    current = [];
    input.value = nodes[i].name;
    select(i, true);
  }
  function search() {
    var q = fold(input.value.trim());
    results.replaceChildren();
    current = [];
    active = -1;
    if (q.length === 0) return;
    var hits = [];
    for (var i = 0; i < nodes.length; i++) {
      var at = folded[i].indexOf(q);
      if (at >= 0) hits.push({ i: i, rank: at === 0 ? 0 : (folded[i].indexOf(' ' + q) >= 0 ? 1 : 2) });
    }
    hits.sort(function (a, b) {
      if (a.rank !== b.rank) return a.rank - b.rank;
      var ca = nodes[a.i].centrality || 0, cb = nodes[b.i].centrality || 0;
      if (ca !== cb) return cb - ca;
      return a.i - b.i;
    });
    if (hits.length === 0) {
      results.appendChild(el('li', 'none', 'No name or id contains this text.'));
      return;
    }
    hits.slice(0, 30).forEach(function (h) {
      var li = el('li');
      li.setAttribute('role', 'option');
      li.appendChild(swatch(nodeOf(h.i).data('colour'), nodes[h.i].shape));
      li.appendChild(el('span', 'name', nodes[h.i].name));
      li.appendChild(el('span', 'sub', categoryOf(nodes[h.i]).replace(/^initiative: /, '')));
      li.addEventListener('click', function () { choose(h.i); });
      results.appendChild(li);
      current.push(h.i);
    });
    if (hits.length > 30) results.appendChild(el('li', 'none', formatInt(hits.length - 30) + ' more: type more of the name.'));
  }
  input.addEventListener('input', search);
  input.addEventListener('keydown', function (evt) {
    if (evt.key === 'ArrowDown' && current.length) {
      setActive(Math.min(active + 1, current.length - 1));
      evt.preventDefault();
    } else if (evt.key === 'ArrowUp' && current.length) {
      setActive(Math.max(active - 1, 0));
      evt.preventDefault();
    } else if (evt.key === 'Enter' && current.length) {
      choose(current[active >= 0 ? active : 0]);
      evt.preventDefault();
    }
  });

  // For scripts and tests: the Cytoscape instance, the data, and selecting a node by its index in data.nodes.
  window.ppsnetViewer = { cy: cy, data: data, select: function (i) { select(i, true); }, ready: true };
})();
