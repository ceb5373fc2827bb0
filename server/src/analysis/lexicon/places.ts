// PLACEHOLDER until the lexicon lands.
export const COUNTRIES: ReadonlySet<string> = new Set(['France', 'Germany', 'United States']);
export const CITIES: ReadonlySet<string> = new Set(['Brussels', 'Beijing']);
export const US_STATES: ReadonlySet<string> = new Set(['Texas']);
export const REGIONS: ReadonlySet<string> = new Set(['Europe']);
export const PLACE_SHORT_FORMS: ReadonlyMap<string, string> = new Map([['U.S.', 'United States']]);
export const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...US_STATES, ...REGIONS, ...PLACE_SHORT_FORMS.keys()]);
