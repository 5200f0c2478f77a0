/**
 * The status of a crossing or a hospital on a day, from sourced statements with validity intervals.
 * Used by the map's date control and by the details.
 */
import type { CrossingStatus, CrossingStatusValue } from './schemas/aid-corridors';
import type { HospitalStatus, HospitalStatusValue } from './schemas/places';

interface StatusStatement<T extends string> {
	status: T;
	valid_from?: string;
	valid_to?: string;
}

/**
 * The last known status on `date` from sourced statements: among those that cover the day (one with no
 * stated end runs on until a later statement), the most recent wins; where sources disagree on that
 * day, the first in `order` (the most restrictive) is used for the map colour. Every statement is still
 * listed in the details.
 */
export function lastKnownStatus<T extends string>(
	statements: readonly StatusStatement<T>[],
	date: string,
	order: readonly T[]
): T | undefined {
	const covering = statements.flatMap((s) => {
		const from = s.valid_from ?? s.valid_to;
		if (!from || from > date) return [];
		if (s.valid_to !== undefined && s.valid_to < date) return [];
		return [{ from, status: s.status }];
	});
	const latest = covering.reduce((max, c) => (c.from > max ? c.from : max), '');
	const current = covering.filter((c) => c.from === latest);
	return order.find((o) => current.some((c) => c.status === o));
}

/** A crossing's last known status on `date` (see `lastKnownStatus`). */
export function statusOn(
	statuses: readonly CrossingStatus[],
	crossingId: string,
	date: string
): CrossingStatusValue | undefined {
	return lastKnownStatus(
		statuses.filter((s) => s.crossing_id === crossingId),
		date,
		['closed', 'restricted', 'open']
	);
}

/** A hospital's last known status on `date`, most severe first where sources disagree. */
export function hospitalStatusOn(
	statuses: readonly HospitalStatus[],
	placeId: string,
	date: string
): HospitalStatusValue | undefined {
	return lastKnownStatus(
		statuses.filter((s) => s.place_id === placeId),
		date,
		['evacuated', 'non-functional', 'partially functional', 'functional']
	);
}
