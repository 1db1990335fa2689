import { regionName } from '../state/selectors.ts';
import { store } from '../state/store.ts';
import { passageById } from '../story/queries.ts';
import type { Story, StoryEvent } from '../story/schema.ts';
import { EventItem } from './EventItem.tsx';
import { PassageText } from './PassageText.tsx';

/** One event with the regions it concerns (highlighted on the map) and the passage that reports it. */
export function EventPanel({ event, story }: { event: StoryEvent; story: Story }) {
  const passage = passageById(story, event.passage);
  return (
    <section className="panel" data-panel="event" data-event-id={event.id} aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        Event
      </h2>
      <ul className="event-regions" aria-label="Regions this event concerns">
        {event.regions.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chip"
              data-region-id={id}
              onClick={() => store.getState().selectRegion(id, event.passage)}
            >
              {regionName(store.getState(), id)}
            </button>
          </li>
        ))}
      </ul>
      <ol className="events">
        <EventItem event={event} region={null} />
      </ol>
      {passage && (
        <blockquote className="passage" data-passage-id={passage.id}>
          <PassageText passage={passage} />
        </blockquote>
      )}
    </section>
  );
}
