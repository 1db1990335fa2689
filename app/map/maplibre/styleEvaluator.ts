/**
 * MapLibre's own evaluation of a layer's paint property or filter for one feature, with its
 * feature-state, as the live map evaluates them (its style-spec package): how the unit tests
 * read what the layers paint without a browser. Test code: nothing in the app imports it.
 */
import {
  createPropertyExpression,
  featureFilter,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Flags } from '../../cartography/scene.ts';

/** A feature as the evaluator takes it: 1 a point, 2 a line, 3 a polygon. */
export interface EvaluatedFeature {
  type: 1 | 2 | 3;
  id?: string;
  properties: Record<string, unknown>;
}

const GLOBALS = { zoom: 5 } as never;

/** The value MapLibre gives `key` of `layer`'s paint for this feature and feature-state. */
export function evaluatePaint(
  layer: LayerSpecification,
  key: string,
  feature: EvaluatedFeature,
  state: Flags = {},
): unknown {
  const value = (layer.paint as Record<string, unknown>)[key];
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ]?.[key];
  if (!spec) throw new Error(`no ${key} for ${layer.type} layers`);
  const parsed = createPropertyExpression(value, `${layer.id}.paint.${key}`, spec);
  if (parsed.result !== 'success') throw new Error(`${layer.id}.${key}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate(GLOBALS, feature as never, state);
}

/** Whether `layer`'s filter lets this feature through (a layer without one lets all through). */
export function passesFilter(layer: LayerSpecification, feature: EvaluatedFeature): boolean {
  if (!('filter' in layer) || !layer.filter) return true;
  return featureFilter(layer.filter, `${layer.id}.filter`).filter(GLOBALS, feature as never);
}
