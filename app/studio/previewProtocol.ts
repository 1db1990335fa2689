/**
 * The studio and its preview frames (studio-preview.html, same origin) speak in two messages:
 * the frame says it is ready, the studio answers with the draft's story, and sends it again
 * whenever the editor changes it. Anything else, or from another origin, is ignored.
 */
import type { Story } from '../story/schema.ts';

export type PreviewMessage = { studio: 'ready' } | { studio: 'story'; story: Story };

export function previewMessage(event: MessageEvent, origin: string): PreviewMessage | null {
  if (event.origin !== origin) return null;
  const data = event.data as { studio?: unknown; story?: unknown } | null;
  if (data?.studio === 'ready') return { studio: 'ready' };
  if (data?.studio === 'story' && typeof data.story === 'object' && data.story !== null)
    return { studio: 'story', story: data.story as Story };
  return null;
}
