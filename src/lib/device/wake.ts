/**
 * Keeps the screen on while the parent reads at the table, where the browser has the Screen Wake Lock
 * API; elsewhere the screen dims as usual. The lock ends whenever the page is hidden, so it is asked for
 * again when the page comes back. Returns the way to let go.
 */
export function keepScreenOn(): () => void {
	if (!('wakeLock' in navigator)) return () => {};
	let lock: WakeLockSentinel | null = null;
	let stopped = false;
	const ask = () => {
		if (stopped || document.visibilityState !== 'visible') return;
		navigator.wakeLock.request('screen').then(
			(sentinel) => (stopped ? void sentinel.release() : (lock = sentinel)),
			() => {} // refused (battery saver, no user gesture yet): the screen simply dims
		);
	};
	ask();
	document.addEventListener('visibilitychange', ask);
	return () => {
		stopped = true;
		document.removeEventListener('visibilitychange', ask);
		void lock?.release();
	};
}
