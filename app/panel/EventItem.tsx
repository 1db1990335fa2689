import { store } from '../state/store.ts';
import { formatDate } from '../story/dates.ts';
import type { StoryEvent } from '../story/schema.ts';
import { passageHref } from './links.ts';

/** An event: when the article says it happened, what happened, and the links both ways. */
export function EventItem({ event, region }: { event: StoryEvent; region: string | null }) {
  return (
    <li className="event" data-event-id={event.id}>
      <p className="event__when">
        <span>{event.when ?? 'Not dated in the article'}</span>
        {event.when && event.whenBy === 'editor' && (
          <>
            {' '}
            <abbr className="editor-mark" title="These words are the editor's, not the article's.">
              (editor’s words)
            </abbr>
          </>
        )}
        {event.date && !(event.date.source === 'article' && event.when?.includes(event.date.value)) && (
          <span className="event__date" data-date-source={event.date.source}>
            {formatDate(event.date.value)}
            {event.date.source === 'editor' && (
              <>
                {' '}
                <abbr title={event.date.note ?? 'This date is not in the article; an editor added it.'}>
                  date added by the editor
                </abbr>
              </>
            )}
          </span>
        )}
      </p>
      <p className="event__summary">{event.summary}</p>
      {event.review === 'proposed' && (
        <p className="event__proposed">
          Suggested by the authoring tool from the article; not yet checked by an editor.
        </p>
      )}
      <p className="event__links">
        <button type="button" className="link-button" onClick={() => store.getState().showEvent(event.id)}>
          Show on the map
        </button>
        <a href={passageHref(region, event.passage)}>Read the passage</a>
      </p>
    </li>
  );
}
