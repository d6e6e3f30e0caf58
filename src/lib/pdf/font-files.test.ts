import { describe, expect, it } from 'vitest';
import { everyScript, example, scriptsPreparation } from '$lib/test/extremes';
import { fontUrls } from './font-files';
import { scriptsOf } from './scripts';

const names = (urls: string[]) => urls.map((url) => /([\w-]+)\.ttf/.exec(url)?.[1]);

describe('the fonts the browser fetches for a document', () => {
	it('are Noto Sans alone for Latin, Turkish, Polish, Vietnamese and Cyrillic text: what it fetched before', () => {
		for (const prep of [example('ayse'), example('daan'), everyScript()]) {
			expect(names(fontUrls(scriptsOf(prep)))).toEqual(['NotoSans-Regular', 'NotoSans-Bold']);
		}
	});

	it('add a script’s font, both weights, only for text in that script', () => {
		const arabic = example('ayse');
		arabic.child.firstName = 'محمد';
		expect(names(fontUrls(scriptsOf(arabic)))).toEqual([
			'NotoSans-Regular',
			'NotoSans-Bold',
			'NotoSansArabic-Regular',
			'NotoSansArabic-Bold'
		]);
		expect(names(fontUrls(scriptsOf(scriptsPreparation())))).toEqual([
			'NotoSans-Regular',
			'NotoSans-Bold',
			'NotoSansArabic-Regular',
			'NotoSansArabic-Bold',
			'NotoSansEthiopic-Regular',
			'NotoSansEthiopic-Bold'
		]);
	});
});
