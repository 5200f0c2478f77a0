/*
 * Rafah situation map: the embed loader. Include it once in a page that holds embeds:
 *   <script src="https://<the map's site>/embed.js" async></script>
 * Each embed iframe (marked data-rafah-map) posts { type: 'rafah-map:height', id, height }; the
 * loader sets that iframe's height. It takes a message only from the window of one of the page's
 * embed iframes, and only from that iframe's own origin. No dependencies; nothing is sent anywhere.
 */
(function () {
	'use strict';
	if (window.rafahMapLoader) return;
	window.rafahMapLoader = true;
	var MIN = 120;
	var MAX = 4000;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'rafah-map:height') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height)) return;
		var frames = document.querySelectorAll('iframe[data-rafah-map]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
			frame.style.height = Math.round(Math.min(Math.max(height, MIN), MAX)) + 'px';
			return;
		}
	});
})();
