import { fetchJson } from '../data/fetchJson.ts';
import { against } from '../data/validate.ts';
import { type ViewsData, viewsSchema } from './schema.ts';

/** The points of view (public/data/views.json), checked against their schema. */
export function loadViews(url = `${import.meta.env.BASE_URL}data/views.json`): Promise<ViewsData> {
  return fetchJson(url, against(viewsSchema));
}
