/**
 * Records the data's current version in the changelog, data/versions.csv: `npm run data:version --
 * "what changed"`. The build refuses data whose content hash has no version there, so every change
 * to what the map shows gets a dated name and a line saying what changed.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dataHash, readVersions, unversionedFiles } from '../src/lib/server/app-data';
import { VERSIONS_FILE } from '../src/lib/data/versions';
import { DataError } from '../src/lib/data/table';

const changes = process.argv.slice(2).join(' ').trim();

try {
	const hash = dataHash(unversionedFiles());
	const known = readVersions().find((row) => row.version.endsWith(`-${hash}`));
	if (known) {
		console.log(`data version ${known.version} is already recorded`);
	} else if (!changes) {
		console.error('say what changed: npm run data:version -- "what changed"');
		process.exit(1);
	} else {
		const today = new Date().toISOString().slice(0, 10);
		const cell = /[",\n]/.test(changes) ? `"${changes.replaceAll('"', '""')}"` : changes;
		const text = readFileSync(VERSIONS_FILE, 'utf8');
		const next = `${text.endsWith('\n') ? text : `${text}\n`}${today}-${hash},${today},${cell}\n`;
		// Written whole, then renamed into place, so a crash never leaves half a changelog.
		writeFileSync(`${VERSIONS_FILE}.tmp`, next);
		renameSync(`${VERSIONS_FILE}.tmp`, VERSIONS_FILE);
		readVersions();
		console.log(`recorded data version ${today}-${hash}`);
	}
} catch (e) {
	if (e instanceof DataError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
