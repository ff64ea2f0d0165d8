// The network page: sigma.js draws a graphology graph laid out by ForceAtlas2; filters, search
// and question lists work on the data inlined in the page, so the file works opened from disk.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("network-data").textContent);
  const Graph = graphology.Graph || graphology;
  const forceAtlas2 = graphologyLibrary.layoutForceAtlas2;
  const $ = (id) => document.getElementById(id);
  const state = { view: data.defaultView, period: "", party: "", hiddenKinds: new Set(), found: new Set(), selected: null };
  let graph = null;
  let renderer = null;
  let visibleEdges = new Map();
  let visibleNodes = new Set();
  // Timings for tests and the benchmark: layout, and the first drawn frame since navigation.
  const api = { ready: false, layoutMs: null, readyAt: null };
  window.parlgraph = api;

  const LARGE = 5000; // edges
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  // Start every node at a place that depends on its key only, so a given graph always gets the
  // same layout (ForceAtlas2 itself is deterministic).
  function seeded(key, salt) {
    let hash = 2166136261 ^ salt;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
    return ((hash >>> 0) % 100000) / 1000;
  }

  function passes(index) {
    const question = data.questions[index];
    return (!state.period || question.session === state.period) && (!state.party || question.parties.includes(state.party));
  }

  function element(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  function options(select, values) {
    values.forEach((value) => select.appendChild(element("option", value, { value })));
  }

  function build() {
    const view = data.views[state.view];
    graph = new Graph({ type: "directed" });
    view.nodes.forEach((node) => {
      graph.addNode(node.key, {
        label: node.label, kind: node.kind, color: node.color,
        size: 3 + 2 * Math.sqrt(node.size), x: seeded(node.key, 1), y: seeded(node.key, 2),
      });
    });
    view.edges.forEach((edge, index) => {
      graph.addEdgeWithKey(String(index), edge.source, edge.target, { weight: edge.weight, questions: edge.questions, color: "#c8c8c8" });
    });
    const layoutStarted = performance.now();
    if (graph.order > 1) {
      const iterations = graph.order > 500 ? 40 : 300;
      forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
    }
    api.layoutMs = performance.now() - layoutStarted;
    const kinds = $("kinds");
    kinds.querySelectorAll("label").forEach((label) => label.remove());
    state.hiddenKinds.clear();
    [...new Set(view.nodes.map((node) => node.kind))].sort().forEach((kind) => {
      const box = element("input", undefined, { type: "checkbox", value: kind });
      box.checked = true;
      box.addEventListener("change", () => { box.checked ? state.hiddenKinds.delete(kind) : state.hiddenKinds.add(kind); update(); });
      const label = element("label");
      label.append(box, " " + kind);
      kinds.appendChild(label);
    });
    if (renderer) renderer.kill();
    renderer = new Sigma(graph, $("graph"), {
      // A large graph keeps moving fluidly by leaving edges out while the camera moves (sigma
      // draws them again when it stops); arrows cost more than lines.
      defaultEdgeType: graph.size > LARGE ? "line" : "arrow",
      hideEdgesOnMove: graph.size > LARGE,
      nodeReducer: (node, attributes) => {
        const shown = { ...attributes };
        if (!visibleNodes.has(node)) shown.hidden = true;
        if (state.found.size && !state.found.has(node)) { shown.color = "#e6e6e6"; shown.label = ""; }
        if (state.found.has(node) || node === state.selected) shown.highlighted = true;
        return shown;
      },
      edgeReducer: (edge, attributes) => {
        const weight = visibleEdges.get(edge);
        if (weight === undefined) return { ...attributes, hidden: true };
        return { ...attributes, size: 0.5 + Math.log2(1 + weight) };
      },
    });
    renderer.on("clickNode", ({ node }) => select(node));
    update();
    requestAnimationFrame(() => {
      api.readyAt = performance.now();
      api.ready = true;
    });
  }

  function update() {
    visibleEdges = new Map();
    visibleNodes = new Set();
    graph.forEachEdge((edge, attributes, source, target) => {
      if (state.hiddenKinds.has(graph.getNodeAttribute(source, "kind")) || state.hiddenKinds.has(graph.getNodeAttribute(target, "kind"))) return;
      const weight = attributes.questions.filter(passes).length;
      if (!weight) return;
      visibleEdges.set(edge, weight);
      visibleNodes.add(source);
      visibleNodes.add(target);
    });
    $("counts").textContent = `${visibleNodes.size} nodes, ${visibleEdges.size} edges shown (${data.views[state.view].nodes.length} nodes in the view)`;
    renderer.refresh();
    search();
    if (state.selected) select(state.selected);
  }

  function search() {
    const wanted = fold($("search").value.trim());
    const list = $("found");
    list.replaceChildren();
    state.found = new Set();
    if (wanted) {
      graph.forEachNode((node, attributes) => {
        if (fold(attributes.label).includes(wanted)) state.found.add(node);
      });
    }
    [...state.found].slice(0, 100).forEach((node) => {
      const item = element("li", `${graph.getNodeAttribute(node, "label")} (${graph.getNodeAttribute(node, "kind")})`);
      item.addEventListener("click", () => select(node));
      list.appendChild(item);
    });
    if (state.found.size > 100) list.appendChild(element("li", `… and ${state.found.size - 100} more`));
    if (wanted && !state.found.size) list.appendChild(element("li", "nothing found"));
    renderer.refresh({ skipIndexation: true });
  }

  function select(node) {
    state.selected = node;
    const indices = new Set();
    graph.forEachEdge(node, (edge, attributes) => {
      if (visibleEdges.has(edge)) attributes.questions.filter(passes).forEach((index) => indices.add(index));
    });
    $("selected-title").textContent = `${graph.getNodeAttribute(node, "label")}: ${indices.size} question(s)`;
    const list = $("questions");
    list.replaceChildren();
    [...indices].map((index) => data.questions[index]).sort((a, b) => (b.date || "").localeCompare(a.date || "")).forEach((question) => {
      const item = element("li");
      item.append(element("a", question.reference || question.href, { href: question.href }), ` ${question.date} ${question.title}`);
      list.appendChild(item);
    });
  }

  function legend() {
    const list = $("legend-list");
    data.legend.forEach(({ label, color }) => {
      const item = element("li");
      item.append(element("span", undefined, { class: "swatch", style: `background:${color}` }), label);
      list.appendChild(item);
    });
  }

  options($("view"), Object.keys(data.views));
  $("view").value = state.view;
  options($("period"), data.sessions);
  options($("party"), data.parties);
  $("view").addEventListener("change", (event) => { state.view = event.target.value; state.selected = null; build(); });
  $("period").addEventListener("change", (event) => { state.period = event.target.value; update(); });
  $("party").addEventListener("change", (event) => { state.party = event.target.value; update(); });
  $("search").addEventListener("input", search);
  legend();
  build();
  api.shown = () => ({
    nodes: graph.filterNodes((node) => !renderer.getNodeDisplayData(node).hidden).length,
    edges: graph.filterEdges((edge) => !renderer.getEdgeDisplayData(edge).hidden).length,
  });
  api.renderer = () => renderer;
})();
