// Standalone app only: registers the service worker that keeps the app
// usable offline. Widgets on host pages never register one.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('kam-navigator: offline mode unavailable', e));
}
