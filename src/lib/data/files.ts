/** Paths of the curated files, relative to the project root. */
export const DATA_FILES = {
	sources: 'data/sources/sources.csv',
	strikes: 'data/strikes/strikes.csv',
	strikeReports: 'data/strikes/reports.csv',
	areas: 'data/shelter-population/shelter-population.geojson',
	population: 'data/shelter-population/figures.csv',
	crossings: 'data/aid-corridors/crossings.csv',
	crossingStatus: 'data/aid-corridors/status.csv',
	routes: 'data/aid-corridors/routes.geojson',
	aidVolume: 'data/aid-corridors/aid-volume.csv',
	trucksDaily: 'data/aid-corridors/trucks-daily.csv',
	orders: 'data/evacuation-orders/evacuation-orders.geojson',
	orderStatements: 'data/evacuation-orders/statements.csv',
	places: 'data/places/places.csv',
	hospitalStatus: 'data/places/hospital-status.csv'
} as const;
