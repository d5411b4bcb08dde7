// Host-page snippet for iframe mode: sizes every
// <iframe data-kam-navigator src=".../embed.html?..."> to its content.
// Only messages from that iframe's own window and origin are accepted.
(() => {
  const MAX = 20000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'kam-navigator:resize') return;
    for (const frame of document.querySelectorAll('iframe[data-kam-navigator]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) continue;
      const height = Math.max(0, Math.min(MAX, Math.ceil(Number(data.height) || 0)));
      frame.style.height = `${height}px`;
      frame.setAttribute('scrolling', 'no');
    }
  });
})();
