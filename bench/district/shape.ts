/**
 * The size of a generated district: 25 cadres to a unit, as in the 2,000 cadres in 80
 * units, so that the stress case grows the district without changing what a unit looks like.
 */
export interface DistrictShape {
  cadres: number;
  units: number;
}

export const CADRES_PER_UNIT = 25;

export function districtShape(cadres: number): DistrictShape {
  return { cadres, units: Math.max(1, Math.ceil(cadres / CADRES_PER_UNIT)) };
}
