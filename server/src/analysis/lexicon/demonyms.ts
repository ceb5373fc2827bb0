import { COUNTRIES } from './places';

// Nationality, regional, religious and ethnic adjectives and plural nouns: "Russian oil" and
// "European governments" name no actor.

const ADJECTIVES = `
  Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
  Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian Bosnian
  Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian
  Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican
  Dutch Ecuadorian Egyptian Emirati English Equatorial Eritrean Estonian Ethiopian Fijian Filipino Finnish French
  Gabonese Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian
  Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
  Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish
  Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian
  Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
  Palestinian Panamanian Paraguayan Peruvian Philippine Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran
  Samoan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian Slovenian Somali 
  Spanish Sudanese Surinamese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan
  Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian
  Zimbabwean Macedonian Tibetan Uyghur Uighur Kurdish Kurd Arab Arabic Persian Hispanic Latino Latina Asian African
  European Eurasian Western Eastern Northern Southern Latin Nordic Baltic Balkan Scandinavian
  Caucasian Mediterranean Atlantic Pacific Arctic Soviet Yugoslav Ottoman Roman Byzantine Gulf Sahelian Caribbean
  Catalan Basque Bavarian Flemish Walloon Sicilian Corsican Breton Andalusian Galician Crimean Chechen Dagestani
  Tatar Cossack Pashtun Baloch Punjabi Bengali Tamil Sikh Hindu Muslim Islamic Islamist Christian Catholic Protestant
  Orthodox Evangelical Jewish Sunni Shiite Shia Alawite Druze Buddhist Coptic Mormon Anglican Lutheran Texan Californian
  Floridian Parisian Londoner Muscovite Berliner Viennese Venetian Neapolitan Bostonian Chicagoan
  Quebecois Québécois Scot Brit Yankee Communist Socialist Marxist Maoist Leninist Stalinist Nazi Fascist Zionist
  Republican Democratic Democrat Conservative Liberal Labour Green Gaullist Peronist Chavista Bolivarian
  Anglophone Francophone Afro-American Indigenous Aboriginal Maori Inuit Roma Bedouin Berber Hutu Tutsi Yoruba Igbo
  Hausa Zulu Xhosa Amhara Oromo Tigrayan Somalian Rohingya Karen Han Manchu Cantonese Mandarin 
`;

function withPlurals(words: string[]): string[] {
  // Russians, Europeans, Israelis; adjectives in -ese, -ish, -ch do not take an s, and a plural
  // that is a country's name is the country: "Philippine" but "the Philippines".
  return words.flatMap((word) => (/(?:ese|ish|ch|sh|ss|i)$/.test(word) || COUNTRIES.has(`${word}s`) ? [word] : [word, `${word}s`]));
}

// Nouns for people with irregular plurals, and languages, which take no plural s.
const NOUNS_AND_LANGUAGES = `
  Turk Turks Swede Swedes Dane Danes Finn Finns Pole Poles Spaniard Spaniards Briton Britons Serb Serbs Croat Croats
  Slovene Slovenes Bosniak Bosniaks Czechs Slovaks Thais Emiratis Azerbaijanis Jew Jews Sunnis Shias Alawites Westerner
  Westerners Easterner Easterners Northerner Northerners Southerner Southerners Midwestern Midwesterner Midwesterners
  Quebecer Quebecers Kiwi Kiwis Afrikaner Afrikaners Copt Copts Maronite Maronites Yazidi Yazidis Hazara Hazaras
  Ismaili Ismailis Salafist Salafists Salafi Wahhabi Jihadist Jihadists Sinhalese Gujarati Greenlandic Faroese
  Transatlantic Sub-Saharan Pan-African Pan-Arab Eurozone Euro-Atlantic Anglo-American Franco-German Sino-Russian
  Sino-American Indo-Pacific Afro-Caribbean Hindi Urdu Farsi Hebrew Pashto Dari Swahili Amharic Malay Tagalog Hausa
  Igbo Yoruba Cantonese Sindhi Marathi Telugu Kannada Malayalam Nepalis Uzbeks Kazakhs Tajiks Kyrgyzstani Turkmens
  Moldovans Georgians Belarusians Bahrainis Iraqis Pakistanis Saudis Somalis Yemenis Kuwaitis Qataris Omanis
  Bangladeshis Israelis Vietnamese Lebanese Chinese Japanese Portuguese Burmese Congolese Sudanese
  Senegalese Maltese Filipinas Latinx Boers Flemings Frenchman Frenchmen Frenchwoman Englishman Englishmen
  Englishwoman Irishman Irishmen Scotsman Scotsmen Welshman Dutchman Dutchmen Chinese-American Japanese-American
  African-American African-Americans Asian-American Asian-Americans Mexican-American Mexican-Americans Arab-American
  Arab-Americans Irish-American Italian-American Korean-American Indian-American Cuban-American
`;

// Multi-word demonyms, kept whole as well.
const PHRASES = `
  Latin American|Latin Americans|Middle Eastern|Middle Easterner|Middle Easterners|South African|South Africans|
  North African|North Africans|West African|West Africans|East African|East Africans|Central African|Central Africans|
  Sri Lankan|Sri Lankans|North Korean|North Koreans|South Korean|South Koreans|New Zealander|New Zealanders|
  Papua New Guinean|Papua New Guineans|Puerto Rican|Puerto Ricans|Costa Rican|Costa Ricans|Sierra Leonean|
  Sierra Leoneans|Northern Irish|Crimean Tatar|Crimean Tatars|Eastern European|Eastern Europeans|Western European|
  Western Europeans|Central European|Central Europeans|Southern European|Northern European|Central Asian|Central Asians|
  East Asian|East Asians|Southeast Asian|Southeast Asians|South Asian|South Asians|Gulf Arab|Gulf Arabs|
  South Sudanese|North Macedonian|Saudi Arabian|Saudi Arabians|Native American|Native Americans|New Yorker|
  New Yorkers|Hong Konger|Hong Kongers|Trinidadian and Tobagonian|Cape Verdean|Cape Verdeans|Bosnian Serb|
  Bosnian Serbs|Bosnian Croat|Bosnian Muslim|Kosovo Albanian|Kosovo Albanians|Kosovo Serb|Kosovo Serbs|
  Iraqi Kurdish|Syrian Kurdish|Turkish Cypriot|Turkish Cypriots|Greek Cypriot|Greek Cypriots|Russian-speaking|
  Russian speakers|Arab Israeli|Arab Israelis|Palestinian Israeli|Palestinian Americans
`
  .split('|')
  .map((phrase) => phrase.trim())
  .filter(Boolean);

export const DEMONYMS: ReadonlySet<string> = new Set(withPlurals(ADJECTIVES.trim().split(/\s+/)).concat(['Israelis', 'Iraqis', 'Pakistanis', 'Saudis', 'Somalis', 'Yemenis', 'Kuwaitis', 'Qataris', 'Omanis', 'Bangladeshis', 'Nepalis', 'Brits', 'Scots', 'Democrats', 'Republicans'], NOUNS_AND_LANGUAGES.trim().split(/\s+/), PHRASES));
