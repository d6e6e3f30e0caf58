/** Loads the start page's storage actions on first use; the browser loads the module only once. */
export const loadStartActions = () => import('./start-actions').then((module) => module.startActions);
