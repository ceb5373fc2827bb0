// Small closed word lists that steer actor recognition (the large lexicons live beside this file).

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Honorifics before a name; they say the gender where they can, and are never part of a role. */
export const HONORIFICS: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['Mr.', 'male'], ['Mr', 'male'], ['Mrs.', 'female'], ['Mrs', 'female'], ['Ms.', 'female'], ['Ms', 'female'],
  ['Miss', 'female'], ['Mx.', null], ['Sir', 'male'], ['Dame', 'female'], ['Lady', 'female'], ['Lord', 'male'],
  ['Madame', 'female'], ['Mme.', 'female'], ['Monsieur', 'male'], ['Herr', 'male'], ['Frau', 'female'], ['Señor', 'male'], ['Señora', 'female'],
  // Unions' and West Africa's forms of address: "NLC President Comrade Babatunde Yusuf", "Alhaji Musa Bello";
  // South Asia's for one who made the pilgrimage: "Haji Abdul Rauf".
  ['Comrade', null], ['Alhaji', 'male'], ['Alhaja', 'female'], ['Hajia', 'female'], ['Haji', 'male'], ['Hajji', 'male'], ['Hajiani', 'female'],
  // Hausa spellings ("Hajiya Zainab Idris", "Mallam Sani Bello"), and Nigeria's professional and parliamentary
  // forms: "Engr. Yakubu Tsado", "the Speaker, Rt. Hon. Abdulmalik Sarkin-Daji", "Hon. Ada Obi".
  ['Hajiya', 'female'], ['Mallam', 'male'], ['Malam', 'male'], ['Engr.', null], ['Engr', null], ['Hon.', null], ['Hon', null], ['Rt.', null], ['Rt', null],
  // India's forms of address in official copy: "Shri Arun Mehta", "Smt. Kavita Rao".
  ['Shri', 'male'], ['Shree', 'male'], ['Smt.', 'female'], ['Smt', 'female'], ['Shrimati', 'female'],
]);

/** Generational suffixes after a surname, part of the name but not the surname: "Jose Reyes Jr.", "Juan Cruz III". */
export const GENERATIONAL_SUFFIXES = words('Jr. Jr Sr. Sr II III IV V');

/**
 * Given names abbreviated with a full stop before a second given name, as Filipino copy writes
 * Maria: "Ma. Teresa Lim"; and the old English forms "Wm.", "Chas.", "Jas.", "Thos.".
 */
export const ABBREVIATED_GIVEN_NAMES = words('Ma Wm Chas Jas Thos');

/** Lower-case particles inside personal names: Ursula von der Leyen, Charles de Gaulle, Bashar al-Assad. */
export const NAME_PARTICLES = words('von van der den de da di du del della des la le al el bin ibn ben bint dos das do ter zu ap');

/** "and" between a person's two surnames, as Catalan and Spanish write it: Joan Miró i Ferrà, José Ortega y Gasset. */
export const SURNAME_CONJUNCTIONS = words('i y');

/** Swahili's linking "of" between the words of a name: Chama cha Mapinduzi, Bunge la Mwananchi, Sauti za Wanawake. */
export const BANTU_CONNECTIVES = words('ya wa cha la za vya kwa');

/** French particles ("of the") after a lower-case adjective inside a French body's name: Fédération nationale des …, Union régionale du …. */
export const FRENCH_PARTICLES = words('du de des');

/** German function words inside a German body's name, after its head: Bündnis für Fortschritt, Allianz pro Schiene, Bundesministerium für Digitales und Verkehr. */
export const GERMAN_CONNECTORS = words('für pro zur zum vom und');

/**
 * Gaelic articles inside Scottish and Irish place names: Loch nam Madadh, Comhairle nan Eilean Siar,
 * Na h-Eileanan an Iar. "an" is English too, so it joins only a name already Gaelic (see the candidates).
 */
export const GAELIC_ARTICLES = words('na nam nan an');

/** Lower-case words that may join capitalized words into one organization, title or place: Bank of England, Secretary of State, Procter & Gamble, University of Texas at San Antonio, Cape of Good Hope. */
export const NAME_CONNECTORS = words('of for on and the in at &');

/** All-caps words that are not organizations. */
export const NON_ENTITY_ACRONYMS = words(`
  CEO CFO COO CTO CIO MD MDs CMD MP MPs MPP MPPs MSP MSPs MEP MEPs MLA MLAs GDP GNP AI TV PM AM OK EV EVs IPO VAR VAT COVID HIV AIDS DNA RNA IT PR HR
  ID IDs PhD MBA FAQ PDF URL USB GPS SUV SUVs LNG LGBT LGBTQ CO2 UTC GMT EST EDT CST CDT MST MDT PST PDT ET PT BST CET CEST EET EEST IST JST KST HKT SGT AEST AEDT NZST NZDT SAST WIB WITA WAT EAT MSK PKT PHT ICT AWST ACST AKST HST AST ADT RIP DIY ASAP
  PIN ATM SIM SMS API OTP VPN NGO NGOs
  I II III IV V VI VII VIII IX X XI XII Q1 Q2 Q3 Q4 H1 H2 AP A B C D E F G H J K L M N O P Q R S T U W Y Z
  NEW BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION EDITORIAL WATCH LIVE VIDEO PHOTO PHOTOS FILE FILES READ MORE
`);

/**
 * Participles that make a name before them a qualifier of what follows ("Budapest-based Danube
 * Institute", "a Kremlin-backed group", "a Liberian-flagged tanker"): that name is neither part
 * of the next name nor a speaker.
 */
