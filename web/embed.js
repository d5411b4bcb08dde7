// iframe mode: takes the widget's options from this page's query string and
// tells the parent page how tall the content is, so the host can size the
// iframe (no inner scrollbar). The message carries only a height.
const kn = document.getElementById('kn');
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'tool', 'cta-href', 'cta-label', 'config']) {
  const value = params.get(name);
  if (value !== null) kn.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');

let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'kam-navigator:resize', height }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();
