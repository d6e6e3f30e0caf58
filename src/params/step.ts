import type { ParamMatcher } from '@sveltejs/kit';

/** Step numbers in the address: 1 to 10. */
export const match: ParamMatcher = (param) => /^(10|[1-9])$/.test(param);
