/**
 * The child side of the pym.js protocol (https://github.com/nprapps/pym.js), the one most
 * newsroom CMSs and Datawrapper/Flourish embeds already speak:
 *   child → parent  `pymxPYMx{childId}xPYMxheightxPYMx{px}`  on load, on each `width` message
 *                                                           and whenever the content's height changes
 *   parent → child  `pymxPYMx{childId}xPYMxwidthxPYMx{px}`
 *   parent → child  `…xPYMxviewport-iframe-positionxPYMx{w} {h} {top} {left} {bottom} {right}`
 *                   (pym's trackscroll, and its answer to `parentPositionInfo`): story mode
 *   child → parent  `…xPYMxparentPositionInfoxPYMx`, and `…xPYMxscrollToChildPosxPYMx{y}`
 *                   only on a reader's key or click in story mode
 * Written here rather than loading pym.js's child: that library is unmaintained since 2018
 * and its child also obeys scroll and navigation commands from the parent, which we refuse.
 * Parent messages are parsed strictly: anything but a well-formed width or position message
 * for this child is ignored, never evaluated, never rendered. The anchored pattern with bounded parts
 * reads at most the first 120 characters of any message, however long.
 */

import { hostSpan, setHostLink } from './viewport.ts';

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

const NUMBER = '(-?\\d{1,7}(?:\\.\\d{1,6})?)';
const VIEWPORT = new RegExp(
  `^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxviewport-iframe-positionxPYMx${Array(6).fill(NUMBER).join(' ')}$`,
);

/**
 * Where the frame is in the host's window (pym's `viewport-iframe-position`: the window's
 * width and height, then the frame's top, left, bottom and right), or null for anything else.
 */
export function parseViewportMessage(
  data: unknown,
  childId: string,
): { viewportHeight: number; frameTop: number } | null {
  if (typeof data !== 'string' || data.length > 200) return null;
  const match = VIEWPORT.exec(data);
  if (!match || match[1] !== childId) return null;
  return { viewportHeight: Number(match[3]), frameTop: Number(match[4]) };
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
    const position = parseViewportMessage(event.data, params.childId);
    if (position)
      hostSpan(position.viewportHeight, position.frameTop, content.getBoundingClientRect().height);
  };
  // Story mode asks where the frame is in the host's window, and may ask the host to scroll
  // to a passage when the reader presses a key for it; the host's pym does it.
  const message = (type: string, value: string) =>
    win.parent.postMessage(`pymxPYMx${params.childId}xPYMx${type}xPYMx${value}`, '*');
  setHostLink({
    requestPosition: () => message('parentPositionInfo', ''),
    scrollTo: (y) => message('scrollToChildPos', String(Math.max(0, Math.round(y)))),
  });
  const observer = new ResizeObserver(() => send());
  observer.observe(content);
  win.addEventListener('message', onMessage);
  send();
  return () => {
    setHostLink(null);
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
