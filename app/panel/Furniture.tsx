/**
 * The page's furniture, from the story's data: who published the article and when (under
 * the headline), and where the text, the map and the editor's additions come from (at the
 * foot). A date an editor found rather than the article states is marked as the editor's.
 */
import { useExplainer } from '../state/store.ts';
import { formatDate } from '../story/dates.ts';
import type { StoryDate } from '../story/schema.ts';

/**
 * A date, and when an editor found it rather than the article states it, says so: in full at
 * the foot ("date added by the editor"), as a footnote mark under the headline, where the
 * line must stay one line on a phone (the mark's words are there for screen readers).
 */
function DateText({ date, mark = false }: { date: StoryDate; mark?: boolean }) {
  const note = date.note ?? 'This date is not in the article; an editor added it.';
  return (
    <>
      <time dateTime={date.value}>{formatDate(date.value)}</time>
      {date.source === 'editor' &&
        (mark ? (
          <abbr className="editor-mark editor-mark--footnote" title={note}>
            <span aria-hidden="true">*</span>
            <span className="visually-hidden"> (date added by the editor)</span>
          </abbr>
        ) : (
          <>
            {' '}
            <abbr className="editor-mark" title={note}>
              (date added by the editor)
            </abbr>
          </>
        ))}
    </>
  );
}

/** Publisher and date, under the headline; its line is there from the first paint. */
export function Byline() {
  const publication = useExplainer((s) => s.story?.publication);
  return (
    <p className="byline" data-byline="">
      {publication && (
        <>
          <span>{publication.publisher}</span>
          {' · '}
          <DateText date={publication.published} mark />
        </>
      )}
    </p>
  );
}

/** Where everything comes from, at the foot of the page. */
export function SourceLine() {
  const story = useExplainer((s) => s.story);
  const asOf = useExplainer((s) => s.geo?.regions.features.find((f) => f.properties.asOf)?.properties.asOf);
  const publication = story?.publication;
  return (
    <footer className="source-line">
      {story && (
        <p>
          Article: “{story.title}”
          {publication && (
            <>
              ,{' '}
              {publication.url ? (
                <a href={publication.url} rel="noopener noreferrer">
                  {publication.publisher}
                </a>
              ) : (
                publication.publisher
              )}
              , {publication.published.source === 'editor' && <span aria-hidden="true">*</span>}
              <DateText date={publication.published} />
            </>
          )}
          , quoted verbatim. Event summaries and dates in square brackets are the explainer editor’s.
        </p>
      )}
      <p>
        Map: Natural Earth (public domain)
        {asOf && (
          <>
            ; the separatist-held area in Donbass as Natural Earth drew it, as of {formatDate(asOf)}, before
            Russia’s full-scale invasion of 2022
          </>
        )}
        .
      </p>
    </footer>
  );
}
