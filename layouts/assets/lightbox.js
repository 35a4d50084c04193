/**
 * The photo viewer: a <dialog> over a gallery of several images or a whole photo grid
 * (`[data-lightbox]`), with previous and next buttons, the arrow keys, a swipe, Escape to close,
 * and focus back on the thumbnail of the image last shown. It shows each image's caption or alt
 * text and, in a grid, its entry's title and date and a link to it. Without this script each thumbnail is a
 * plain link: to its large image in a gallery, to its entry in a grid.
 */
(() => {
  // A page may load the script more than once (a grid and a gallery): one viewer is enough.
  if (document.querySelector('dialog.lightbox')) return;
  const groups = document.querySelectorAll('[data-lightbox]');
  if (groups.length === 0 || typeof HTMLDialogElement !== 'function') return;

  const dialog = document.createElement('dialog');
  dialog.className = 'lightbox';
  dialog.setAttribute('aria-label', 'Image viewer');
  dialog.innerHTML =
    '<figure><div class="lightbox-image"></div><figcaption>' +
    '<span class="lightbox-caption"></span><span class="lightbox-meta"></span>' +
    '</figcaption></figure>' +
    '<p class="lightbox-count" aria-live="polite"></p>' +
    '<div class="lightbox-buttons">' +
    '<button type="button" data-step="-1">Previous</button>' +
    '<button type="button" data-step="1">Next</button>' +
    '<button type="button" data-close="true">Close</button></div>';
  document.body.append(dialog);
  const frame = dialog.querySelector('.lightbox-image');
  const caption = dialog.querySelector('.lightbox-caption');
  const meta = dialog.querySelector('.lightbox-meta');
  const count = dialog.querySelector('.lightbox-count');

  /** The links of the gallery or grid being shown, and the index of the image shown. */
  let links = [];
  let current = 0;

  /** The caption of an image: its figure's, else its alt text. */
  function captionOf(link, image) {
    const figure = link.closest('figure');
    const text = figure && figure.querySelector('figcaption');
    if (text) return text.textContent;
    return (image && image.getAttribute('alt')) || '';
  }

  function show(index) {
    current = (index + links.length) % links.length;
    const link = links[current];
    const picture = link.querySelector('picture');
    const copy = picture ? picture.cloneNode(true) : document.createElement('img');
    if (!picture) copy.src = link.href;
    // The large size: the viewer fills the window.
    for (const element of copy.querySelectorAll('source, img')) {
      if (element.hasAttribute('sizes')) element.setAttribute('sizes', '100vw');
      element.removeAttribute('loading');
    }
    frame.replaceChildren(copy);
    const image = copy.querySelector('img');
    caption.textContent = captionOf(link, image);
    // In a grid: the entry's title (when the alt text is not it), its date, a link to it.
    const parts = [link.dataset.caption, link.dataset.date].filter(Boolean);
    if (link.hasAttribute('data-entry')) {
      const open = document.createElement('a');
      open.href = link.href;
      open.textContent = 'Open the entry';
      parts.push(open);
    }
    meta.replaceChildren();
    parts.forEach((part, index) => meta.append(...(index ? [' · ', part] : [part])));
    count.textContent = `Image ${current + 1} of ${links.length}`;
  }

  for (const group of groups) {
    const own = [...group.querySelectorAll('a.lightbox-link')];
    own.forEach((link, index) =>
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        links = own;
        show(index);
        dialog.showModal();
        dialog.querySelector('[data-close]').focus();
      }),
    );
  }

  dialog.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button && button.dataset.step) show(current + Number(button.dataset.step));
    else if ((button && button.dataset.close) || event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') show(current + 1);
    else if (event.key === 'ArrowLeft') show(current - 1);
    else return;
    event.preventDefault();
  });
  // A horizontal swipe over the image steps; a vertical one is left to the page.
  let swipe;
  // A mouse drag would pick the image up instead.
  frame.addEventListener('dragstart', (event) => event.preventDefault());
  frame.addEventListener('pointerdown', (event) => {
    swipe = { x: event.clientX, y: event.clientY };
  });
  frame.addEventListener('pointerup', (event) => {
    if (!swipe) return;
    const dx = event.clientX - swipe.x;
    const dy = event.clientY - swipe.y;
    swipe = undefined;
    if (Math.abs(dx) > 40 && Math.abs(dx) > 2 * Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
  });
  // Escape closes a modal dialog by itself; every way of closing ends here.
  dialog.addEventListener('close', () => {
    frame.replaceChildren();
    if (links[current]) links[current].focus();
  });
})();
