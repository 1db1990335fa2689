/**
 * One frame of the explainer readers get (studio-preview.html), showing the draft's story: it
 * asks for the story when it starts and gets it again on every change; `hash` is the route it
 * shows (a passage in story mode, a region), set without reloading the frame.
 */
import { useEffect, useRef } from 'react';
import type { Story } from '../story/schema.ts';
import { previewMessage } from './previewProtocol.ts';

export function PreviewFrame({
  story,
  embed,
  theme,
  hash = '',
  width,
  height,
  title,
}: {
  story: Story | null;
  embed: boolean;
  theme: 'light' | 'dark' | null;
  hash?: string;
  width: number | string;
  height: number;
  title: string;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(story);
  latest.current = story;
  const route = useRef(hash);
  route.current = hash;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = frame.current?.contentWindow;
      if (!target || event.source !== target) return;
      if (previewMessage(event, location.origin)?.studio !== 'ready' || !latest.current) return;
      target.postMessage({ studio: 'story', story: latest.current }, location.origin);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    if (story) frame.current?.contentWindow?.postMessage({ studio: 'story', story }, location.origin);
  }, [story]);
  useEffect(() => {
    const target = frame.current?.contentWindow;
    if (target && target.location.hash !== hash) target.location.hash = hash;
  }, [hash]);

  const query = new URLSearchParams({ ...(embed ? { embed: '' } : {}), ...(theme ? { theme } : {}) });
  // The route the frame starts on; later routes are set in place.
  const src = `studio-preview.html?${query.toString()}${route.current}`;
  return (
    <iframe ref={frame} key={`${embed}|${theme}`} src={src} title={title} width={width} height={height} />
  );
}
