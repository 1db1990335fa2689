import { describe, expect, it } from 'vitest';
import { fakeFrame } from './fakeFrame.ts';
import {
  heightMessage,
  parseViewportMessage,
  parseWidthMessage,
  pymParams,
  startPymChild,
} from './pymChild.ts';
import { hostLink } from './viewport.ts';

describe('pym child protocol', () => {
  it('reads childId and initialWidth from the query string', () => {
    expect(pymParams('?initialWidth=640&childId=map-1&parentTitle=x')).toEqual({
      childId: 'map-1',
      initialWidth: 640,
    });
    expect(pymParams('?initialWidth=abc&childId=map-1')).toEqual({ childId: 'map-1', initialWidth: null });
  });

  it('is not a pym child without a well-formed childId', () => {
    expect(pymParams('')).toBeNull();
    expect(pymParams('?childId=<script>')).toBeNull();
    expect(pymParams(`?childId=${'a'.repeat(65)}`)).toBeNull();
  });

  it('writes height messages as pym parents expect them', () => {
    expect(heightMessage('map-1', 812.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx813');
  });

  it('accepts a width message for this child only', () => {
    expect(parseWidthMessage('pymxPYMxmap-1xPYMxwidthxPYMx700', 'map-1')).toBe(700);
    expect(parseWidthMessage('pymxPYMxother xPYMxwidthxPYMx700', 'map-1')).toBeNull();
    expect(parseWidthMessage('pymxPYMxmap-2xPYMxwidthxPYMx700', 'map-1')).toBeNull();
  });

  it.each([
    ['not a string', { type: 'width', value: 700 }],
    ['another message type', 'pymxPYMxmap-1xPYMxnavigateToxPYMxjavascript:alert(1)'],
    ['markup as the value', 'pymxPYMxmap-1xPYMxwidthxPYMx<img src=x onerror=alert(1)>'],
    ['trailing garbage', 'pymxPYMxmap-1xPYMxwidthxPYMx700;alert(1)'],
    ['a negative width', 'pymxPYMxmap-1xPYMxwidthxPYMx-5'],
    ['a huge string', `pymxPYMxmap-1xPYMxwidthxPYMx${'9'.repeat(1000)}`],
  ])('ignores %s', (_name, data) => {
    expect(parseWidthMessage(data, 'map-1')).toBeNull();
  });
});

describe('pym message parsing, at its edges', () => {
  const id64 = `A_${'b'.repeat(60)}-9`;

  it('accepts every character a pym childId may hold, up to 64 of them', () => {
    expect(pymParams(`?childId=${id64}`)).toEqual({ childId: id64, initialWidth: null });
    expect(parseWidthMessage(`pymxPYMx${id64}xPYMxwidthxPYMx1`, id64)).toBe(1);
    expect(pymParams('?childId=a')).toEqual({ childId: 'a', initialWidth: null });
    expect(pymParams('?childId=a.b')).toBeNull();
    expect(pymParams('?childId=ab%20')).toBeNull();
  });

  it('takes a positive whole initialWidth only', () => {
    expect(pymParams('?childId=a&initialWidth=1')?.initialWidth).toBe(1);
    expect(pymParams('?childId=a&initialWidth=0')?.initialWidth).toBeNull();
    expect(pymParams('?childId=a&initialWidth=-640')?.initialWidth).toBeNull();
    expect(pymParams('?childId=a&initialWidth=640.5')?.initialWidth).toBeNull();
    expect(pymParams('?childId=a')?.initialWidth).toBeNull();
  });

  it('reads widths of one to six digits, and nothing longer', () => {
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMx0', 'a')).toBe(0);
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMx999999', 'a')).toBe(999999);
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMx1234567', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMx', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMx7 ', 'a')).toBeNull();
  });

  it('needs the whole message: nothing before it, the exact prefix and separators', () => {
    expect(parseWidthMessage('xpymxPYMxaxPYMxwidthxPYMx700', 'a')).toBeNull();
    expect(parseWidthMessage('PYMxaxPYMxwidthxPYMx700', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxaxPYMxwidthxPYMX700', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxaxPYMxWIDTHxPYMx700', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxaxPYMxheightxPYMx700', 'a')).toBeNull();
    expect(parseWidthMessage('pymxPYMxxPYMxwidthxPYMx700', '')).toBeNull();
  });

  it('reads a childId of up to 64 characters and refuses a longer one in a message', () => {
    const id65 = `${id64}x`;
    expect(parseWidthMessage(`pymxPYMx${id65}xPYMxwidthxPYMx700`, id65)).toBeNull();
  });
});

describe('the pym child', () => {
  it('sends its height on start, again on each width message from its parent, and when it changes', () => {
    const page = fakeFrame(500.2);
    const stop = startPymChild({ childId: 'a', initialWidth: 700 }, page.content, page.win);
    expect(page.sent).toEqual(['* pymxPYMxaxPYMxheightxPYMx501']);
    page.message('pymxPYMxaxPYMxwidthxPYMx640');
    expect(page.sent).toHaveLength(2);
    page.resize();
    expect(page.sent).toHaveLength(2); // same height: nothing new
    page.setHeight(900);
    page.resize();
    expect(page.sent.at(-1)).toBe('* pymxPYMxaxPYMxheightxPYMx900');
    expect(page.sent).toHaveLength(3);
    stop();
    expect(page.listening()).toBe(false);
    expect(page.observing()).toBe(false);
  });

  it('gives story mode a link to its host: asking where the frame is, and scrolling it to a whole, non-negative offset', () => {
    const page = fakeFrame(300);
    const stop = startPymChild({ childId: 'a', initialWidth: null }, page.content, page.win);
    const link = hostLink();
    if (!link) throw new Error('no host link');
    link.requestPosition();
    link.scrollTo(120.6);
    link.scrollTo(-40);
    expect(page.sent.slice(1)).toEqual([
      '* pymxPYMxaxPYMxparentPositionInfoxPYMx',
      '* pymxPYMxaxPYMxscrollToChildPosxPYMx121',
      '* pymxPYMxaxPYMxscrollToChildPosxPYMx0',
    ]);
    stop();
    expect(hostLink()).toBeNull();
  });

  it('ignores messages that are not its parent’s well-formed width messages', () => {
    const page = fakeFrame(300);
    startPymChild({ childId: 'a', initialWidth: null }, page.content, page.win);
    page.message('pymxPYMxaxPYMxwidthxPYMx640', {});
    page.message('pymxPYMxbxPYMxwidthxPYMx640');
    page.message('pymxPYMxaxPYMxscrollToChildPosxPYMx0');
    expect(page.sent).toHaveLength(1);
    expect(page.observing()).toBe(true);
  });
});

describe('pym messages that only look like strings', () => {
  it('refuses an object whose text would be a valid message', () => {
    const sneaky = { toString: () => 'pymxPYMxaxPYMxwidthxPYMx700' };
    expect(parseWidthMessage(sneaky, 'a')).toBeNull();
    expect(parseWidthMessage(['pymxPYMxaxPYMxwidthxPYMx700'], 'a')).toBeNull();
  });

  it('reads where its frame is from pym’s viewport-iframe-position, and nothing else', () => {
    const id = 'map-1';
    expect(
      parseViewportMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 -1204.5 0 2996 1000`, id),
    ).toEqual({
      viewportHeight: 800,
      frameTop: -1204.5,
    });
    expect(
      parseViewportMessage(`pymxPYMxotherxPYMxviewport-iframe-positionxPYMx1280 800 0 0 1 1`, id),
    ).toBeNull();
    expect(
      parseViewportMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 0 0 1`, id),
    ).toBeNull();
    expect(
      parseViewportMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1e3 800 0 0 1 1`, id),
    ).toBeNull();
    expect(
      parseViewportMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx${'1'.repeat(300)}`, id),
    ).toBeNull();
    expect(parseViewportMessage({ toString: () => 'x' }, id)).toBeNull();
    const sneaky = { toString: () => `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 0 0 1 1` };
    expect(parseViewportMessage(sneaky, id)).toBeNull();
  });
});
