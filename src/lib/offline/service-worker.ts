/**
 * The page's side of the service worker (src/service-worker.ts): registering it, noticing when a new
 * version has been installed and is waiting, and switching to it when the parent asks. The switch reloads
 * the page; the open preparation is saved on `pagehide`, so nothing typed is lost.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

export interface Updates {
	/** Tells the waiting version to take over; the page then reloads into it. */
	useNewVersion(): void;
}

/** Registers the worker; `onReady` is called when a new version is installed and waiting. */
export async function watchForUpdates(onReady: () => void): Promise<Updates | undefined> {
	if (dev || !('serviceWorker' in navigator)) return undefined;
	const registration = await navigator.serviceWorker.register(`${base}/service-worker.js`);
	// When a new version takes over (from this tab or another), every open page reloads into it: a page of
	// the old version would ask for files the new cache no longer holds. On the very first visit the worker
	// takes control without a previous one; that is not a change of version.
	let controlled = navigator.serviceWorker.controller !== null;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (controlled) location.reload();
		controlled = true;
	});
	const waiting = () => {
		// On the very first visit there is no controller yet: that install is not an update.
		if (registration.waiting && navigator.serviceWorker.controller) onReady();
	};
	waiting();
	registration.addEventListener('updatefound', () => {
		registration.installing?.addEventListener('statechange', waiting);
	});
	// Phones keep a tab for days: look for a new version whenever the parent comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
	});
	return {
		useNewVersion() {
			registration.waiting?.postMessage('use-new-version');
		}
	};
}
