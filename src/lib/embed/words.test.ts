import { describe, expect, it } from 'vitest';
import { formatDate } from '$lib/data/describe';
import { embedDek, embedDescription, embedHeadline, layersInWords } from './words';

describe('the words of an embed of any view', () => {
	it('lists the layers shown in a sentence, in the order of the panel', () => {
		expect(layersInWords(['hospitals', 'strikes', 'evacuation-orders'], 'en')).toBe(
			'strikes, evacuation orders and hospitals'
		);
		expect(layersInWords(['strikes', 'hospitals'], 'ar')).toBe('الغارات والمستشفيات');
		expect(layersInWords([], 'en')).toBe('the basemap only, with no layers');
	});

	it('describes the map by its layers and its date, in the chosen language', () => {
		const view = {
			layers: ['strikes' as const, 'evacuation-orders' as const],
			date: { to: '2024-05-28' }
		};
		expect(embedDescription(view, 'en')).toBe(
			'Map of Rafah: strikes and evacuation orders, as of 28 May 2024'
		);
		expect(embedDescription(view, 'ar')).toBe(
			`خريطة رفح: الغارات وأوامر الإخلاء، حتى ${formatDate('2024-05-28', 'ar')}`
		);
		expect(
			embedDescription(
				{ layers: ['strikes'], date: { from: '2024-05-20', to: '2024-05-26' } },
				'en'
			)
		).toBe('Map of Rafah: strikes, 20 – 26 May 2024');
	});

	it('takes the headline from the title, or gives the general one', () => {
		expect(embedHeadline('Where the strikes fell', 'ar')).toBe('Where the strikes fell');
		expect(embedHeadline(null, 'en')).toBe('Rafah, May–June 2024');
		expect(embedHeadline(null, 'ar')).toBe('رفح، أيار/مايو – حزيران/يونيو 2024');
	});

	it('says in its dek what is shown', () => {
		expect(embedDek({ layers: ['aid-corridors'] }, 'en')).toBe(
			'Shown: aid corridors and crossings.'
		);
	});
});
