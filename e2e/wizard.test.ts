import { expect, open, startPreparation, test } from './fixtures';
import { pressAt, submitTo, tabTo, typeAt } from './keyboard';

test.use({ viewport: { width: 320, height: 640 } });

/** What a parent types in each language; every string must come back on the check page. */
const CONTENT = {
	nl: {
		switchTo: null,
		headings: [
			'Doel van het gesprek',
			'Wie zijn erbij',
			'Wat gaat goed',
			'Beeld van uw kind',
			'Thuis en school',
			'Uw kind aan het woord',
			'Verwachtingen',
			'Haalbaarheid',
			'SMART-afspraken',
			'Evaluatie en vervolg',
			'Uw agenda',
			'Controleer uw antwoorden'
		],
		overview: 'Overzicht van uw voorbereiding',
		child: 'Ayşe',
		why: 'De juf maakt zich zorgen over het lezen.',
		outcome: 'Een plan voor extra leesoefening',
		teacher: 'Łucja Kowalczyk',
		buddy: 'Nguyễn Thị Minh',
		strength: 'Ze tekent heel mooi',
		texts: [
			'Samen lezen voor het slapen',
			'Bij gym is ze trots',
			'De juf begroet haar elke ochtend',
			'Hardop lezen in de kring',
			'Ze huilde na het lezen',
			'Elke dag kort oefenen',
			'Rust en vaste momenten',
			'Ze is moe na school',
			'Een planbord met plaatjes',
			'Hoe gaan de pauzes?',
			'Tekenen en buitenspelen',
			'Hardop lezen, dan kijkt iedereen',
			'Als juf zegt wat ik moet lezen',
			'Niet meer voorlezen in de kring',
			'Onderzoek naar het lezen',
			'Elke dag tien minuten lezen',
			'Misschien wil de school wachten'
		],
		wish: 'Elke dag extra leesoefening',
		firstStep: 'Twee keer per week met de onderwijsassistent',
		agreement: 'Ayşe oefent twee keer per week lezen',
		owner: 'Juf Łucja',
		how: 'Haar leestempo gaat omhoog',
		evaluation: [
			'De intern begeleider schrijft het verslag',
			'Dan vraag ik een nieuw gesprek',
			'Ik vraag om een korte pauze'
		],
		evaluationDate: '28 januari 2027',
		agreementDate: '14 december 2026',
		topics: ['Huiswerk kost te veel tijd', 'Lezen gaat te langzaam'],
		question: 'Is er onderzoek naar dyslexie nodig?'
	},
	en: {
		switchTo: 'English',
		headings: [
			'Purpose of the meeting',
			'Who will be there',
			'What goes well',
			'Picture of your child',
			'Home and school',
			"Your child's own voice",
			'Expectations',
			'Feasibility',
			'SMART agreements',
			'Evaluation and follow-up',
			'Your agenda',
			'Check your answers'
		],
		overview: 'Overview of your preparation',
		child: 'Łukasz',
		why: 'The teacher is worried about his reading.',
		outcome: 'A plan for extra reading practice',
		teacher: 'Ms Đorđević',
		buddy: 'Guðrún Jónsdóttir',
		strength: 'He is kind to younger children',
		texts: [
			'Reading together at bedtime',
			'He is proud in PE',
			'The teacher greets him every morning',
			'Reading aloud in the circle',
			'He cried after reading',
			'Short practice every day',
			'Calm and fixed moments',
			'He is tired after school',
			'A planning board with pictures',
			'How do breaks go?',
			'Drawing and playing outside',
			'Reading aloud, everyone looks',
			'When the teacher tells me what to read',
			'No more reading aloud in the circle',
			'Testing his reading',
			'Ten minutes of reading every day',
			'The school may want to wait'
		],
		wish: 'Extra reading practice every day',
		firstStep: 'Twice a week with the teaching assistant',
		agreement: 'Łukasz practises reading twice a week',
		owner: 'Ms Đorđević',
		how: 'His reading speed goes up',
		evaluation: [
			'The coordinator writes the record',
			'Then I ask for a new meeting',
			'I ask for a short break'
		],
		evaluationDate: '28 January 2027',
		agreementDate: '14 December 2026',
		topics: ['Homework takes too long', 'Reading is too slow'],
		question: 'Does he need a dyslexia test?'
	}
} as const;

