// The network page: sigma.js draws a graphology graph laid out by ForceAtlas2 (in a web worker,
// layout.js); filters, search and question lists work on the data inlined in the page, so the
// file works opened from disk. A large graph moves as one picture (glide.js).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("network-data").textContent);
  const Graph = graphology.Graph || graphology;
  const $ = (id) => document.getElementById(id);
  const state = { view: data.defaultView, period: "", party: "", hiddenKinds: new Set(), found: new Set(), selected: null };
  let graph = null;
  let renderer = null;
  let stopLayout = () => {};
  let layouts = 0; // a layout's drawing waits for an idle moment: the latest layout's only
  let visibleEdges = new Map();
  let visibleNodes = new Set();
  // For tests and the benchmark: since navigation, the first drawn frame, the layout's end and
  // the frame drawn after it (`ready`); the layout's own time.
  const api = { ready: false, layoutMs: null, firstFrameAt: null, layoutEndedAt: null, readyAt: null };
  window.parlgraph = api;

  // Above this many edges, edges are thin lines shaded by weight (a WebGL line costs a software
  // renderer a quarter of a rectangle's pixels) and the graph moves as one picture.
  const LARGE = 5000;
  // A large graph's drawing keeps the page busy for a moment: drawings that can wait (the
  // layout's progress and end, a search's highlights) wait until its user has not typed,
  // clicked or dragged for this long.
  const IDLE_MS = 500;
  let lastInput = -Infinity;
  ["keydown", "pointerdown", "pointermove", "wheel"].forEach((type) =>
    document.addEventListener(type, () => { lastInput = performance.now(); }, { capture: true, passive: true }));
  const SHADES = ["#d0d0d0", "#b4b4b4", "#989898", "#7c7c7c", "#606060"];
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
        label: node.label, folded: fold(node.label), kind: node.kind, color: node.color,
        size: 3 + 2 * Math.sqrt(node.size), x: seeded(node.key, 1), y: seeded(node.key, 2),
      });
    });
    view.edges.forEach((edge, index) => {
      graph.addEdgeWithKey(String(index), edge.source, edge.target, { weight: edge.weight, questions: edge.questions, color: "#c8c8c8" });
    });
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
    const large = graph.size > LARGE;
    renderer = new Sigma(large ? nodesOnly(graph) : graph, $("graph"), {
      defaultEdgeType: large ? "line" : "arrow",
      edgeProgramClasses: large ? { line: Sigma.rendering.EdgeLineProgram } : {},
      hideEdgesOnMove: large,
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
        if (large) return { ...attributes, color: SHADES[Math.min(SHADES.length - 1, Math.floor(Math.log2(weight)))] };
        return { ...attributes, size: 0.5 + Math.log2(1 + weight) };
      },
    });
    if (large) parlgraphGlide(renderer, $("graph"));
    renderer.on("clickNode", ({ node }) => select(node));
    update();
    requestAnimationFrame(() => {
      if (api.firstFrameAt === null) api.firstFrameAt = performance.now();
    });
    layOut();
  }

  function nodesOnly(whole) {
    const shape = new Graph({ type: whole.type });
    whole.forEachNode((node, attributes) => shape.addNode(node, { ...attributes }));
    return shape;
  }

  // Lay the graph out from where its nodes are: at first the seeded places, later (the button)
  // the last layout's, which the same number of iterations improves. Meanwhile sigma draws a
  // large graph's nodes alone (a copy without edges: sigma would still send hidden edges to
  // WebGL), so each drawing of the layout's progress, or of a search, stays short.
  function layOut() {
    stopLayout();
    api.ready = false;
    $("relayout").disabled = true;
    $("layout-status").textContent = "Laying out…";
    if (graph.size > LARGE && renderer.getGraph() === graph) renderer.setGraph(nodesOnly(graph));
    const started = performance.now();
    const run = ++layouts;
    stopLayout = parlgraphLayout.start(graph, {
      onProgress: (light, done, wanted) => {
        $("layout-status").textContent = `Laying out… ${done} of ${wanted} iterations`;
        if (performance.now() - lastInput >= IDLE_MS) parlgraphLayout.copyPositions(light, renderer.getGraph());
      },
      onDone: (light, done) => {
        api.layoutEndedAt = performance.now();
        api.layoutMs = api.layoutEndedAt - started;
        parlgraphLayout.copyPositions(light, graph);
        $("layout-status").textContent = `Laid out (ForceAtlas2, ${done} iterations).`;
        $("relayout").disabled = false;
        drawWhenIdle(() => {
          if (run !== layouts) return;
          if (renderer.getGraph() === graph) renderer.refresh();
          else renderer.setGraph(graph);
          requestAnimationFrame(() => {
            api.readyAt = performance.now();
            api.ready = true;
          });
        });
      },
    });
  }

  function drawWhenIdle(draw) {
    const wait = lastInput + IDLE_MS - performance.now();
    if (wait > 0) setTimeout(() => drawWhenIdle(draw), wait);
    else draw();
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
    find();
    renderer.refresh();
    if (state.selected) select(state.selected);
  }

  // Typing lists what it finds at once; a large graph shows it (the nodes found highlighted)
  // once the typing pauses: drawing it takes a software renderer longer than a key should wait.
  function search() {
    find();
    if (graph.size > LARGE) drawWhenIdle(() => renderer.scheduleRefresh({ skipIndexation: true }));
    else renderer.refresh({ skipIndexation: true });
  }

  function find() {
    const wanted = fold($("search").value.trim());
    const list = $("found");
    list.replaceChildren();
    state.found = new Set();
    if (wanted) {
      graph.forEachNode((node, attributes) => {
        if (attributes.folded.includes(wanted)) state.found.add(node);
      });
    }
    [...state.found].slice(0, 100).forEach((node) => {
      const item = element("li", `${graph.getNodeAttribute(node, "label")} (${graph.getNodeAttribute(node, "kind")})`);
      item.addEventListener("click", () => select(node));
      list.appendChild(item);
    });
    if (state.found.size > 100) list.appendChild(element("li", `… and ${state.found.size - 100} more`));
    if (wanted && !state.found.size) list.appendChild(element("li", "nothing found"));
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
  $("relayout").addEventListener("click", layOut);
  legend();
  build();
  api.shown = () => ({
    nodes: graph.filterNodes((node) => !renderer.getNodeDisplayData(node).hidden).length,
    edges: graph.filterEdges((edge) => !(renderer.getEdgeDisplayData(edge) || { hidden: true }).hidden).length,
  });
  api.renderer = () => renderer;
})();
