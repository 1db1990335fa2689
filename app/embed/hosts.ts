/**
 * The sizing protocols of the hosts that frame the embed without our embed.js (README,
 * "Embed it"), besides pym (pymChild.ts):
 *   AMP (`amp-iframe resizable`): the frame's address carries `#amp=1`; the child asks
 *     `{sentinel: 'amp', type: 'embed-size', height}` (AMP denies under 100 px, and may
 *     instead show its overflow button, which the reader taps to grow the frame).
 *   WordPress (oEmbed from a provider it does not trust): the frame is sandboxed, its address
 *     carries `#?secret=…` (ten letters and digits), and the host's wp-embed script sizes it only
 *     from `{message: 'height', value, secret}` (clamped to 200–1,000 px); the host says
 *     `{message: 'ready', secret}` when it is listening.
 * The host is known from the frame's own address, read once at start (the route then drops
 * these marks); from the host only a well-formed `ready` with the same secret is read, and it
 * only asks for the height again.
 */

export type Host =
  | { kind: 'amp' }
  | { kind: 'wordpress'; secret: string }
  /** In a frame whose host speaks none of these: the content scrolls inside it, if it must. */
  | { kind: 'frame' }
  | { kind: 'page' };

/** WordPress's secret as its embed script writes it (wp_generate_password(10, false)), a little wider. */
const SECRET = /(?:^|[#&?])secret=([A-Za-z0-9]{1,64})(?:&|$)/;
const AMP = /(?:^|[#&])amp=1(?:&|$)/;

/** Which host frames this page, from its address's fragment (where AMP and WordPress mark it). */
export function hostOf(hash: string, framed: boolean): Host {
  if (!framed) return { kind: 'page' };
  const secret = SECRET.exec(hash)?.[1];
  if (secret) return { kind: 'wordpress', secret };
  if (AMP.test(hash)) return { kind: 'amp' };
  return { kind: 'frame' };
}

/** The message that tells this host how tall the content is, or null for a host that does not ask. */
export function sizeMessage(host: Host, height: number): object | null {
  const px = Math.ceil(height);
  switch (host.kind) {
    case 'amp':
      return { sentinel: 'amp', type: 'embed-size', height: px };
    case 'wordpress':
      return { message: 'height', value: px, secret: host.secret };
    default:
      return null;
  }
}

/** Whether a message from the host asks for the height again (WordPress's `ready` for this frame). */
export function asksForSize(data: unknown, host: Host): boolean {
  if (host.kind !== 'wordpress' || typeof data !== 'object' || data === null) return false;
  const { message, secret } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && secret === host.secret;
}

/**
 * Tells the host the content's height now, whenever it changes, and when the host says it is
 * ready; returns the function that stops. Nothing for a host with no protocol.
 */
export function startHostSizing(host: Host, content: HTMLElement, win: Window = window): () => void {
  if (sizeMessage(host, 0) === null) return () => {};
  let sent: number | undefined;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    win.parent.postMessage(sizeMessage(host, height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && asksForSize(event.data, host)) send(true);
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
