import { describe, expect, it } from 'vitest';
import { example } from '$lib/test/extremes';
import { takeOverProposals } from './take-over';
import { recapText } from './recap';

describe('recapText', () => {
	it('lists every agreement with owner and date, then the evaluation, in Dutch', () => {
		const p = example('ayse');
		expect(takeOverProposals(p)).toBe(2);
		p.after.evaluationDate = '2027-01-28';
		p.after.whoInvites = 'De intern begeleider';
		const text = recapText(p);
		expect(text.split('\n')[0]).toBe('Bevestiging van onze afspraken');
		expect(text).toContain('gesprek van donderdag 3 december 2026 over Ayşe');
		expect(text).toContain(
			'1. Ayşe oefent twee keer per week 15 minuten lezen met de onderwijsassistent. — wie: School: juf Łucja regelt het — klaar op maandag 14 december 2026'
		);
		expect(text).toContain('2. Wij lezen thuis elke avond tien minuten samen.');
		expect(text).toContain('We evalueren op donderdag 28 januari 2027.');
		expect(text).toContain('De intern begeleider nodigt uit.');
	});

	it('gives the evaluation’s time, and the parent’s own date as a proposal until one is agreed', () => {
		const p = example('ayse');
		takeOverProposals(p);
		p.after.evaluationTime = '15:30';
		p.after.whoInvites = 'De intern begeleider';
		// The time belongs to a date agreed at the meeting, not to the parent's own proposal.
		expect(recapText(p)).toContain('Mijn voorstel: we evalueren op donderdag 28 januari 2027.');
		p.after.evaluationDate = '2027-02-04';
		const text = recapText(p);
		expect(text).toContain('We evalueren op donderdag 4 februari 2027 om 15:30 uur.');
		expect(text).toContain('De intern begeleider nodigt uit.');
		expect(text).not.toContain('28 januari');
	});

	it('carries an agreement with only an owner and a date, or only a note, as the sheet and the calendar do', async () => {
		const p = example('ayse');
		p.agreementsMade = [
			{
				id: 'a',
				what: '',
				who: 'Meesterwie',
				byWhen: '2027-01-11',
				howWeSee: '',
				note: '',
				fromProposal: ''
			},
			{ id: 'b', what: '', who: '', byWhen: '', howWeSee: '', note: 'Notitiemarker', fromProposal: '' }
		];
		const recap = recapText(p);
		expect(recap).toContain('1. wie: Meesterwie — klaar op maandag 11 januari 2027');
		expect(recap).toContain('Opmerking: Notitiemarker');
		expect(recap).not.toContain('Er zijn nog geen afspraken opgeschreven.');
		const { calendarFile } = await import('./calendar');
		expect(calendarFile(p).text).toContain('SUMMARY:Afspraak klaar\r\n');
		const { makeSheet } = await import('$lib/pdf/sheet');
		const { nodeFonts } = await import('$lib/pdf/fonts-node');
		const { pdfText } = await import('$lib/test/read-back');
		const sheet = pdfText((await makeSheet(p, nodeFonts())).bytes);
		expect(sheet).toContain('Meesterwie');
		expect(sheet).toContain('Notitiemarker');
	});

	it('is written in the preparation’s language', () => {
		const p = { ...example('daan'), language: 'en' as const };
		takeOverProposals(p);
		const text = recapText(p);
		expect(text.split('\n')[0]).toBe('Confirmation of our agreements');
		expect(text).toContain('by Wednesday 24 February 2027');
	});

	it('says so plainly when nothing was agreed yet', () => {
		expect(recapText(example('daan'))).toContain('Er zijn nog geen afspraken opgeschreven.');
	});
});

describe('takeOverProposals', () => {
	it('takes each proposal over once, remembering where it came from', () => {
		const p = example('ayse');
		takeOverProposals(p);
		expect(takeOverProposals(p)).toBe(0);
		expect(p.agreementsMade.map((a) => a.fromProposal)).toEqual(['p1', 'p2']);
		expect(new Set(p.agreementsMade.map((a) => a.id)).size).toBe(2);
	});
});
