/**
 * The child side of the pym.js protocol (https://github.com/nprapps/pym.js), the one most
 * newsroom CMSs and Datawrapper/Flourish embeds already speak:
 *   child → parent  `pymxPYMx{childId}xPYMxheightxPYMx{px}`  on load, on each `width` message
 *                                                           and whenever the content's height changes
 *   parent → child  `pymxPYMx{childId}xPYMxwidthxPYMx{px}`
 * Written here rather than loading pym.js's child: that library is unmaintained since 2018
 * and its child also obeys scroll and navigation commands from the parent, which we refuse.
 * Parent messages are parsed strictly: anything but a well-formed width message for this
 * child is ignored, never evaluated, never rendered. The anchored pattern with bounded parts
 * reads at most the first 120 characters of any message, however long.
 */

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MESSAGE = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMx([a-zA-Z]{1,32})xPYMx(\d{1,6})$/;

interface PymParams {
  childId: string;
  initialWidth: number | null;
}

/** The pym parameters from the query string, or null when the page is not a pym child. */
export function pymParams(search: string): PymParams | null {
  const params = new URLSearchParams(search);
  const childId = params.get('childId');
  if (!childId || !ID.test(childId)) return null;
  const width = Number(params.get('initialWidth'));
  return { childId, initialWidth: Number.isInteger(width) && width > 0 ? width : null };
}

export function heightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${Math.ceil(height)}`;
}

/** A width message for this child, as a number of pixels; null for anything else. */
export function parseWidthMessage(data: unknown, childId: string): number | null {
  if (typeof data !== 'string') return null;
  const match = MESSAGE.exec(data);
  if (!match || match[1] !== childId || match[2] !== 'width') return null;
  return Number(match[3]);
}

/**
 * Starts speaking pym to the parent page: returns the function that stops. Heights are of
 * `content` (the app's root), sent only when they change.
 */
export function startPymChild(params: PymParams, content: HTMLElement, win: Window = window): () => void {
  let sent: number | undefined;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    win.parent.postMessage(heightMessage(params.childId, height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (parseWidthMessage(event.data, params.childId) !== null) send(true);
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(content);
  win.addEventListener('message', onMessage);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