for (const [language, c] of Object.entries(CONTENT)) {
	test(`a parent completes all ten steps, the agenda and the check page with the keyboard alone (${language})`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await open(page, '/');
		if (c.switchTo) {
			await pressAt(page, 'header summary');
			await pressAt(page, `header button[lang="en"]`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		}
		await pressAt(page, 'main a[href="/nieuw"]');
		await typeAt(page, '#child-name', c.child);
		await tabTo(page, 'input[name="meeting-type"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await typeAt(page, '#meeting-date', '3');
		await typeAt(page, '#meeting-date-month', '12');
		await typeAt(page, '#meeting-date-year', '2026');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.overview);

		await pressAt(page, 'main a.button.primary');
		const [h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, hAgenda, hCheck] = c.headings;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
		await expect(page).toHaveTitle(new RegExp(`1 .* 10 — ${h1}`));
		await typeAt(page, '#purpose-why', c.why);
		await pressAt(page, '#purpose-outcomes-add');
		await page.keyboard.type(c.outcome);
		await submitTo(page, h2);

		await pressAt(page, '#people-school-add');
		await typeAt(page, 'input[id$="-name"]', c.teacher);
		await pressAt(page, '#people-parent-add');
		await tabTo(page, '#people-parent input[type="radio"][name$="-role"]');
		await page.keyboard.press('ArrowDown');
		await typeAt(page, '#people-parent input[id$="-name"]', c.buddy);
		await tabTo(page, 'input[name="people-child"]');
		await page.keyboard.press('ArrowUp');
		await submitTo(page, h3);

		await pressAt(page, '#goes-well-strengths-add');
		await page.keyboard.type(c.strength);
		await typeAt(page, '#goesWell-atHome', c.texts[0]);
		await typeAt(page, '#goesWell-atSchool', c.texts[1]);
		await typeAt(page, '#goesWell-appreciate', c.texts[2]);
		await submitTo(page, h4);

		await typeAt(page, '#picture-hard', c.texts[3]);
		await typeAt(page, '#picture-examples', c.texts[4]);
		await typeAt(page, '#picture-needsToLearn', c.texts[5]);
		await typeAt(page, '#picture-needsToFeelWell', c.texts[6]);
		await submitTo(page, h5);

		await typeAt(page, '#homeSchool-seeAtHome', c.texts[7]);
		await typeAt(page, '#homeSchool-worksAtHome', c.texts[8]);
		await typeAt(page, '#homeSchool-wantToKnow', c.texts[9]);
		await submitTo(page, h6);

		await typeAt(page, '#childVoice-goesWell', c.texts[10]);
		await typeAt(page, '#childVoice-hard', c.texts[11]);
		await typeAt(page, '#childVoice-helps', c.texts[12]);
		await typeAt(page, '#childVoice-wish', c.texts[13]);
		await submitTo(page, h7);

		await typeAt(page, '#expectations-ofSchool', c.texts[14]);
		await typeAt(page, '#expectations-ofUs', c.texts[15]);
		await typeAt(page, '#expectations-mayDiffer', c.texts[16]);
		await submitTo(page, h8);

		await pressAt(page, '#wishes-add');
		await typeAt(page, 'textarea[id$="-wish"]', c.wish);
		await typeAt(page, 'textarea[id$="-firstStep"]', c.firstStep);
		await submitTo(page, h9);

		await pressAt(page, '#agreements-add');
		await typeAt(page, 'textarea[id$="-what"]', c.agreement);
		await typeAt(page, 'input[id$="-who"]', c.owner);
		await typeAt(page, 'input[id$="-byWhen"]', '14');
		await typeAt(page, 'input[id$="-byWhen-month"]', '12');
		await typeAt(page, 'input[id$="-byWhen-year"]', '2026');
		await typeAt(page, 'textarea[id$="-howWeSee"]', c.how);
		await submitTo(page, h10);

		await typeAt(page, '#evaluation-date', '28');
		await typeAt(page, '#evaluation-date-month', '1');
		await typeAt(page, '#evaluation-date-year', '2027');
		await typeAt(page, '#evaluation-whoWritesRecord', c.evaluation[0]);
		await typeAt(page, '#evaluation-ifNotKept', c.evaluation[1]);
		await typeAt(page, '#evaluation-keepCalm', c.evaluation[2]);
		await submitTo(page, hAgenda);

		// Two topics; the second is the more important one, so it is moved up.
		await pressAt(page, '#concern-add');
		await page.keyboard.type(c.topics[0]);
		await pressAt(page, '#concern-add');
		await page.keyboard.type(c.topics[1]);
		await pressAt(page, 'ol.topics li:nth-child(2) button[id$="-up"]');
		await expect(page.locator('ol.topics li').first().locator('textarea').first()).toHaveValue(c.topics[1]);
		// First now, it can only go down: the focus is on that button, not lost to the page.
		await expect(page.locator('ol.topics li').first().locator('button[id$="-down"]')).toBeFocused();
		await pressAt(page, '#questions-add');
		await page.keyboard.type(c.question);
		await submitTo(page, hCheck);

		const text = await page.locator('main').innerText();
		for (const typed of [
			c.child,
			c.why,
			c.outcome,
			c.teacher,
			c.buddy,
			c.strength,
			...c.texts,
			c.wish,
			c.firstStep,
			c.agreement,
			c.owner,
			c.how,
			...c.evaluation,
			c.evaluationDate,
			c.agreementDate,
			c.question
		]) {
			expect(text, typed).toContain(typed);
		}
		expect(text.indexOf(c.topics[1])).toBeLessThan(text.indexOf(c.topics[0]));
		expect(text.indexOf(c.topics[1])).toBeGreaterThan(-1);
	});
}

