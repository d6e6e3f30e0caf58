/**
 * Runs inside the page: records console errors and warnings, uncaught errors, rejected promises and
 * Content-Security-Policy violations in sessionStorage, which lasts across reloads of the tab. A
 * ReportingObserver with `buffered: true` also hands over violations that happened before this ran, so
 * nothing from the page's own load is missed where the driver can only run scripts after it (WebDriver
 * classic). Kept free of closures over module scope: it is sent to the browser as source text.
 */
export function watchPage(wrapConsole: boolean): void {
	const KEY = 'engine-walk-problems';
	const w = window as unknown as { __engineWatch?: boolean };
	if (w.__engineWatch) return;
	w.__engineWatch = true;
	const note = (text: string) => {
		const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as string[];
		list.push(`${location.pathname}: ${text}`);
		sessionStorage.setItem(KEY, JSON.stringify(list));
	};
	if (wrapConsole) {
		for (const level of ['error', 'warn'] as const) {
			const original = console[level].bind(console);
			console[level] = (...args: unknown[]) => {
				note(`console.${level} ${args.map(String).join(' ')}`);
				original(...args);
			};
		}
		addEventListener('error', (event) => note(`uncaught ${event.message}`));
		addEventListener('unhandledrejection', (event) => note(`unhandled rejection ${String(event.reason)}`));
	}
	document.addEventListener('securitypolicyviolation', (event) =>
		note(`CSP violation ${event.violatedDirective} ${event.blockedURI}`)
	);
	if ('ReportingObserver' in window) {
		new ReportingObserver(
			(reports) => {
				for (const report of reports) note(`report ${report.type} ${JSON.stringify(report.body)}`);
			},
			{ buffered: true }
		).observe();
	}
}

/** Reads what watchPage recorded in this tab. */
export function recorded(): string[] {
	return JSON.parse(sessionStorage.getItem('engine-walk-problems') ?? '[]') as string[];
}
