// Preparations live only in this browser, so these pages render there (served through 200.html).
export const prerender = false;
export const ssr = false;
