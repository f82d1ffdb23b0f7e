/**
 * The zoom view for lesson images and drawn diagrams: a modal <dialog> (Esc, the close button or a
 * click outside the picture close it; focus returns where it was) holding a full-size copy that
 * can be scrolled and pinch-zoomed. Imported on the first click only (see site.ts).
 */
import { text } from './ui-strings';

let dialog: HTMLDialogElement | undefined;

function getDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'zoom-dialog';
  dialog.setAttribute('aria-label', text('zoom.dialog'));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'icon-button zoom-close';
  close.setAttribute('aria-label', text('zoom.close'));
  close.textContent = '×';
  close.addEventListener('click', () => dialog?.close());
  const stage = document.createElement('div');
  stage.className = 'zoom-stage';
  dialog.append(close, stage);
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target === stage) dialog?.close();
  });
  document.body.append(dialog);
  return dialog;
}

/** Opens the zoom view with a copy of an image or a diagram's SVG. */
export function openZoom(source: Element): void {
  const view = getDialog();
  // A raster image comes in a <picture>: copy its AVIF/WebP sources too, and let every candidate
  // be chosen for the whole screen rather than the lesson column.
  const frame = source.parentElement instanceof HTMLPictureElement ? source.parentElement : source;
  const copy = frame.cloneNode(true) as HTMLElement;
  const image = copy.querySelector('img') ?? copy;
  for (const candidate of [copy, ...copy.querySelectorAll('[sizes]')]) {
    if (candidate.hasAttribute('sizes')) candidate.setAttribute('sizes', '100vw');
  }
  image.removeAttribute('loading');
  image.removeAttribute('width');
  image.removeAttribute('height');
  image.classList.add('zoom-content');
  view.querySelector('.zoom-stage')!.replaceChildren(copy);
  view.showModal();
  view.querySelector<HTMLButtonElement>('.zoom-close')!.focus();
}
