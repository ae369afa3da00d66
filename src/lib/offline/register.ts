/**
 * Registers the service worker the build writes (sw.js, see vite.config.ts), which keeps the app, DuckDB's
 * WASM and the samples for offline use. Production builds only: in development Vite serves modules that no
 * list could hold. A failure is not the user's problem: the app simply stays online-only.
 */
export function registerServiceWorker(base: string = import.meta.env.BASE_URL): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      console.warn('offline: service worker not registered', error);
    });
  };
  // After the page has loaded, so the precache download does not compete with the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
