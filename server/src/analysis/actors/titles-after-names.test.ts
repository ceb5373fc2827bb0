import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

const people = (text: string) => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);

test('a rank’s letters after a person’s name are no part of it: "Lindiwe Sebola SC", "Miriam Cole KC", "Femi Adeyemi SAN"', () => {
  const text = 'Advocate Lindiwe Sebola SC, for the club, told the court the hearing was rushed. Miriam Cole KC said her clients were relieved. Lawyer Femi Adeyemi SAN agreed, as did Julia Slingo FRS.';
  assert.deepEqual(people(text), ['Lindiwe Sebola:person', 'Miriam Cole:person', 'Femi Adeyemi:person', 'Julia Slingo:person']);
});

test('the same letters after a body’s name stay its own: "Al Ahly SC", and "the SC" alone is a body', () => {
  assert.ok(analyze('Al Ahly SC beat Zamalek on Friday.').actors[0].aliases.includes('Al Ahly SC'));
  const { actors } = analyze('The Securities Commission (SC) said on Friday it would review the filing. The SC declined to comment.');
  assert.equal(actors.find((a) => a.aliases.includes('SC'))?.kind, 'organization');
});

test('provincial members’ titles are titles: "NDP MPP Gabrielle Wesley", "the MPP for Kenora"', () => {
  const { actors } = analyze('NDP MPP Gabrielle Wesley called the plan rushed. PQ MNA Louis Tremblay agreed.');
  assert.deepEqual(actors.find((a) => a.name === 'Gabrielle Wesley')?.roles, ['NDP MPP']);
  assert.deepEqual(actors.find((a) => a.name === 'Louis Tremblay')?.roles, ['PQ MNA']);
});

test('a councillor’s abbreviated title is a title: "Cllr Janet Hobbs"', () => {
  const { actors } = analyze('Cllr Janet Hobbs said the vote was close. Coun Hugh Baxter agreed.');
  assert.deepEqual(actors.map((a) => [a.name, a.roles]), [['Janet Hobbs', ['Councillor']], ['Hugh Baxter', ['Councillor']]]);
});

test('a person’s role modifier opening a sentence before a role and a name is no employer: "Former councillor Peter Halvorsen", "Deputy mayor Jane Roe"', () => {
  const { actors } = analyze('Former councillor Peter Halvorsen said the landfill was old. Deputy mayor Jane Roe agreed. Senior counsel Mary Poe spoke.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind, a.roles]), [['Peter Halvorsen', 'person', ['Former councillor']], ['Jane Roe', 'person', ['Deputy mayor']], ['Mary Poe', 'person', ['Senior counsel']]]);
});

test('a rank’s letters set off after a person’s name are no body: "Mr Babatunde Olaniyan, SAN,", "Chief Emeka Obiora (SAN)", "Jane Holloway, QC,"', () => {
  const { actors } = analyze('Counsel to the communities, Mr Babatunde Olaniyan, SAN, told the court it had waited. Chief Emeka Obiora (SAN) asked for time. Jane Holloway, QC, said it was a first step.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Babatunde Olaniyan:person', 'Emeka Obiora:person', 'Jane Holloway:person']);
});

test('"the member for" a seat names a place, as "the MP for" does: "The Nationals member for Lachlan Downs"', () => {
  const { actors } = analyze("The Nationals member for Lachlan Downs, Hamish O'Rourke-Tjandra, said 3,100 people had signed. Jane Roe, a board member for Northwind Analytics, agreed.");
  assert.equal(actors.find((a) => a.name === 'Lachlan Downs')?.kind, 'place');
  assert.equal(actors.find((a) => a.name === 'Northwind Analytics')?.kind, 'organization');
});

test('titles written without their stops are titles, spelled out as with them: "Sgt Jarrah Kelly", "Cr Tamsin O’Loughlin"; and Australia’s "AO" after a name', () => {
  const { actors } = analyze('Sgt Jarrah Kelly said officers had checked 300 homes. Cr Tamsin O’Loughlin agreed. Prof. Hamish McLeod-Stewart AO, an engineer, said the spillway could fail.');
  assert.deepEqual(actors.map((a) => [a.name, a.roles]), [['Jarrah Kelly', ['Sergeant']], ['Tamsin O’Loughlin', ['Councillor']], ['Hamish McLeod-Stewart', ['Professor', 'engineer']]]);
});

