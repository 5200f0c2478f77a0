import { describe, expect, it } from 'vitest';
import { ExplorerView } from './explorer.svelte';
import { defaultView } from './view-state';

describe('ExplorerView', () => {
	it('keeps layers in registry order whatever order they are switched in', () => {
		const view = new ExplorerView({ ...defaultView(), layers: [] });
		view.toggle('hospitals', true);
		view.toggle('strikes', true);
		view.toggle('strikes', true);
		expect(view.state.layers).toEqual(['strikes', 'hospitals']);
		view.toggle('strikes');
		expect(view.state.layers).toEqual(['hospitals']);
	});

	it('moves a window of days with the day, keeping its length', () => {
		const view = new ExplorerView({
			...defaultView(),
			date: { from: '2024-05-20', to: '2024-05-26' }
		});
		view.setAsOf('2024-05-28');
		expect(view.state.date).toEqual({ from: '2024-05-22', to: '2024-05-28' });
		view.setWindow(null);
		expect(view.state.date).toEqual({ to: '2024-05-28' });
		view.setWindow(1);
		expect(view.state.date).toEqual({ from: '2024-05-28', to: '2024-05-28' });
	});

	it('shows the date window with the grades switched on', () => {
		const view = new ExplorerView({ ...defaultView(), date: { to: '2024-05-26' } });
		view.toggleGrade('single', false);
		expect(view.shown).toEqual({ to: '2024-05-26', grades: ['several', 'confirmed'] });
	});

	it('ignores a camera the address could not hold', () => {
		const view = new ExplorerView();
		view.setCamera({ center: [NaN, 31.3], zoom: 12, bearing: 0 });
		expect(view.state.camera).toBeNull();
		view.setCamera({ center: [34.2512345678, 31.3], zoom: 12.3456, bearing: 370 });
		expect(view.state.camera).toEqual({ center: [34.25123, 31.3], zoom: 12.35, bearing: 10 });
	});
});
