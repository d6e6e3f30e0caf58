import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './migrations';
import { FORMAT_VERSION } from './preparation';

describe('migrate', () => {
	it('has a migration for every version before the current one', () => {
		for (let v = 1; v < FORMAT_VERSION; v++)
			expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
		expect(FORMAT_VERSION).toBeGreaterThanOrEqual(1);
	});

	it('leaves a current document as it is', () => {
		const doc = { formatVersion: FORMAT_VERSION, id: 'a' };
		expect(migrate(doc)).toEqual({ ok: true, doc, from: FORMAT_VERSION });
	});

	it('upgrades an older document step by step through the migrations it is given', () => {
		const migrations = {
			1: (doc: Record<string, unknown>) => ({ ...doc, child: { firstName: doc.childName } }),
			2: (doc: Record<string, unknown>) => ({ ...doc, upgradedTwice: true })
		};
		const result = migrate({ formatVersion: 1, childName: 'Nguyễn' }, migrations, 3);
		expect(result).toEqual({
			ok: true,
			from: 1,
			doc: { formatVersion: 3, childName: 'Nguyễn', child: { firstName: 'Nguyễn' }, upgradedTwice: true }
		});
	});

	it('refuses a document from a newer version', () => {
		expect(migrate({ formatVersion: FORMAT_VERSION + 1 })).toEqual({
			ok: false,
			reason: 'newer-version',
			version: FORMAT_VERSION + 1
		});
	});

	it.each([undefined, '1', 0, 1.5])('refuses a document whose version is %j', (formatVersion) => {
		expect(migrate({ formatVersion })).toEqual({ ok: false, reason: 'no-version' });
	});
});
