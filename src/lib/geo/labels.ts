/**
 * One label point per area, inside the polygon: a polygon source would label every tile piece of a
 * large area, repeating the name across the map.
 */
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

type Props = Record<string, string | number | boolean>;

export function labelPoints(
	areas: FeatureCollection<Polygon | MultiPolygon, Props>
): FeatureCollection<Point, Props> {
	return {
		type: 'FeatureCollection',
		features: areas.features.map((f) => ({
			type: 'Feature',
			properties: f.properties,
			geometry: pointOnFeature(f).geometry
		}))
	};
}
