// The built page is readable and its map drawn from the HTML alone (docs/first-paint.md).
// This starts the app's modules once that first view has painted, so they do not share the
// network and the main thread with it; and it keeps the reader's clicks until the app has
// taken over the page, to make the last one again once the first view is ready: the buttons
// and the map are on screen before they work. Plain and tiny, loaded async: it runs as soon
// as it arrives.
(() => {
  const root = document.documentElement;
  const clicks = [];
  const keep = (event) => clicks.push(event);
  document.addEventListener('click', keep, true);
  // The app calls this once it owns the page (hydrated, or rendered afresh).
  window.__heldClicks = { stop: () => document.removeEventListener('click', keep, true) };

  /** The last click the page missed: the same button (or its like in a page rendered afresh), or the map at the same point. */
  const replay = (click) => {
    const target = click?.target instanceof Element ? click.target : null;
    const app = document.getElementById('root');
    if (!target || !app) return;
    const button = target.closest('button');
    if (button) {
      const text = button.textContent;
      const same = button.isConnected
        ? button
        : [...app.querySelectorAll('button')].find((b) => b.textContent === text);
      same?.click();
    } else if (target.closest('svg[role="img"]')) {
      const { clientX, clientY } = click;
      app
        .querySelector('svg[role="img"]')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX, clientY }));
    }
  };
  new MutationObserver((_, observer) => {
    if (!root.hasAttribute('data-view-ready')) return;
    observer.disconnect();
    window.__heldClicks.stop();
    replay(clicks.at(-1));
  }).observe(root, { attributes: true, attributeFilter: ['data-view-ready'] });

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
  // Once the whole parsed page has painted: after its first contentful paint, the frame after
  // the one that drew it all. At the latest a second on (a frame the browser does not paint,
  // offscreen or hidden, reports no paint and runs no animation frames).
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const nextFrame = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
  const afterPaint = () => {
    setTimeout(start, 1000);
    if (painted()) return nextFrame();
    new PerformanceObserver((_, observer) => {
      if (!painted()) return;
      observer.disconnect();
      nextFrame();
    }).observe({ type: 'paint' });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
  else afterPaint();
})();
