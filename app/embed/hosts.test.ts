import { describe, expect, it } from 'vitest';
import { parseHash } from '../state/route.ts';
import { fakeFrame } from './fakeFrame.ts';
import { asksForSize, type Host, hostOf, sizeMessage, startHostSizing } from './hosts.ts';

describe('which host frames the embed', () => {
  it.each([
    ['#?secret=Ab12Cd34Ef', true, { kind: 'wordpress', secret: 'Ab12Cd34Ef' }],
    ['#region=crimea#?secret=Ab12Cd34Ef', true, { kind: 'wordpress', secret: 'Ab12Cd34Ef' }],
    ['#amp=1', true, { kind: 'amp' }],
    ['#region=crimea&amp=1', true, { kind: 'amp' }],
    ['#region=crimea', true, { kind: 'frame' }],
    ['', true, { kind: 'frame' }],
    ['#amp=1', false, { kind: 'page' }],
    // Not marks: a secret with markup, amp set to anything but 1, a region named like one.
    ['#?secret=<img>', true, { kind: 'frame' }],
    ['#amp=10', true, { kind: 'frame' }],
    ['#region=amp=1', true, { kind: 'frame' }],
  ] as const)('%s (framed: %s) is %o', (hash, framed, host) => {
    expect(hostOf(hash, framed)).toEqual(host);
  });

  it.each([
    ['#region=crimea#?secret=Ab12Cd34Ef', 'crimea'],
    ['#region=crimea&amp=1', 'crimea'],
    ['#amp=1&region=crimea', 'crimea'],
  ])('the route in %s is read without the host’s marks', (hash, region) => {
    expect(parseHash(hash).region).toBe(region);
  });

  it('leaves the route empty when the address holds only a mark', () => {
    expect(parseHash('#?secret=Ab12Cd34Ef')).toEqual(parseHash(''));
    expect(parseHash('#amp=1')).toEqual(parseHash(''));
  });
});

describe('the sizing messages', () => {
  const wordpress: Host = { kind: 'wordpress', secret: 'Ab12Cd34Ef' };

  it('speaks AMP’s embed-size and WordPress’s height, in whole pixels', () => {
    expect(sizeMessage({ kind: 'amp' }, 812.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
    expect(sizeMessage(wordpress, 812.2)).toEqual({ message: 'height', value: 813, secret: 'Ab12Cd34Ef' });
    expect(sizeMessage({ kind: 'frame' }, 812)).toBeNull();
    expect(sizeMessage({ kind: 'page' }, 812)).toBeNull();
  });

  it.each([
    ['WordPress’s ready for this frame', { message: 'ready', secret: 'Ab12Cd34Ef' }, true],
    ['another frame’s ready', { message: 'ready', secret: 'Zz99Zz99Zz' }, false],
    ['a ready with no secret', { message: 'ready' }, false],
    ['another message', { message: 'link', value: 'https://x.test', secret: 'Ab12Cd34Ef' }, false],
    ['a string', 'ready', false],
    ['null', null, false],
  ])('%s: asks for the height again: %s', (_, data, asks) => {
    expect(asksForSize(data, wordpress)).toBe(asks);
    expect(asksForSize(data, { kind: 'amp' })).toBe(false);
  });

  it('sends the height on start, when it changes and when WordPress says ready; stops when told', () => {
    const frame = fakeFrame(640.5);
    const stop = startHostSizing(wordpress, frame.content, frame.win);
    const height = (value: number) => [{ message: 'height', value, secret: 'Ab12Cd34Ef' }, '*'];
    expect(frame.sent).toEqual([height(641)]);
    frame.resize();
    expect(frame.sent).toHaveLength(1);
    frame.setHeight(900);
    frame.resize();
    expect(frame.sent.at(-1)).toEqual(height(900));
    frame.message({ message: 'ready', secret: 'Ab12Cd34Ef' });
    expect(frame.sent).toHaveLength(3);
    // Only the parent's ready counts.
    frame.message({ message: 'ready', secret: 'Ab12Cd34Ef' }, {});
    expect(frame.sent).toHaveLength(3);
    stop();
    expect(frame.listening()).toBe(false);
    expect(frame.observing()).toBe(false);
  });

  it('does nothing for a host with no protocol', () => {
    const frame = fakeFrame(500);
    startHostSizing({ kind: 'frame' }, frame.content, frame.win);
    expect(frame.sent).toEqual([]);
    expect(frame.listening()).toBe(false);
  });
});
