/*
 * Region explainer loader. Paste once per page, with YOUR-HOST/PATH where dist/ is served:
 *   <div data-region-explainer-src="…YOUR-HOST/PATH/embed.html"></div>
 *   <script src="…YOUR-HOST/PATH/embed.js" async></script>
 * Each placeholder becomes an iframe (titled, lazy, full width) whose height follows its
 * content through pym.js-style messages; only well-formed height messages from that
 * iframe's own window and origin are read.
 */
(() => {
  const PREFIX = 'pymxPYMx';
  const HEIGHT = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxheightxPYMx(\d{1,6})$/;
  // Story mode asks where its frame is (to keep its map in the reader's window) and, on a
  // reader's key, to scroll to a passage inside it.
  const POSITION = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxparentPositionInfoxPYMx$/;
  const SCROLL = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxscrollToChildPosxPYMx(\d{1,7})$/;
  let count = 0;

  function setup(host) {
    if (host.hasAttribute('data-region-explainer-ready')) return;
    let url;
    try {
      url = new URL(host.getAttribute('data-region-explainer-src') ?? '', document.baseURI);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    host.setAttribute('data-region-explainer-ready', 'true');
    count += 1;
    const id = `region-explainer-${count}`;
    url.searchParams.set('childId', id);
    url.searchParams.set('initialWidth', String(host.clientWidth));

    const iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title =
      host.getAttribute('data-region-explainer-title') ??
      'Interactive map: Georgia, South Ossetia, Crimea and Donbass';
    iframe.loading = 'lazy';
    iframe.setAttribute('width', '100%');
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'display:block;width:100%;min-height:320px;border:0;';
    host.appendChild(iframe);

    // Where the frame is in this window (pym's viewport-iframe-position), at most once a frame.
    let tracking = false;
    let frame = 0;
    const sendPosition = () => {
      const r = iframe.getBoundingClientRect();
      const value = `${window.innerWidth} ${window.innerHeight} ${r.top} ${r.left} ${r.bottom} ${r.right}`;
      iframe.contentWindow?.postMessage(
        `${PREFIX}${id}xPYMxviewport-iframe-positionxPYMx${value}`,
        url.origin,
      );
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(sendPosition);
    };

    window.addEventListener('message', (event) => {
      if (event.source !== iframe.contentWindow || event.origin !== url.origin) return;
      if (typeof event.data !== 'string') return;
      const match = HEIGHT.exec(event.data);
      if (match && match[1] === id) iframe.style.height = `${match[2]}px`;
      const asks = POSITION.exec(event.data);
      if (asks && asks[1] === id) {
        if (!tracking) {
          tracking = true;
          window.addEventListener('scroll', onScroll, { passive: true });
          window.addEventListener('resize', onScroll);
        }
        sendPosition();
      }
      const scroll = SCROLL.exec(event.data);
      if (scroll && scroll[1] === id)
        window.scrollTo({ top: iframe.getBoundingClientRect().top + window.scrollY + Number(scroll[2]) });
    });
    // Widths go to the iframe on every resize, including a hidden container being shown, once
    // it holds the app: before its load event it is still about:blank, which another origin
    // cannot address (the browser would log a target-origin warning in the host's console).
    let loaded = false;
    const sendWidth = () => {
      if (loaded)
        iframe.contentWindow?.postMessage(`${PREFIX}${id}xPYMxwidthxPYMx${host.clientWidth}`, url.origin);
    };
    iframe.addEventListener('load', () => {
      loaded = true;
      sendWidth();
    });
    new ResizeObserver(sendWidth).observe(host);
  }

  for (const host of document.querySelectorAll('[data-region-explainer-src]')) setup(host);
})();
