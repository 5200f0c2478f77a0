/**
 * A static host for the e2e tests: serves a build folder the way Netlify, Cloudflare Pages and nginx
 * do (a folder's index.html at its slashed address, a redirect from the address without the slash)
 * and applies the folder's own `_headers` file, so the tests check the headers the site ships.
 *
 *   tsx tests/e2e/support/static-server.ts <folder> <port>
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
	'.woff2': 'font/woff2'
};

const [folder, port] = process.argv.slice(2);
if (!folder || !port) throw new Error('usage: static-server.ts <folder> <port>');
const root = resolve(folder);
const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));

function isFile(path: string): boolean {
	return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isFolder(path: string): boolean {
	return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end();
		return;
	}
	const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
	// Hosts read `_headers`; they never serve it.
	if (!file.startsWith(root + sep) || file === join(root, '_headers')) {
		res.writeHead(404).end();
		return;
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405).end();
		return;
	}
	if (!path.endsWith('/') && isFolder(file)) {
		res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	if (!isFile(file)) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const body = readFileSync(file);
	res.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'content-length': body.byteLength,
		// The file's headers replace the defaults, as on the hosts it is written for.
		...headersFor(rules, path)
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1');
