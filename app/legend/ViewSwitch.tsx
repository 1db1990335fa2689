/**
 * "Whose map?": the reader picks the party whose borders and names the map, the list, the
 * legend and the panel show, and whether as of the article's date or today. One native select
 * and a checkbox on one line (a thumb-sized target each; keyboard and screen readers get them
 * for free), and under them a polite live region saying which view is shown.
 */
import { currentView, viewDate } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import { DEFAULT_VIEW, summaryOn } from '../views/resolve.ts';
import { viewCaption } from './caption.ts';

export function ViewSwitch() {
  const views = useExplainer((s) => s.views);
  const view = useExplainer(currentView);
  const today = useExplainer((s) => s.route.today ?? false);
  const date = useExplainer(viewDate);
  if (!views || !view) return null;
  const choose = (id: string, asOfToday: boolean) =>
    store.getState().setView(id === DEFAULT_VIEW ? null : id, asOfToday);
  return (
    <div className="view-switch" data-view={view.id}>
      <label className="view-switch__choice">
        <span>Whose map?</span>
        <select value={view.id} onChange={(e) => choose(e.target.value, today)}>
          {views.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <label className="view-switch__today">
        <input type="checkbox" checked={today} onChange={(e) => choose(view.id, e.target.checked)} />
        <span>As of today</span>
      </label>
      <p className="view-switch__now" role="status">
        {view.id === DEFAULT_VIEW && !today
          ? 'The explainer’s own map: internationally recognised borders.'
          : `${viewCaption(view, date, today)}: ${summaryOn(view, date)}`}
      </p>
    </div>
  );
}
