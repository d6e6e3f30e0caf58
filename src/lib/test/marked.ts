/**
 * A preparation with a marker word of its own in every answer the registry knows, for the tests that find
 * each answer on the papers it belongs on (paper.test.ts) and count it there (bilingual.test.ts).
 */
import type { Paper, RecordsField } from '$lib/questions/question';
import { QUESTIONS } from '$lib/questions/registry';
import { emptyPreparation } from './extremes';

/** "zqaa", "zqab", …: words no document contains by itself. */
const marker = (n: number) => `zq${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}`;

export function markedPreparation() {
	const prep = emptyPreparation();
	const expected = new Map<string, { where: string; paper: readonly Paper[] }>();
	let n = 0;
	const next = (where: string, paper: readonly Paper[]) => {
		const word = marker(n++);
		expected.set(word, { where, paper });
		return word;
	};
	for (const question of QUESTIONS) {
		switch (question.kind) {
			case 'text':
			case 'textarea':
				question.set(prep, next(question.name, question.paper));
				break;
			case 'lines':
				question.get(prep).push({ id: `line-${n}`, text: next(question.name, question.paper) });
				break;
			case 'records': {
				const records = question as RecordsField;
				records.add(prep);
				const record = records.list(prep).at(-1)!;
				for (const sub of records.fields) {
					if (sub.kind === 'text' || sub.kind === 'textarea')
						sub.set(record, next(`${question.name}.${sub.name}`, sub.paper ?? question.paper));
				}
				break;
			}
		}
	}
	// A topic left off the agenda goes on the parent's own page instead.
	const off = next('concerns, not on the agenda', ['own']);
	prep.concerns.push({ id: 'off', text: off, onAgenda: false, minutes: null });
	return { prep, expected };
}
