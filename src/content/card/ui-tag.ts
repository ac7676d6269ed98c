/** The tag of the one element Fact Context adds to a page, the hover card's host (see card-host.ts). */
export const UI_TAG = 'fact-context-ui';
