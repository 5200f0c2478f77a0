/**
 * MapLibre's own interface strings (its controls' labels, the scale's units, the gesture hints) in the
 * reader's language, as the `locale` patch the map takes: without it an Arabic page's map controls speak
 * English.
 */
import { m } from '$lib/paraglide/messages';

export function mapUiStrings(): Record<string, string> {
	return {
		'AttributionControl.ToggleAttribution': m.map_ui_toggle_attribution(),
		'FullscreenControl.Enter': m.map_ui_fullscreen_enter(),
		'FullscreenControl.Exit': m.map_ui_fullscreen_exit(),
		'Map.Title': m.map_ui_map(),
		'NavigationControl.ResetBearing': m.map_ui_reset_bearing(),
		'NavigationControl.ZoomIn': m.map_ui_zoom_in(),
		'NavigationControl.ZoomOut': m.map_ui_zoom_out(),
		'ScaleControl.Meters': m.map_ui_metres(),
		'ScaleControl.Kilometers': m.map_ui_kilometres(),
		'CooperativeGesturesHandler.WindowsHelpText': m.map_ui_gestures_windows(),
		'CooperativeGesturesHandler.MacHelpText': m.map_ui_gestures_mac(),
		'CooperativeGesturesHandler.MobileHelpText': m.map_ui_gestures_mobile()
	};
}
