import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loads, preparationNodes, sharedFiles, withPreloads } from './preload.js';

/** A build of three preparation pages under one layout, and a page elsewhere. */
const manifest = {
	'nodes/2.js': { file: '_app/nodes/2.js', imports: ['_kit.js', '_store.js'], css: ['_app/2.css'] },
	'nodes/9.js': { file: '_app/nodes/9.js', imports: ['_kit.js', '_forms.js', '_steps.js'] },
	'nodes/13.js': { file: '_app/nodes/13.js', imports: ['_kit.js', '_forms.js'] },
	'nodes/16.js': { file: '_app/nodes/16.js', imports: ['_forms.js', '_dates.js'] },
	'nodes/7.js': { file: '_app/nodes/7.js', imports: ['_kit.js', '_new.js'] },
	'_kit.js': { file: '_app/kit.js' },
	'_store.js': { file: '_app/store.js', imports: ['_kit.js'] },
	'_forms.js': { file: '_app/forms.js', imports: ['_fields.js'], css: ['_app/forms.css'] },
	'_fields.js': { file: '_app/fields.js' },
	'_steps.js': { file: '_app/steps.js' },
	'_dates.js': { file: '_app/dates.js' },
	'_new.js': { file: '_app/new.js' }
};

describe('the preloads of the fallback page', () => {
	it('find the preparation’s layout and pages among the generated nodes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gw-nodes-'));
		const node = (n: number, ...routes: string[]) =>
			writeFileSync(
				join(dir, `${n}.js`),
				routes.map((r) => `export * from "../../../../src/routes/${r}";`).join('\n')
			);
		node(2, 'p/[id]/+layout.ts', 'p/[id]/+layout.svelte');
		node(9, 'p/[id]/+page.svelte');
		node(16, 'p/[id]/stap/[n=step]/+page.svelte');
		node(7, 'nieuw/+page.svelte');
		node(0, '+layout.ts', '+layout.svelte');
		const found = preparationNodes(dir, 'nodes');
		expect(found.layouts).toEqual(['nodes/2.js']);
		expect(found.pages.sort()).toEqual(['nodes/16.js', 'nodes/9.js']);
	});

	it('are the files every preparation page loads (code and styles), with its layout, and no other page’s', () => {
		expect([...loads(manifest, ['nodes/9.js'])].sort()).toEqual(
			[
				'_app/fields.js',
				'_app/forms.js',
				'_app/forms.css',
				'_app/kit.js',
				'_app/nodes/9.js',
				'_app/steps.js'
			].sort()
		);
		const shared = sharedFiles(manifest, {
			layouts: ['nodes/2.js'],
			pages: ['nodes/9.js', 'nodes/13.js', 'nodes/16.js']
		});
		expect(shared.sort()).toEqual(
			[
				'_app/nodes/2.js',
				'_app/2.css',
				'_app/kit.js',
				'_app/store.js',
				'_app/forms.js',
				'_app/forms.css',
				'_app/fields.js'
			].sort()
		);
	});

	it('go before </head>, once each, leaving out what the page already loads', () => {
		const html = '<html><head><link href="/_app/kit.js" rel="modulepreload"></head><body></body></html>';
		const page = withPreloads(html, ['_app/kit.js', '_app/forms.js', '_app/forms.css']);
		expect(page).toBe(
			'<html><head><link href="/_app/kit.js" rel="modulepreload"><link href="/_app/forms.js" rel="modulepreload"><link href="/_app/forms.css" rel="preload" as="style" crossorigin></head><body></body></html>'
		);
		expect(() => loads(manifest, ['nodes/404.js'])).toThrow(/not in Vite's manifest/);
	});
});
