import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index';

test('a shoal or an atoll named with its head noun is a place, its leading ordinal kept ("Second Thomas Shoal")', () => {
  const { actors } = analyze('Vessels fired water cannon at a supply boat near Second Thomas Shoal on Tuesday. Bikini Atoll was quiet.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Second Thomas Shoal', 'place'],
      ['Bikini Atoll', 'place'],
    ],
  );
});

test('a township, a ward and a city after "in" are places, though Ward is a surname and City ends clubs', () => {
  const { actors } = analyze(
    'Firefighters from neighboring Gideon Township spent hours at the scene. He had a failed restaurant venture in Traverse City. ' +
      'Trustee Ana Price, who represents the East Ward, said no. Rachel Ward said yes. Leicester City won. Fans in Manchester City shirts sang.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Gideon Township', 'place'],
      ['Traverse City', 'place'],
      ['Ana Price', 'person'],
      ['East Ward', 'place'],
      ['Rachel Ward', 'person'],
      ['Leicester City', 'organization'],
      ['Manchester City', 'organization'],
    ],
  );
});

test('a name before "-set", "-based" or "-born" is a place, known or not, and no surname spelled like it; a demonym or a backer is none', () => {
  const { actors } = analyze('The festival opens with “The Salt Roads,” the Connemara-set drama. A Kremlin-backed group and a Russian-born banker objected. Councillor Peadar Mac Conmara agreed.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Connemara', 'place'],
      ['Peadar Mac Conmara', 'person'],
    ],
  );
});

test('a numbered area, sector, zone or ward is a place', () => {
  const { actors } = analyze('In the Area 25 township of Lilongwe, a driver said he had waited. Troops moved into Sector 7. The councillor represents Ward 3.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Area 25', 'place'],
      ['Lilongwe', 'place'],
      ['Sector 7', 'place'],
      ['Ward 3', 'place'],
    ],
  );
});

test('a dam, a barrage or a reservoir named with its head noun is a place; a body named after it is not, nor a person surnamed Dam', () => {
  const { actors } = analyze('Flows at Tarbela Dam rose as water at Guddu Barrage and the Mangla Reservoir rose. The Tarbela Dam Authority said so. Lars Dam agreed.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Tarbela Dam', 'place'],
      ['Guddu Barrage', 'place'],
      ['Mangla Reservoir', 'place'],
      ['Tarbela Dam Authority', 'organization'],
      ['Lars Dam', 'person'],
    ],
  );
});

test('a place named after a country’s division and "of" stays the place beside a person who bears its name: "the department of Cortés", Héctor Cortés Lara', () => {
  const { actors } = analyze('Drivers blocked a road near Villanueva, in the department of Cortés.\n\nLiberal lawmaker Héctor Cortés Lara said talks had failed. The department of Health said it would help.');
  assert.equal(actors.find((a) => a.name === 'Cortés')?.kind, 'place');
  assert.deepEqual(actors.find((a) => a.name === 'Héctor Cortés Lara')?.aliases, ['Héctor Cortés Lara']);
  assert.ok(!actors.some((a) => a.name === 'Health' && a.kind === 'place'));
});

test('names listed before a local unit’s plural are places, a given name first too: "Niharni and Jagat Sukh panchayats"', () => {
  const { actors } = analyze('The tribunal heard a petition filed by residents of Niharni and Jagat Sukh panchayats. Rain fell in Nahan and Paonta Sahib tehsils.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Niharni:place', 'Jagat Sukh:place', 'Nahan:place', 'Paonta Sahib:place']);
});

test('springs, narrows, rapids, flats, meadows, downs and creeks are places; a given name before Meadows or Downs makes a person', () => {
  const { actors } = analyze('Water rose at Mullion Springs and Kapikik Narrows, then at Willow Flats, Dawson Creek and Hollins Meadows. Mark Meadows and Rebecca Downs of Lachlan Downs spoke.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), [
    'Mullion Springs:place', 'Kapikik Narrows:place', 'Willow Flats:place', 'Dawson Creek:place', 'Hollins Meadows:place',
    'Mark Meadows:person', 'Rebecca Downs:person', 'Lachlan Downs:place',
  ]);
});

test('a Malay estate, condominium, village, road or island is a place by its opening word, the words after it no person', () => {
  const { actors } = analyze('Buyers at Residensi Seri Cempaka and Taman Seri Bayu sued. Police raided a house in Kampung Baru and a shop on Jalan Ampang.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Residensi Seri Cempaka:place', 'Taman Seri Bayu:place', 'Kampung Baru:place', 'Jalan Ampang:place']);
});

test('a town named like a person, after "in" and listed with a place, is a place; a given name listed after a place is not made one', () => {
  const { actors } = analyze('“Who will vaccinate the children in Rafi and Mariga?” he asked. Jobs in Kenya and Maria Lopez were discussed.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Rafi:place', 'Mariga:place', 'Kenya:place', 'Maria Lopez:person']);
});

test('a hollow, a bluff or a harbour named with its head noun is a place', () => {
  const { actors } = analyze('Residents of Fern Hollow were told to leave. Boats sheltered at Pearl Harbor and Coffs Harbour. Crews cleared Hatton Bluff.');
  assert.deepEqual(actors.map((a) => `${a.name}:${a.kind}`), ['Fern Hollow:place', 'Pearl Harbor:place', 'Coffs Harbour:place', 'Hatton Bluff:place']);
});

