/**
 * The one script every page loads: each custom element upgrades its server-rendered markup when
 * the page has it and costs nothing otherwise. One file keeps a lesson at a single script request.
 * Page-specific and heavy code (the progress report, diagrams) is loaded by its own page.
 */
import './theme-toggle';
import './course-drawer';
import './course-toc';
import './course-tabs';
import './copy-code';
import './course-search';
import './course-checklist';
import './progress-marks';

// Diagram code only for pages that have a diagram: at once when one is on screen, otherwise
// from the reader's first scroll (it then draws the diagrams within a screen of the viewport).
const diagrams = [...document.querySelectorAll('course-diagram')];
if (diagrams.length > 0) {
  const loadDiagrams = () => void import('./course-diagram');
  const onScreen = diagrams.some((diagram) => {
    const box = diagram.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  if (onScreen) loadDiagrams();
  else addEventListener('scroll', loadDiagrams, { once: true, passive: true });
}
// Code annotation notes only for pages that have annotated code.
if (document.querySelector('course-annotations')) void import('./course-annotations');

// Zoom for images and drawn diagrams: its code loads on the first click.
const ZOOMABLE = '.prose img:not(a img), .diagram-svg';
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const button = target.closest('.zoom-button');
  const zoomable = button
    ? button.parentElement?.querySelector(ZOOMABLE)
    : target.closest(ZOOMABLE);
  if (!zoomable) return;
  void import('./image-zoom').then(({ openZoom }) => openZoom(zoomable));
});
