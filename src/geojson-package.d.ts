/** The `geojson` package (rows with lat/lon → features) ships no types; its name is taken by @types/geojson. */
declare module 'geojson/geojson.js' {
	const GeoJSON: {
		parse<P>(
			rows: readonly Record<string, unknown>[],
			params: { Point: [string, string]; include?: readonly string[]; exclude?: readonly string[] }
		): import('geojson').FeatureCollection<import('geojson').Point, P>;
	};
	export default GeoJSON;
}
