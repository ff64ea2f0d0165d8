// ForceAtlas2 in a web worker (graphology-library's FA2Layout), for a fixed number of iterations
// that depends on the graph's size only, so a graph always gets the same picture and the page
// answers its user while the layout runs. The worker moves a light copy of the graph (positions
// and weights); the page is told once a second (`onProgress`) and at the end (`onDone`)
// and copies the positions into what it draws, so sigma is not asked to draw every iteration.
const parlgraphLayout = (function () {
  "use strict";
  const PROGRESS_MS = 1000;

  function copyPositions(from, to) {
    to.updateEachNodeAttributes((node, attributes) => {
      const position = from.getNodeAttributes(node);
      attributes.x = position.x;
      attributes.y = position.y;
      return attributes;
    }, { attributes: ["x", "y"] });
  }

  // Returns a function that stops the layout (a new view, or a new start).
  function start(graph, { onProgress, onDone }) {
    const Graph = graphology.Graph || graphology;
    const forceAtlas2 = graphologyLibrary.layoutForceAtlas2;
    const light = new Graph({ type: graph.type, multi: graph.multi });
    graph.forEachNode((node, attributes) => light.addNode(node, { x: attributes.x, y: attributes.y }));
    graph.forEachEdge((edge, attributes, source, target) => light.addEdgeWithKey(edge, source, target, { weight: attributes.weight }));
    if (graph.order < 2) {
      onDone(light, 0);
      return () => {};
    }
    const wanted = graph.order > 500 ? 100 : 300;
    // Barnes-Hut halves an iteration's time at 2,000 nodes (the library turns it on above 2,000).
    const settings = { ...forceAtlas2.inferSettings(light), barnesHutOptimize: graph.order > 1000 };
    let layout;
    try {
      layout = new graphologyLibrary.FA2Layout(light, { settings });
    } catch (error) {
      // No worker (a browser that refuses one to a file opened from disk): lay out here, once.
      console.warn("ForceAtlas2 runs on the page, no web worker:", error.message);
      forceAtlas2.assign(light, { iterations: wanted, settings });
      onDone(light, wanted);
      return () => {};
    }
    let done = 0;
    let told = performance.now();
    // The supervisor writes each iteration's positions into `light` in one update.
    light.on("eachNodeAttributesUpdated", () => {
      done += 1;
      if (done >= wanted) {
        layout.stop();
        setTimeout(() => layout.kill(), 0); // after the supervisor's own handler returns
        onDone(light, done);
      } else if (performance.now() - told >= PROGRESS_MS) {
        told = performance.now();
        onProgress(light, done, wanted);
      }
    });
    layout.start();
    return () => {
      if (!layout.killed) layout.kill();
    };
  }

  return { start, copyPositions };
})();
