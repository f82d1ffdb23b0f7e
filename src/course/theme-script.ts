/**
 * The one inline script: it runs before the first paint and applies the saved theme, so a page
 * never flashes the other one. It is inline because it must not wait for a request; its SHA-256
 * goes into the Content-Security-Policy (astro.config.mjs), so it is the only inline script the
 * browser will run. Keep it byte-identical between the <script> and the hash: both use this text.
 */
export const THEME_SCRIPT =
  "(()=>{const r=document.documentElement;r.classList.add('js');try{const t=localStorage.getItem('course:theme');if(t==='light'||t==='dark')r.dataset.theme=t}catch{}})();";
