// While the camera moves, a large graph is not drawn again: its last complete drawing is moved as
// one picture (a CSS transform), and sigma draws it for real once the camera has been still for a
// moment. Drawing 2,000 nodes and 20,000 edges takes a software renderer (a browser with no GPU)
// a tenth of a second or more, moving one picture a millisecond; while the camera moves, the
// picture's nodes grow with the zoom and what was off screen stays empty until the camera stops.
const parlgraphGlide = (function () {
  "use strict";
  const QUIET_MS = 150; // still for this long: draw for real (a wheel's notches make one movement)

  return function glide(renderer, container) {
    const picture = document.createElement("canvas");
    picture.className = "glide-picture";
    container.insertBefore(picture, renderer.getCanvases().mouse);
    let killed = false;
    renderer.on("kill", () => {
      killed = true;
      picture.remove();
    });
    const draw = renderer.render.bind(renderer);
    let shot = null; // the camera of the picture
    let lastMove = -Infinity;
    let watching = false;

    function moving() {
      const mouse = renderer.getMouseCaptor();
      const touch = renderer.getTouchCaptor();
      return renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0 || touch.isMoving;
    }

    // Keep each complete drawing: a WebGL canvas can be read only in the task that drew it.
    renderer.on("afterRender", () => {
      const { width, height } = renderer.getDimensions();
      const layers = [...container.querySelectorAll("canvas")].filter((canvas) => canvas !== picture && canvas !== renderer.getCanvases().mouse);
      picture.width = layers[0].width;
      picture.height = layers[0].height;
      picture.style.width = `${width}px`;
      picture.style.height = `${height}px`;
      const context = picture.getContext("2d");
      layers.forEach((layer) => context.drawImage(layer, 0, 0));
      shot = renderer.getCamera().getState();
    });

    // The affine map from the picture's viewport to the current one, through graph coordinates.
    function follow() {
      const { width, height } = renderer.getDimensions();
      const now = renderer.getCamera().getState(); // sigma's own matrix is the last drawing's
      const at = (x, y) => renderer.framedGraphToViewport(renderer.viewportToFramedGraph({ x, y }, { cameraState: shot }), { cameraState: now });
      const origin = at(0, 0);
      const right = at(width, 0);
      const down = at(0, height);
      const matrix = [(right.x - origin.x) / width, (right.y - origin.y) / width, (down.x - origin.x) / height, (down.y - origin.y) / height, origin.x, origin.y];
      picture.style.transform = `matrix(${matrix.join(",")})`;
      container.classList.add("gliding");
    }

    function settle() {
      if (killed) return;
      if (moving()) lastMove = performance.now();
      if (performance.now() - lastMove < QUIET_MS) {
        requestAnimationFrame(settle);
        return;
      }
      watching = false;
      container.classList.remove("gliding");
      draw();
    }

    function gliding() {
      if (moving()) lastMove = performance.now();
      return shot !== null && performance.now() - lastMove < QUIET_MS;
    }

    // Sigma asks for a drawing at the next frame when the camera moves, and asks no more until
    // that drawing is done: while gliding, `settle` does it, and the camera's own events move
    // the picture meanwhile.
    renderer.getCamera().on("updated", () => {
      if (watching && gliding()) follow();
    });
    renderer.render = function render() {
      if (!gliding()) return draw();
      follow();
      if (!watching) {
        watching = true;
        requestAnimationFrame(settle);
      }
      return renderer;
    };
  };
})();
