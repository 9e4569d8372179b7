/** The pages' configuration, as a provider. */
export const UI_CONFIG = Symbol('UI_CONFIG');
