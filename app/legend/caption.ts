import { formatDate } from '../story/dates.ts';
import type { View } from '../views/schema.ts';

/** "Russia’s view, as of 22 March 2017, …", "The UN General Assembly’s view, as of today, …": a sentence's start. */
export function viewCaption(view: View, date: string, today: boolean): string {
  const when = today ? `as of today, ${formatDate(date)}` : `as of ${formatDate(date)}, the article’s date`;
  const caption = `${view.party}’s view, ${when}`;
  return caption.charAt(0).toUpperCase() + caption.slice(1);
}
