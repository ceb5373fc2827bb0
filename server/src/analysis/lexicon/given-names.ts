// PLACEHOLDER until the lexicon lands.
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set('Jane Maria Anna'.split(' '));
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set('John Olaf Vladimir Amir'.split(' '));
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES]);
export function genderOfGivenName(name: string): 'female' | 'male' | null {
  const female = FEMALE_GIVEN_NAMES.has(name);
  const male = MALE_GIVEN_NAMES.has(name);
  return female === male ? null : female ? 'female' : 'male';
}
