/**
 * Views as fast-check generates them for property tests: any camera inside the limits, any layers,
 * any date or window in the period, any evidence grades, any selection id, either language. Shared by the tests of every
 * address that carries a view.
 */
import fc from 'fast-check';
import { dateAt, dayCount } from '$lib/data/dates';
import { LAYER_IDS } from './layers';
import { EVIDENCE_GRADES } from '$lib/data/evidence';
import {
	CAMERA_LIMITS,
	normaliseCamera,
	normaliseGrades,
	normaliseLayers,
	type ViewState
} from './view-state';

const day = fc.integer({ min: 0, max: dayCount() - 1 }).map((i) => dateAt(i));

export const viewArbitrary: fc.Arbitrary<ViewState> = fc.record({
	camera: fc.option(
		fc
			.record({
				center: fc.tuple(
					fc.double({ min: CAMERA_LIMITS.west, max: CAMERA_LIMITS.east, noNaN: true }),
					fc.double({ min: CAMERA_LIMITS.south, max: CAMERA_LIMITS.north, noNaN: true })
				),
				zoom: fc.double({ min: CAMERA_LIMITS.minZoom, max: CAMERA_LIMITS.maxZoom, noNaN: true }),
				bearing: fc.double({ min: -180, max: 180, noNaN: true })
			})
			.map(normaliseCamera),
		{ nil: null }
	),
	layers: fc.subarray([...LAYER_IDS]).map(normaliseLayers),
	grades: fc.subarray([...EVIDENCE_GRADES]).map(normaliseGrades),
	date: fc
		.tuple(day, day, fc.boolean())
		.map(([a, b, window]) =>
			window ? { from: a < b ? a : b, to: a < b ? b : a } : { to: a > b ? a : b }
		),
	selected: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), { nil: null }),
	lang: fc.constantFrom('en' as const, 'ar' as const)
});
