import { describe, expect, it } from 'vitest';
import type { Agreement } from '$lib/model/preparation';
import { checkAgreement, missingParts, vaguePhrasings, type VagueKind } from './smart';

const full = {
	what: 'Twee keer per week lezen',
	who: 'Juf Łucja',
	byWhen: '2026-12-14',
	howWeSee: 'AVI-niveau'
};
const agreement = (over: Partial<Agreement> = {}): Agreement => ({
	id: 'a',
	note: '',
	fromProposal: '',
	...full,
	...over
});
const context = { today: '2026-12-03', holidays: [], all: [] };

describe('missingParts', () => {
	it('finds nothing missing in a complete agreement', () => {
		expect(missingParts(full)).toEqual([]);
	});

	it('names every part that is empty or only spaces, in a fixed order', () => {
		expect(missingParts({ ...full, who: '  ', byWhen: '' })).toEqual(['who', 'byWhen']);
		expect(missingParts({ what: '', who: '', byWhen: '', howWeSee: '' })).toEqual([
			'what',
			'who',
			'byWhen',
			'howWeSee'
		]);
	});
});

describe('checkAgreement', () => {
	it('has nothing to say about a SMART agreement', () => {
		expect(checkAgreement(agreement(), context)).toEqual([]);
	});

	it('says when there is no owner or no date', () => {
		expect(checkAgreement(agreement({ who: '', byWhen: '' }), context)).toEqual([
			{ code: 'missing', parts: ['who', 'byWhen'] }
		]);
	});

	it('says when the date is in the past, in a weekend or in a school holiday the parent marked', () => {
		expect(checkAgreement(agreement({ byWhen: '2026-12-02' }), context)).toEqual([{ code: 'past' }]);
		expect(checkAgreement(agreement({ byWhen: '2026-12-03' }), context)).toEqual([]);
		expect(checkAgreement(agreement({ byWhen: '2026-12-12' }), context)).toEqual([{ code: 'weekend' }]);
		const holidays = [{ id: 'k', name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' }];
		expect(checkAgreement(agreement({ byWhen: '2026-12-22' }), { ...context, holidays })).toEqual([
			{ code: 'holiday', holiday: 'Kerstvakantie' }
		]);
	});

	it('finds vague words that cannot be measured, in Dutch and in English, as whole words', () => {
		expect(checkAgreement(agreement({ what: 'Meer aandacht voor lezen' }), context)).toEqual([
			{ code: 'vague', found: [{ kind: 'attention', words: 'Meer aandacht' }] }
		]);
		expect(checkAgreement(agreement({ howWeSee: 'Het moet beter gaan' }), context)).toEqual([
			{ code: 'vague', found: [{ kind: 'better', words: 'beter gaan' }] }
		]);
		expect(checkAgreement(agreement({ what: 'Uitproberen van een koptelefoon' }), context)).toEqual([]);
	});

	it('says when one owner carries more than three agreements', () => {
		const all = Array.from({ length: 4 }, () => ({ who: 'juf  Łucja' }));
		expect(checkAgreement(agreement(), { ...context, all })).toEqual([{ code: 'busy-owner', count: 4 }]);
		expect(checkAgreement(agreement(), { ...context, all: all.slice(1) })).toEqual([]);
	});
});

describe('vaguePhrasings', () => {
	const caught: [string, VagueKind][] = [
		['De juf gaat proberen meer aandacht te geven', 'try'],
		['De juf gaat proberen meer aandacht te geven', 'attention'],
		['We proberen het thuis ook', 'try'],
		['Ayşe probeert elke dag te lezen', 'try'],
		['Dit is al eerder geprobeerd', 'try'],
		['Extra aandacht voor rekenen', 'attention'],
		['De school besteedt aandacht aan pesten', 'attention'],
		['De mentor houdt het in de gaten', 'watch'],
		['We houden het in de gaten', 'watch'],
		['Juf gaat het lezen in de gaten houden', 'watch'],
		['De IB blijft volgen hoe het gaat', 'watch'],
		['Regelmatig oefenen met lezen', 'often'],
		['Af en toe een gesprekje', 'often'],
		['Vaker buiten spelen', 'often'],
		['Hij moet beter opletten in de klas', 'better'],
		['De juf let er beter op', 'better'],
		['Het lezen moet beter gaan', 'better'],
		['We kijken of het helpt', 'see-whether'],
		['De IB kijkt of er onderzoek nodig is', 'see-whether'],
		['Zo snel mogelijk een onderzoek', 'soon'],
		['Binnenkort een gesprek met de IB', 'soon'],
		['Waar mogelijk een rustige plek', 'if-possible'],
		['Indien nodig extra hulp', 'if-possible'],
		['The teacher will try to help more', 'try'],
		['Trying a quieter seat', 'try'],
		['More attention for reading', 'attention'],
		['We pay closer attention to maths', 'attention'],
		['The mentor keeps an eye on it', 'watch'],
		['Practise regularly at home', 'often'],
		['Reading should get better', 'better'],
		['We will see if it helps', 'see-whether'],
		['A test as soon as possible', 'soon'],
		['Extra help where possible', 'if-possible'],
		['Öğretmen okumaya daha fazla dikkat edecek', 'attention'],
		['Yeni bir oturma yeri deneyeceğiz', 'try'],
		['Rehber öğretmen durumu takip edecek', 'watch'],
		['Evde düzenli olarak okuma', 'often'],
		['Okuma daha iyi olacak', 'better'],
		['En kısa sürede bir test', 'soon'],
		['Gerekirse ek yardım', 'if-possible'],
		['Nauczycielka postara się pomóc', 'try'],
		['Więcej uwagi dla czytania', 'attention'],
		['Pedagog będzie obserwować postępy', 'watch'],
		['Regularnie ćwiczyć w domu', 'often'],
		['Zobaczymy, czy to pomaga', 'see-whether'],
		['Badanie jak najszybciej', 'soon'],
		['W razie potrzeby dodatkowa pomoc', 'if-possible'],
		['Вчителька спробує допомогти', 'try'],
		['Більше уваги до читання', 'attention'],
		['Координатор стежитиме за цим', 'watch'],
		['Іноді читати вдома', 'often'],
		['Подивимося, чи це допоможе', 'see-whether'],
		['Тест якнайшвидше', 'soon'],
		['За потреби додаткова допомога', 'if-possible'],
		['سنحاول مكاناً أهدأ في الصف', 'try'],
		['المزيد من الاهتمام بالقراءة', 'attention'],
		['ستتابع المعلمة القراءة', 'watch'],
		['القراءة في البيت أحياناً', 'often'],
		['سنرى ما إذا كان ذلك يساعد', 'see-whether'],
		['اختبار في أقرب وقت', 'soon'],
		['مساعدة إضافية عند الحاجة', 'if-possible']
	];
	it.each(caught)('catches “%s” as %s', (text, kind) => {
		expect(vaguePhrasings(text).map((f) => f.kind)).toContain(kind);
	});

	const measurable = [
		'Juf Łucja oefent elke dinsdag 15 minuten lezen met Ayşe',
		'Uitproberen van een koptelefoon, twee weken lang',
		'Op 14 december kijkt de IB naar de uitslag van de toets',
		'Ayşe leest 60 woorden per minuut op de AVI-kaart',
		'De IB belt de ouders elke vrijdag om 15.00 uur',
		'Wij lezen thuis elke avond tien minuten samen',
		'Ms Łucja reads with Ayşe every Tuesday for 15 minutes',
		'The IB phones us every Friday at 3 pm',
		'Reading speed goes from 40 to 60 words a minute by 1 March',
		'A quiet corner in the classroom from Monday 7 December',
		'Öğretmen her salı 15 dakika Ayşe ile okuyor',
		'Denetim raporu 14 Aralık’ta gelir',
		'Pani Łucja czyta z Ayşe w każdy wtorek przez 15 minut',
		'Вчителька читає з Олею щовівторка 15 хвилин',
		'تقرأ المعلمة مع محمد كل ثلاثاء لمدة 15 دقيقة'
	];
	it.each(measurable)('leaves “%s” alone', (text) => {
		expect(vaguePhrasings(text)).toEqual([]);
	});
});