test('a prefecture, a governorate and a bridge named with their heads are places; so is a name before a lower-case peninsula, town or ward', () => {
  const { actors } = analyze(
    'The plant in Toyota, Shizuoka Prefecture, closed. Aid reached Giza Governorate. The Tay Road Bridge was shut, as was the Kessock Bridge. ' +
      'The eruption on the Reykjanes peninsula went on. She taught in Voi town. The vote split, and Kaiwaka ward councillor Mere Tane said no.',
  );
  const kinds = Object.fromEntries(actors.map((a) => [a.name, a.kind]));
  for (const place of ['Shizuoka Prefecture', 'Giza Governorate', 'Tay Road Bridge', 'Kessock Bridge', 'Reykjanes', 'Voi', 'Kaiwaka']) assert.equal(kinds[place], 'place', place);
  assert.equal(kinds['Mere Tane'], 'person');
});

test('airports that copy names by one word are places: "Heathrow and Gatwick running with delays"', () => {
  const { actors } = analyze('Flights were cancelled at Glasgow; Heathrow and Gatwick were running with delays, and Schiphol said it was operating normally.');
  assert.deepEqual(actors.map((a) => [a.name, a.kind]), [['Glasgow', 'place'], ['Heathrow', 'place'], ['Gatwick', 'place'], ['Schiphol', 'place']]);
});

test('"New" in another tongue opens a place’s name: "Nueva Ecija", "Nuevo León", "Nowy Sącz"; "Nova Peris" is a person', () => {
  const { actors } = analyze('Warehouses in Bulacan and Nueva Ecija were empty, as in Nuevo León and Nowy Sącz. Nova Peris said so.');
  const kinds = Object.fromEntries(actors.map((a) => [a.name, a.kind]));
  assert.deepEqual([kinds['Nueva Ecija'], kinds['Nuevo León'], kinds['Nowy Sącz'], kinds['Nova Peris']], ['place', 'place', 'place', 'person']);
});

test('two words read as a name only by their shape are a place after "in" or a place word, and after "and" beside one; not after "from", "faith in", a comma or owning', () => {
  const { actors } = analyze(
    'He was arrested at his home in Chapel Allerton in February. Tally sheets from the border provinces of Alto Yaguarón and Cerro Blanco were altered. ' +
      'He took over from Okonkwo Marsh. In Khayelitsha, on the edge of Cape Town, Ntshona Siphokazi said the power went off. ' +
      'Investors put their faith in Xi Jinping. The ruling came in Okonjo Iweala’s case.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Chapel Allerton', 'place'],
      ['Alto Yaguarón', 'place'],
      ['Cerro Blanco', 'place'],
      ['Okonkwo Marsh', 'person'],
      ['Khayelitsha', 'place'],
      ['Cape Town', 'place'],
      ['Ntshona Siphokazi', 'person'],
      ['Xi Jinping', 'person'],
      ['Okonjo Iweala', 'person'],
    ],
  );
});

test('a site noun after a name makes it a place, after workers too; so do an Irish road number and a bog; a detention center is an institution', () => {
  const { actors } = analyze(
    'Gunmen seized the workers at the Umm Tarfa oilfield on Monday. Production at Umm Tarfa halted. She represents the Ardcath-Kilbride area. ' +
      'A count recorded 311 lorries on the L1104. The firm wants to extend its quarry at Derrylough. Pumping could drain Carrigeen Bog. ' +
      'He asked not to be held at the Metropolitan Detention Center in Brooklyn.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Umm Tarfa', 'place'],
      ['Ardcath-Kilbride', 'place'],
      ['L1104', 'place'],
      ['Derrylough', 'place'],
      ['Carrigeen Bog', 'place'],
      ['Metropolitan Detention Center', 'organization'],
      ['Brooklyn', 'place'],
    ],
  );
});

test('a valley goes by its first word alone once named in full', () => {
  const { actors } = analyze('Farmers in the Coolabah Valley have been told their allocations will be cut. Coolabah growers were angry.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [['Coolabah Valley', 'place', ['Coolabah Valley', 'Coolabah']]],
  );
});

test('a meadow, a brook and a guildhall one is packed into are places; an ordinary word before a name on the edge of somewhere is one too', () => {
  const { actors } = analyze(
    'Plans to build homes on the edge of Little Brockwell were put off. People packed into the council chamber at Wrexley Guildhall. ' +
      'Fenn Brook burst its banks. The field is known locally as Ashgrove Meadow. Peter Brook agreed.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Little Brockwell', 'place'],
      ['Wrexley Guildhall', 'place'],
      ['Fenn Brook', 'place'],
      ['Ashgrove Meadow', 'place'],
      ['Peter Brook', 'person'],
    ],
  );
});

test('a given name alone near a place word or before a facility\'s noun is a town, no one\'s first name; "confided in Maria" stays a person', () => {
  const { actors } = analyze(
    'Whitacre was arrested on Saturday night near Troy after a short chase. Cpl. Troy Hensley led the investigation. ' +
      'The mayor spoke at the Jasper fire hall. She confided in Maria. Maria Lopez agreed.',
  );
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.aliases]),
    [
      ['Troy', 'place', ['Troy']],
      ['Troy Hensley', 'person', ['Troy Hensley']],
      ['Jasper', 'place', ['Jasper']],
      ['Maria Lopez', 'person', ['Maria', 'Maria Lopez']],
    ],
  );
});

test('a lone given name in a headline, read as a person only by its shape, is the town the body reads as a place', () => {
  const { actors } = analyze('Flooding update: Jasper boil-water advisory\n\nFlooding update: Jasper boil-water advisory\n\nThe mayor spoke at the Jasper fire hall on Tuesday.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.kind, a.mentions.length]),
    [['Jasper', 'place', 3]],
  );
});