export const QUALIFYING_PARTICIPLES = 'based|born|backed|led|owned|run|funded|made|controlled|linked|listed|registered|headquartered|flagged';

/** Online platforms people post and speak on ("said on Telegram"): never a place something stands on. */
export const ONLINE_PLATFORMS = words('Telegram Facebook Twitter YouTube TikTok Instagram WhatsApp LinkedIn Weibo WeChat Threads Bluesky Reddit Substack Snapchat Signal VKontakte');

/** Capitalized words of direction and position, which open names of places and companies alike: Northern Ireland, Northern Crest Airlines. */
export const DIRECTION_WORDS = words('Northern Southern Eastern Western Central North South East West Upper Lower Greater');

/** Capitalized words for things that are not actors: holidays, events, languages of faith, eras; direction words alone. */
export const NON_ENTITY_WORDS: ReadonlySet<string> = new Set([
  ...words(`
    Christmas Easter Ramadan Eid Hanukkah Passover Diwali Thanksgiving Halloween Lent Advent Yom Kippur
    Olympics Paralympics Brexit Covid Coronavirus Internet Web God Allah Bible Koran Quran Torah Gospel
    Celsius Fahrenheit Richter Nobel Oscar Oscars Grammy Emmy Mother Father Day Eve Year New
    Holocaust Cold War Renaissance
    Reporting Editing Writing Additional Compiled Photo Photos Video Graphics Sources Source
  `),
  ...DIRECTION_WORDS,
]);

/**
 * Last words of the names of laws, bills, treaties and codes of conduct, which are no actors: the Clean
 * Air Act, House Bill 1181, the Montreux Convention, the Thomson Reuters Trust Principles (a wire's footer, whose
 * "Reuters" is no second name of the agency).
 */
export const DOCUMENT_HEADS = words(`
  Act Acts Principles Guidelines Rules Regulations Charter Convention Conventions Protocol Protocols Accord Accords
  Agreement Treaty Treaties Code Declaration Directive Doctrine Bill Resolution Amendment
`);

/** Papers that carry words: "…, the statement said" speaks for whoever issued it (an alternation, for the expressions that read them). */
export const DOCUMENT_NOUNS = 'statement|letter|report|filing|memo|notice|release|email|post|document|record|transcript|study|survey|analysis|audit|circular|commentary|editorial';

/** Last words of the names of contests, which are events, no actors: the Spanish Grand Prix, the Australian Open, the Davis Cup. */
export const EVENT_HEADS = words('Prix Open Championship Championships Cup Marathon Derby Olympiad Regatta Tournament');

/** Appositive nouns that describe an organization rather than a person ("Norvex, a Danish shipping company,"). */
export const ORGANIZATION_DESCRIPTORS = words(`
  company firm group agency organization organisation party bank lender insurer carrier airline maker manufacturer
  producer retailer startup start-up club team union charity broadcaster newspaper publisher regulator watchdog body
  alliance coalition bloc conglomerate subsidiary operator developer utility fund network chain brand outlet
  institute university college school hospital ministry department council committee commission authority
  movement militia faction army government administration court tribunal
  consultancy drugmaker automaker carmaker chipmaker miner platform app website tabloid magazine exchange
  foundation daily weekly cooperative bureau side
  pollster broker brokerage reinsurer planemaker steelmaker shipbuilder homebuilder brewer supermarket wholesaler
`);

/**
 * Nouns written right before a company's or outlet's name: "the consultancy Ironvale Risk", "the
 * broadcaster Nova Vizia". Not bodies that are addressed: "told the court Vance lied". Some name
 * people too ("pollster Opina Andina", "pollster Frank Luntz"): a given name and a surname stay a person.
 */
export const COMPANY_NOUNS = words(`
  company firm startup start-up consultancy broadcaster network newspaper publisher tabloid magazine website app
  platform carrier airline maker manufacturer producer retailer lender insurer bank chain brand outlet charity
  developer operator conglomerate subsidiary drugmaker automaker carmaker chipmaker miner utility exchange group
  organization organisation nonprofit non-profit watchdog think-tank agency processor exporter importer supplier
  distributor shipper refiner foundation daily weekly cooperative federation association
  brokerage club team
  pollster broker reinsurer planemaker steelmaker shipbuilder homebuilder brewer supermarket wholesaler
`);

/**
 * Words that open a sentence to describe the company named after them, never part of its name: "Rival
 * Lumenquay Technologies said", "Chipmaker Norvex Semiconductor fell" (lower case).
 */
/** Acronyms for a kind of body, written before a body's name as a lower-case noun would be: "the Jaipur-based NGO Balsuraksha Sangathan". */
export const BODY_KIND_ACRONYMS = words('NGO PSU NBFC MNC SPAC');

export const COMPANY_DESCRIBERS = words(`
  rival rivals competitor competitors fellow peer peers parent partner customer client supplier lender insurer
  reinsurer carmaker automaker chipmaker drugmaker planemaker steelmaker shipbuilder homebuilder miner retailer
  brewer startup start-up conglomerate embattled troubled struggling beleaguered ailing bankrupt insolvent defunct
`);

/** A company's staff, written after its name: "Goldman Sachs analysts said". */
export const STAFF_NOUNS = words(`
  analysts economists strategists executives employees staff workers engineers researchers traders bankers
  shareholders investors scientists managers
`);
