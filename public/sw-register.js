// Registers the service worker (/sw.js) that keeps the site readable offline after one
// visit. It waits until the page has loaded, so it never competes with the first paint.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    const base = document.querySelector('meta[name="gw-base"]')?.content ?? '/';
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
  });
}
