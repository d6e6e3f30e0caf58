/**
 * What an agreement still lacks to be checkable afterwards (SMART as used in Dutch education): what is
 * agreed, who does it, by when, and how we will see that it works. Hints only: nothing is ever blocked.
 */
import type { Agreement } from '$lib/model/preparation';

export const AGREEMENT_PARTS = ['what', 'who', 'byWhen', 'howWeSee'] as const;
export type AgreementPart = (typeof AGREEMENT_PARTS)[number];

export function missingParts(agreement: Pick<Agreement, AgreementPart>): AgreementPart[] {
	return AGREEMENT_PARTS.filter((part) => agreement[part].trim() === '');
}
