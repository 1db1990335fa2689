// The built page is readable and its map drawn from the HTML alone (docs/first-paint.md).
// This starts the app's modules once that first view has painted, so they do not share the
// network and the main thread with it, and keeps the reader's clicks meanwhile for the app to
// make again (app/heldClicks.ts). Plain and tiny, loaded async: it runs as soon as it arrives.
(() => {
  const clicks = [];
  const keep = (event) => clicks.push(event);
  document.addEventListener('click', keep, true);
  window.__heldClicks = {
    clicks,
    stop: () => document.removeEventListener('click', keep, true),
  };

  const modules = (document.currentScript?.dataset.modules ?? '').split(' ').filter(Boolean);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of modules) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }
  };
  // Once the parsed page has painted its first content; at the latest a second on (a frame
  // the browser does not paint, offscreen or hidden, reports no paint).
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const afterPaint = () => {
    setTimeout(start, 1000);
    if (painted()) return start();
    new PerformanceObserver((list, observer) => {
      if (!painted()) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint' });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
  else afterPaint();
})();
