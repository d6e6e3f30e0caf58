/** "Mijn voorstellen overnemen": the proposals of step 9 as the start of the agreements made. */
import { newId } from '$lib/model/create';
import type { Agreement, Preparation } from '$lib/model/preparation';
import { newItemAt } from '$lib/questions/schema-at';
import { isWrittenDown } from './smart';

/** Takes over the proposals that are not yet among the agreements made; returns how many. */
export function takeOverProposals(p: Preparation): number {
	const taken = new Set(p.agreementsMade.map((a) => a.fromProposal));
	const fresh = p.answers.agreements.proposed.filter((a) => isWrittenDown(a) && !taken.has(a.id));
	for (const a of fresh)
		p.agreementsMade.push(
			newItemAt<Agreement>(['agreementsMade'], {
				id: newId(),
				fromProposal: a.id,
				what: a.what,
				who: a.who,
				byWhen: a.byWhen,
				howWeSee: a.howWeSee
			})
		);
	return fresh.length;
}
