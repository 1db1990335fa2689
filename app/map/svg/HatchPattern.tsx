import { hatchPath } from '../../cartography/hatch.ts';
import type { Palette } from '../../cartography/palette.ts';
import { HATCH_LINE_WIDTH, type HatchSpec } from '../../cartography/style.ts';

/**
 * A hatch as an SVG pattern, for the SVG map and the legend. `unit` is the size of a screen
 * pixel in the drawing's units, so the lines keep their spacing and width on screen.
 */
export function HatchPattern({
  id,
  spec,
  palette,
  unit = 1,
}: {
  id: string;
  spec: HatchSpec;
  palette: Palette;
  unit?: number;
}) {
  const size = spec.spacing * unit;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <path
        d={hatchPath(spec, size)}
        stroke={palette[spec.colour]}
        strokeWidth={HATCH_LINE_WIDTH * unit}
        strokeLinecap="square"
      />
    </pattern>
  );
}
