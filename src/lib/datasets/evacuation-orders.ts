/** Evacuation orders: the zones ordered evacuated and the designated "humanitarian area". */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Situation } from '../data/situation';
import { orderProperties, orderStatementRow } from '../data/schemas/evacuation-orders';
import { zoneStats } from '../geo/zones';
import { type DatasetModule, download, geoFile, tableFile } from './define';
import { EVENT_PERIOD } from '../data/dates';

export const files = {
	orders: geoFile<Polygon | MultiPolygon, typeof orderProperties>(
		'data/evacuation-orders/evacuation-orders.geojson',
		orderProperties,
		['Polygon', 'MultiPolygon']
	),
	orderStatements: tableFile('data/evacuation-orders/statements.csv', orderStatementRow, ['id'])
};

/** What each order's geometry says (area, share of Rafah, even-spread bound), computed at build. */
export function orderZones(s: Pick<Situation, 'areas' | 'orders' | 'population'>) {
	const rafah = s.areas.features.find((f) => f.properties.id === 'area-rafah-governorate');
	return rafah ? s.orders.features.map((z) => zoneStats(z, rafah, s.population)) : [];
}

export const evacuationOrders: DatasetModule<typeof files, Situation> = {
	id: 'evacuation-orders',
	title: 'Evacuation orders',
	summary:
		'Zones the Israeli military ordered evacuated, and the designated “humanitarian area”, from the date each order was issued.',
	attribution: 'Evacuation orders: GazaMaps via B’Tselem; OCHA and others',
	licence: 'Block outlines: licence not stated (credit GazaMaps); statements CC BY 4.0',
	contradictions: [
		'6 May order: OCHA says some 31 km² were ordered evacuated; the blocks of the order’s map, as digitised, cover 6.3 km².',
		'A figure of 63 blocks for 11 May includes a simultaneous order for northern Gaza; the Rafah expansion is 9 blocks.'
	],
	files,
	counts: (s) =>
		`${s.orders.features.length} order polygons, ${s.orderStatements.length} statements by sources`,
	records: (s) => ({ orders: s.orders, orderStatements: s.orderStatements, zones: orderZones(s) }),
	features: (s) => s.orders,
	checks: (s, c) => {
		c.unique(files.orders.path, s.orders.features, (f) => f.properties.id);
		c.unique(files.orderStatements.path, s.orderStatements, (r) => r.id);
		for (const f of s.orders.features)
			c.inRange(files.orders.path, f.properties.id, 'issued', f.properties.issued, EVENT_PERIOD);
		for (const r of s.orderStatements) {
			c.resolves(files.orderStatements.path, r.id, 'order_id', r.order_id, 'orders');
			c.cite(files.orderStatements.path, r.id, r.source_id);
			c.inRange(files.orderStatements.path, r.id, 'issued', r.issued, EVENT_PERIOD);
			c.inRange(files.orderStatements.path, r.id, 'effective', r.effective, EVENT_PERIOD);
		}
	},
	downloads: [
		download('evacuation-orders.geojson', 'Order polygons (GeoJSON)', (s) => s.orders),
		download(
			'evacuation-orders-statements.csv',
			'What sources stated (CSV)',
			(s) => s.orderStatements
		)
	]
};
