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
  const copy = source.cloneNode(true) as HTMLElement;
  copy.removeAttribute('loading');
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  copy.classList.add('zoom-content');
  view.querySelector('.zoom-stage')!.replaceChildren(copy);
  view.showModal();
  view.querySelector<HTMLButtonElement>('.zoom-close')!.focus();
}
