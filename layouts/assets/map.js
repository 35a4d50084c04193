/**
 * Pan and zoom for the maps of the places pages, by changing the SVG's viewBox: the + and −
 * buttons, the arrow keys and + / − / 0 on the focused map, and dragging. Markers keep their size
 * on screen. Without this script the map is a still picture whose discs are links.
 */
(() => {
  for (const figure of document.querySelectorAll('[data-map]')) {
    const svg = figure.querySelector('svg.map');
    const controls = figure.querySelector('.map-controls');
    if (!svg || !controls) continue;
    const [x0, y0, width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
    let view = { x: x0, y: y0, w: width, h: height };
    const marks = [...svg.querySelectorAll('.map-marks circle, .map-marks text')];
    for (const mark of marks) {
      mark.dataset.r = mark.getAttribute('r') ?? '';
      mark.dataset.y = mark.getAttribute('y') ?? '';
    }
    controls.hidden = false;

    function apply() {
      const scale = view.w / width;
      svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
      for (const mark of marks) {
        if (mark.dataset.r) mark.setAttribute('r', String(Number(mark.dataset.r) * scale));
        if (mark.tagName === 'text') {
          const cy = Number(mark.dataset.y) - 4;
          mark.setAttribute('y', String(cy + 4 * scale));
          mark.setAttribute('font-size', String(12 * scale));
        }
      }
      figure.dataset.zoom = (width / view.w).toFixed(2);
    }

    function clamp() {
      view.w = Math.min(width, Math.max(width / 32, view.w));
      view.h = (view.w * height) / width;
      view.x = Math.min(x0 + width - view.w, Math.max(x0, view.x));
      view.y = Math.min(y0 + height - view.h, Math.max(y0, view.y));
    }

    function zoom(factor) {
      const cx = view.x + view.w / 2;
      const cy = view.y + view.h / 2;
      view.w /= factor;
      view.h /= factor;
      view.x = cx - view.w / 2;
      view.y = cy - view.h / 2;
      clamp();
      apply();
    }

    function pan(dx, dy) {
      view.x += dx * view.w;
      view.y += dy * view.h;
      clamp();
      apply();
    }

    controls.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-zoom]');
      if (!button) return;
      const action = button.dataset.zoom;
      if (action === 'in') zoom(1.6);
      else if (action === 'out') zoom(1 / 1.6);
      else {
        view = { x: x0, y: y0, w: width, h: height };
        apply();
      }
    });

    const keys = {
      ArrowLeft: () => pan(-0.15, 0),
      ArrowRight: () => pan(0.15, 0),
      ArrowUp: () => pan(0, -0.15),
      ArrowDown: () => pan(0, 0.15),
      '+': () => zoom(1.6),
      '=': () => zoom(1.6),
      '-': () => zoom(1 / 1.6),
      0: () => {
        view = { x: x0, y: y0, w: width, h: height };
        apply();
      },
    };
    svg.addEventListener('keydown', (event) => {
      if (event.target !== svg) return;
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    });

    let drag;
    svg.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || view.w === width) return;
      drag = { x: event.clientX, y: event.clientY, moved: false };
    });
    svg.addEventListener('pointermove', (event) => {
      if (!drag) return;
      const box = svg.getBoundingClientRect();
      const dx = (event.clientX - drag.x) / box.width;
      const dy = (event.clientY - drag.y) / box.height;
      if (Math.abs(dx) + Math.abs(dy) < 0.01 && !drag.moved) return;
      drag.moved = true;
      drag.x = event.clientX;
      drag.y = event.clientY;
      pan(-dx, -dy);
    });
    const end = () => {
      // A drag that moved is not a click on the disc under it.
      if (drag?.moved)
        svg.addEventListener('click', (e) => e.preventDefault(), { once: true, capture: true });
      drag = undefined;
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointerleave', () => (drag = undefined));
  }
})();
