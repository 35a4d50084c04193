/**
 * The lightbox of a gallery with several images: a <dialog> with previous and next buttons, the
 * arrow keys, Escape to close, and focus back on the thumbnail of the image last shown. Without
 * this script each thumbnail is a link to its large image.
 */
(() => {
  const galleries = document.querySelectorAll('.gallery[data-lightbox]');
  if (galleries.length === 0 || typeof HTMLDialogElement !== 'function') return;

  const dialog = document.createElement('dialog');
  dialog.className = 'lightbox';
  dialog.setAttribute('aria-label', 'Image viewer');
  dialog.innerHTML =
    '<figure><div class="lightbox-image"></div><figcaption></figcaption></figure>' +
    '<p class="lightbox-count" aria-live="polite"></p>' +
    '<div class="lightbox-buttons">' +
    '<button type="button" data-step="-1">Previous</button>' +
    '<button type="button" data-step="1">Next</button>' +
    '<button type="button" data-close="true">Close</button></div>';
  document.body.append(dialog);
  const frame = dialog.querySelector('.lightbox-image');
  const caption = dialog.querySelector('figcaption');
  const count = dialog.querySelector('.lightbox-count');

  /** The links of the gallery being shown, and the index of the image shown. */
  let links = [];
  let current = 0;

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
    const figure = link.closest('figure');
    const text = figure && figure.querySelector('figcaption');
    caption.textContent = text ? text.textContent : '';
    count.textContent = `Image ${current + 1} of ${links.length}`;
  }

  for (const gallery of galleries) {
    const own = [...gallery.querySelectorAll('a.lightbox-link')];
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
  // Escape closes a modal dialog by itself; every way of closing ends here.
  dialog.addEventListener('close', () => {
    frame.replaceChildren();
    if (links[current]) links[current].focus();
  });
})();
