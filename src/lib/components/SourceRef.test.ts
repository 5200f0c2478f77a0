import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/data/schemas/sources';
import SourceRef from './SourceRef.svelte';

const source = (over: Partial<Source>): Source => ({
	id: 'x',
	publisher: 'OCHA',
	title: 'Flash Update',
	url: 'https://www.ochaopt.org/x',
	published: '2024-05-07',
	kind: 'report',
	...over
});
const html = (s: Source) => render(SourceRef, { props: { source: s, id: s.id } }).body;

describe('SourceRef', () => {
	it('shows markup in data as text, never as elements', () => {
		const body = html(
			source({ publisher: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>' })
		);
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
		expect(body).not.toMatch(/<img|<script/);
	});

	it('links http(s) only and shows any other address as plain text', () => {
		expect(html(source({}))).toContain('href="https://www.ochaopt.org/x"');
		for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>'])
			expect(html(source({ url }))).not.toContain('href=');
		expect(html(source({ url: 'javascript:alert(1)', title: undefined }))).toContain(
			'untitled page at an unknown address'
		);
	});

	it('isolates publisher and title, so their direction cannot reorder the date after them', () => {
		expect(html(source({ publisher: 'وفا' }))).toMatch(
			/<bdi class="publisher[^"]*">وفا<\/bdi>:.*<bdi>Flash Update<\/bdi>/s
		);
	});

	it('compact, links the publisher with the title as its tooltip, and still only http(s)', () => {
		const compact = (s: Source) =>
			render(SourceRef, { props: { source: s, id: s.id, compact: true } }).body;
		const body = compact(source({}));
		expect(body).toMatch(
			/<a href="https:\/\/www.ochaopt.org\/x" title="Flash Update"[^>]*><bdi class="publisher[^"]*">OCHA<\/bdi><\/a>/
		);
		expect(body).not.toContain('<bdi>Flash Update</bdi>');
		expect(compact(source({ url: 'javascript:alert(1)' }))).not.toContain('href=');
	});
});
