/** The app's addresses, for the tests that visit every page. */

/** The pages outside a preparation, besides the start page. */
export const INFO_PAGES = [
	'/nieuw',
	'/openen',
	'/papier',
	'/wissen',
	'/trainer',
	'/privacy',
	'/toegankelijkheid',
	'/hulp',
	'/aandachtspunten',
	'/woorden'
];

/** Every page there is with one preparation stored: the start page, each of its pages, the rest. */
export const everyPage = (id: string) => [
	'/',
	`/p/${id}`,
	`/p/${id}/gegevens`,
	...Array.from({ length: 10 }, (_, i) => `/p/${id}/stap/${i + 1}`),
	`/p/${id}/agenda`,
	`/p/${id}/controleren`,
	`/p/${id}/agenda/print`,
	`/p/${id}/aan-tafel`,
	`/p/${id}/na-het-gesprek`,
	'/tips',
	'/tijdlijn',
	'/bewaard',
	...INFO_PAGES
];
