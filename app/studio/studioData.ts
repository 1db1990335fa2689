/**
 * What the studio works with besides the draft: the map's regions (the published layers, as
 * the explainer loads them) and the gazetteer the command line uses (hand-kept names and the
 * towns of each region), bundled into the studio's own code.
 */
import { useEffect, useState } from 'react';
import hand from '../../authoring/gazetteer.json' with { type: 'json' };
import places from '../../authoring/gazetteer.places.json' with { type: 'json' };
import { type Gazetteer, withPlaces } from '../../authoring/mentions.ts';
import { DataError } from '../data/fetchJson.ts';
import { loadGeo } from '../geo/loadGeo.ts';

export interface Region {
  id: string;
  name: string;
  /** Its colour in the studio's marks (studio.css, `data-colour`). */
  colour: number;
}

export type StudioData =
  | { ready: true; gazetteer: Gazetteer; regionIds: string[]; regions: Region[] }
  | { ready: false; problem: string | null };

export const gazetteer: Gazetteer = withPlaces(hand as Gazetteer, places.regions);

/** The regions an article can link: those the map lets a reader choose. */
export function useStudioData(): StudioData {
  const [data, setData] = useState<StudioData>({ ready: false, problem: null });
  useEffect(() => {
    loadGeo().then(
      ({ geo }) => {
        const features = geo.regions.features;
        const regions = features
          .filter((f) => f.properties.clickable)
          .map((f, colour) => ({ id: String(f.id), name: f.properties.name, colour }));
        setData({ ready: true, gazetteer, regionIds: features.map((f) => String(f.id)), regions });
      },
      (error: unknown) =>
        setData({
          ready: false,
          problem: `The map’s regions could not be loaded (${error instanceof DataError ? error.message : String(error)}); reload the page.`,
        }),
    );
  }, []);
  return data;
}

export const regionName = (regions: readonly Region[], id: string) =>
  regions.find((r) => r.id === id)?.name ?? id;