test('a date that does not exist is named in an error summary that takes focus; nothing typed is lost', async ({
	page
}) => {
	await open(page, '/nieuw');
	await typeAt(page, '#child-name', 'Sem');
	await tabTo(page, 'input[name="meeting-type"]');
	await page.keyboard.press('Space');
	await typeAt(page, '#meeting-date', '15');
	await typeAt(page, '#meeting-date-month', '12');
	await typeAt(page, '#meeting-date-year', '2026');
	await page.keyboard.press('Enter');
	await page.getByRole('link', { name: '10. Evaluatie en vervolg' }).click();
	await page.getByLabel('Wie schrijft het verslag? (optioneel)').fill('De mentor');
	await page.getByLabel('Dag', { exact: true }).fill('30');
	await page.getByLabel('Maand', { exact: true }).fill('2');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Doorgaan' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Deze datum bestaat niet');
	await expect(page).toHaveTitle(/^Fout: Stap 10 van 10/);
	await expect(page.getByLabel('Dag', { exact: true })).toHaveValue('30');
	await page.reload();
	await expect(page.getByLabel('Wie schrijft het verslag? (optioneel)')).toHaveValue('De mentor');
});

test('a change made from the check page returns to the same answer on the check page', async ({ page }) => {
	await startPreparation(page, 'Daan', 'Bespreking van het OPP (ontwikkelingsperspectiefplan)', [
		'10',
		'2',
		'2027'
	]);
	await page.getByRole('link', { name: 'Controleer uw antwoorden' }).click();
	await page.getByText('Vragen die u nog niet heeft ingevuld').nth(4).click();
	await page.getByRole('link', { name: 'Invullen: Wat is moeilijk voor uw kind?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beeld van uw kind');
	await expect(page.getByLabel('Wat is moeilijk voor uw kind? (optioneel)')).toBeFocused();
	await page.getByLabel('Wat is moeilijk voor uw kind? (optioneel)').fill('Breuken en klokkijken');
	await page.getByRole('button', { name: 'Terug naar uw antwoorden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
	const changed = page.locator('.row').filter({ hasText: 'Wat is moeilijk voor uw kind?' });
	await expect(changed).toContainText('Breuken en klokkijken');
	await expect(changed).toBeFocused();
	await expect(changed).toBeInViewport();

	await page.getByText('Vragen die u nog niet heeft ingevuld').first().click();
	await page.getByRole('link', { name: 'Invullen: Waar is het gesprek?' }).click();
	await page.getByLabel('Waar is het gesprek? (optioneel)').fill('SBO De Wissel');
	await page.getByRole('link', { name: 'Terug naar uw antwoorden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
	const place = page.locator('.row').filter({ hasText: 'Waar is het gesprek?' });
	await expect(place).toContainText('SBO De Wissel');
	await expect(place).toBeFocused();

	await place.getByRole('link', { name: 'Wijzig Waar is het gesprek?' }).click();
	await page.getByLabel('Waar is het gesprek? (optioneel)').fill('');
	await page.getByRole('link', { name: 'Terug naar uw antwoorden' }).click();
	const unanswered = page.getByRole('listitem').filter({ hasText: 'Waar is het gesprek?' });
	await expect(unanswered).toBeFocused();
	await expect(unanswered).toBeVisible();
});

test('a 10-minute meeting allows two topics on the agenda and says why', async ({ page }) => {
	await startPreparation(page, 'Noor', '10-minutengesprek of rapportgesprek', ['5', '3', '2027']);
	await page.getByRole('link', { name: 'Uw agenda' }).click();
	await expect(page.getByText('hoogstens 2 onderwerpen')).toBeVisible();
	for (const topic of ['Lezen', 'Vriendjes', 'Huiswerk']) {
		await page.getByRole('button', { name: 'Een onderwerp toevoegen' }).click();
		await page.locator('ol.topics li').last().getByLabel('Waarover wilt u praten?').fill(topic);
	}
	const boxes = page.getByLabel('Op de agenda');
	await expect(boxes.nth(0)).toBeChecked();
	await expect(boxes.nth(1)).toBeChecked();
	await expect(boxes.nth(2)).not.toBeChecked();
	await expect(boxes.nth(2)).toBeDisabled();
	await expect(page.locator('table.plan tfoot')).toContainText('10');

	// A button that can do nothing looks it: the first "Omhoog" and the last "Omlaag".
	const style = (name: string, n: number) =>
		page
			.getByRole('button', { name })
			.nth(n)
			.evaluate((b) => getComputedStyle(b).borderStyle);
	await expect(page.getByRole('button', { name: /^Omhoog/ }).first()).toBeDisabled();
	expect(await style('Omhoog', 0)).toBe('dashed');
	expect(await style('Omhoog', 1)).toBe('solid');
	expect(await style('Omlaag', 2)).toBe('dashed');
});

test('a parent who does not know the kind of meeting can start, and gets the general questions', async ({
	page
}) => {
	await startPreparation(page, 'Mo', 'Ik weet het niet, of iets anders', ['5', '3', '2027']);
	await expect(page.getByText('Mo – gesprek – 5 maart 2027')).toBeVisible();
	await page.goto(page.url() + '/stap/1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doel van het gesprek');
	await expect(page.getByLabel('Wat voor gesprek is het?')).toHaveValue('unknown');
	await expect(page.locator('.advice')).toHaveCount(0);
});
