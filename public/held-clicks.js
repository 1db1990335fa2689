// The built page shows its buttons before the app's script has run. This keeps the reader's
// clicks meanwhile, for the app to make again once it has (app/heldClicks.ts). Plain, tiny and
// loaded async, so it runs as soon as it arrives, long before the app's script.
(() => {
  const clicks = [];
  const keep = (event) => clicks.push(event);
  document.addEventListener('click', keep, true);
  window.__heldClicks = {
    clicks,
    stop: () => document.removeEventListener('click', keep, true),
  };
})();