test('a title word that is a given name after a given name is a middle name: "Dwayne Earl Pickett Jr."', () => {
  const { actors } = analyze('Dwayne Earl Pickett Jr., 34, was captured about 6 miles from the jail. Pickett had no weapon.');
  assert.deepEqual(actors.map((a) => [a.name, a.roles, a.mentions.length]), [['Dwayne Earl Pickett Jr.', [], 2]]);
});

test('a party and a home town of two words set off by commas name no one: "Rep. Lorna Baines-Whitaker, R-Bay Minette, said"', () => {
  const { actors } = analyze('State Rep. Lorna Baines-Whitaker, R-Bay Minette, said she would ask for a review.');
  assert.deepEqual(actors.map((a) => a.name), ['Lorna Baines-Whitaker']);
});

test('a title word after "bin" is a father’s name, no title: "Sheikh Khalid bin Sultan Al Qasimi"', () => {
  const { actors } = analyze('Its chief executive, Sheikh Khalid bin Sultan Al Qasimi, told Reuters on Monday the deal was off. "The terms changed," Sheikh Khalid said.');
  const khalid = actors.find((a) => a.kind === 'person');
  assert.equal(khalid?.name, 'Khalid bin Sultan Al Qasimi');
  assert.equal(khalid?.roles[0], 'Sheikh');
  assert.equal(khalid?.mentions.length, 2);
});

test('a peer’s territorial designation after "of" is a place, not a second person: "Lord Hammond of Runnymede"', () => {
  const { actors } = analyze('The bill was opposed by Lord Hammond of Runnymede and Baroness Jones of Moulsecoomb.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Hammond:person', 'Runnymede:place', 'Jones:person', 'Moulsecoomb:place']);
});

test('a party and a state abbreviated with stops, set off by commas, name no one: "Sen. Peter Oyelowo, D-Ore., said", "Rep. Tasha Greenleaf, D-N.M., and"', () => {
  const { actors } = analyze('Sen. Laura Whitcombe, D-Vt., said she would object. Rep. Tasha Greenleaf, D-N.M., and Rep. Harold Vance, R-Ind., wrote to the panel.');
  assert.deepEqual(actors.map((a) => a.name), ['Laura Whitcombe', 'Tasha Greenleaf', 'Harold Vance']);
});

test('a British councillor’s party and ward in brackets name no one: "Cllr Margaret Oduya (Lib Dem, Brockwell & Fenn)", "(Con)"', () => {
  const { actors } = analyze('Cllr Ruth Ambler (Lib Dem, Harlow & Stane) proposed it. Cllr Dev Patel (Con) and Cllr Ann Moss (Lab, Stane Central) voted against.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Ruth Ambler:person', 'Dev Patel:person', 'Ann Moss:person']);
});

test('a portfolio before its holder’s noun in lower case is the title’s, no body: "Transport minister Nakagawa Yoshiro"; "A Treasury spokesperson said" keeps the Treasury', () => {
  const { actors } = analyze('Transport minister Nakagawa Yoshiro said the plan was sound. He spoke after a Treasury spokesperson said no.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind, a.roles]), [['Nakagawa Yoshiro', 'person', ['Transport minister']], ['Treasury', 'organization', []]]);
});

test('a scholar’s noun opening a sentence before two names is a title, though the given name is unknown: "Volcanologist Þórdís Guðmundsdóttir"', () => {
  const { actors } = analyze('Volcanologist Þórdís Guðmundsdóttir said the fissure was stable. Economist Kwabena Asante-Boateng disagreed.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['Þórdís Guðmundsdóttir', 'person'], ['Kwabena Asante-Boateng', 'person']]);
});

test('a member’s seat before the member’s title is a place: "Mwatate Ward MCA Dan Mwazo Kirigha", "the Kilifi North MCA", "Glasgow East MP"; a party stays a party ("Labour MP", "SNP MSP")', () => {
  const { actors } = analyze('Mwatate Ward MCA Dan Mwazo Kirigha said the assembly had approved it. "Fine," said Ms Ann Poe, the Kilifi North MCA. Both Labour MP Dan Roe and SNP MSP Joan Poe agreed.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['Mwatate', 'place'], ['Dan Mwazo Kirigha', 'person'], ['Ann Poe', 'person'], ['Kilifi North', 'place'], ['Dan Roe', 'person'], ['SNP', 'organization'], ['Joan Poe', 'person']]);
});
