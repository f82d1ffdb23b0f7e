/**
 * Runs inside the diagram frame (render.html): draws the Mermaid source a lesson page posts and
 * posts the SVG back. Messages from other origins are ignored. See src/client/course-diagram.ts.
 */
import mermaid from './mermaid.esm.min.mjs';

let queue = Promise.resolve();

addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  const { id, source, dark, fontFamily } = event.data ?? {};
  if (typeof id !== 'number' || typeof source !== 'string') return;
  // One diagram at a time: Mermaid keeps global state while it draws.
  queue = queue.then(async () => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      // Opaque label backgrounds keep edge labels readable (WCAG AA) over lines in both themes.
      themeVariables: { edgeLabelBackground: dark ? '#161d25' : '#ffffff' },
      fontFamily,
      // Labels as SVG text: the drawing is shown as an image, where HTML labels are not reliable.
      htmlLabels: false,
      flowchart: { htmlLabels: false },
    });
    try {
      const { svg } = await mermaid.render(`diagrama-${id}`, source);
      parent.postMessage({ id, svg }, location.origin);
    } catch (error) {
      parent.postMessage({ id, error: String(error?.message ?? error) }, location.origin);
    }
  });
});

parent.postMessage({ ready: true }, location.origin);
