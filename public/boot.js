// The built pages' first script (docs/first-paint.md, "While the page comes to life"): it holds
// the reader's clicks and the app's keys until the first view is ready, then makes each once;
// and it starts the app's modules once the built first view has painted.
(() => {
  const root = document.documentElement;
  // A deep link (any route in the hash): the built page is the opening, so its text stays
  // hidden until this route's own view is ready (styles.css, "deep link").
  if (location.hash.length > 1) root.setAttribute('data-deep-link', '');
  const unmark = () => root.removeAttribute('data-deep-link');
  window.addEventListener('error', unmark, { once: true });
  const held = [];
  window.__heldClicks = held;
  // The app's buttons and map; the keys the app answers anywhere (App.tsx, StoryView.tsx).
  const HELD = 'button, svg[role="img"]';
  const KEYS = ['Escape', 'j', 'k'];
  const hold = (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('#root')) return;
    if (
      event.type === 'click'
        ? !target.closest(HELD)
        : !KEYS.includes(event.key) ||
          event.altKey ||
          event.ctrlKey ||
          event.metaKey ||
          target.closest('input, textarea, select, [contenteditable]')
    )
      return;
    // Before React's listeners on #root: nothing else sees it now.
    event.stopImmediatePropagation();
    event.preventDefault();
    held.push(event);
  };
  /** The same element (or its like in a page rendered afresh), or the map at the same point. */
  const replay = (event) => {
    const app = document.getElementById('root');
    const { target } = event;
    if (event.type === 'keydown') {
      (target.isConnected ? target : document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true }),
      );
      return;
    }
    const button = target.closest('button');
    if (button) {
      const text = button.textContent;
      (button.isConnected
        ? button
        : [...app.querySelectorAll('button')].find((b) => b.textContent === text)
      )?.click();
    } else {
      const { clientX, clientY } = event;
      app
        .querySelector('svg[role="img"]')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX, clientY }));
    }
  };
  for (const type of ['click', 'keydown']) window.addEventListener(type, hold, true);
  new MutationObserver((_, observer) => {
    if (!root.hasAttribute('data-view-ready')) return;
    observer.disconnect();
    for (const type of ['click', 'keydown']) window.removeEventListener(type, hold, true);
    for (const event of held.splice(0)) replay(event);
  }).observe(root, { attributes: true, attributeFilter: ['data-view-ready'] });

  const modules = (document.currentScript?.dataset.modules ?? '').split(' ').filter(Boolean);
  // A module that cannot load (a frame sandboxed without allow-same-origin has no origin, so
  // the host must allow our files to any origin: README, "Embed it"): the built page stays, and
  // says why nothing answers, once, with the way to the full map.
  const failed = () => {
    unmark();
    if (document.querySelector('.boot-notice')) return;
    const notice = document.createElement('p');
    notice.className = 'boot-notice';
    notice.setAttribute('role', 'status');
    // The full page of the same story and colours.
    const page = new URL('./', location.href);
    const asked = new URLSearchParams(location.search);
    for (const key of ['story', 'theme']) if (asked.has(key)) page.searchParams.set(key, asked.get(key));
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = 'Open the interactive map';
    if (window.parent === window) {
      link.textContent = 'Reload';
      link.href = location.href;
      notice.append('The map’s code could not load; the drawing and the article are complete. ', link);
    } else {
      link.target = '_blank';
      link.rel = 'noopener';
      notice.append(
        'The map cannot become interactive inside this page; the drawing and the article are complete. ',
        link,
      );
    }
    document.body.prepend(notice);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of modules) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      script.onerror = failed;
      document.head.append(script);
    }
  };
  // The frame after the first contentful paint; at the latest a second on (a frame the
  // browser does not paint, offscreen or hidden, reports no paint and runs no animation frames).
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
