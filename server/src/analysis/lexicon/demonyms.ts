// Nationality, regional, religious and ethnic adjectives and plural nouns: "Russian oil" and
// "European governments" name no actor.

const ADJECTIVES = `
  Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
  Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian Bosnian
  Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian
  Chadian Chilean Chinese Colombian Congolese Costa Rican Croatian Cuban Cypriot Czech Danish Djiboutian Dominican
  Dutch Ecuadorian Egyptian Emirati English Equatorial Eritrean Estonian Ethiopian Fijian Filipino Finnish French
  Gabonese Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian
  Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
  Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish
  Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Monegasque Mongolian
  Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
  Palestinian Panamanian Paraguayan Peruvian Philippine Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran
  Samoan Saudi Scottish Senegalese Serbian Sierra Leonean Singaporean Slovak Slovakian Slovenian Somali South African
  Spanish Sri Lankan Sudanese Surinamese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan
  Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian
  Zimbabwean Macedonian Tibetan Uyghur Uighur Kurdish Kurd Arab Arabic Persian Hispanic Latino Latina Asian African
  European Eurasian Western Eastern Northern Southern Middle Eastern Latin Nordic Baltic Balkan Scandinavian
  Caucasian Mediterranean Atlantic Pacific Arctic Soviet Yugoslav Ottoman Roman Byzantine Gulf Sahelian Caribbean
  Catalan Basque Bavarian Flemish Walloon Sicilian Corsican Breton Andalusian Galician Crimean Chechen Dagestani
  Tatar Cossack Pashtun Baloch Punjabi Bengali Tamil Sikh Hindu Muslim Islamic Islamist Christian Catholic Protestant
  Orthodox Evangelical Jewish Sunni Shiite Shia Alawite Druze Buddhist Coptic Mormon Anglican Lutheran Texan Californian
  Floridian New Yorker Parisian Londoner Muscovite Berliner Viennese Venetian Neapolitan Bostonian Chicagoan
  Quebecois Québécois Scot Brit Yankee Communist Socialist Marxist Maoist Leninist Stalinist Nazi Fascist Zionist
  Republican Democratic Democrat Conservative Liberal Labour Green Gaullist Peronist Chavista Bolivarian
  Anglophone Francophone Afro-American Indigenous Aboriginal Maori Inuit Roma Bedouin Berber Hutu Tutsi Yoruba Igbo
  Hausa Zulu Xhosa Amhara Oromo Tigrayan Somalian Rohingya Karen Han Manchu Cantonese Mandarin Hong Konger
`;

function withPlurals(words: string[]): string[] {
  // Russians, Europeans, Israelis; adjectives in -ese, -ish, -ch do not take an s.
  return words.flatMap((word) => (/(?:ese|ish|ch|sh|ss|i)$/.test(word) ? [word] : [word, `${word}s`]));
}

export const DEMONYMS: ReadonlySet<string> = new Set(withPlurals(ADJECTIVES.trim().split(/\s+/)).concat(['Israelis', 'Iraqis', 'Pakistanis', 'Saudis', 'Somalis', 'Yemenis', 'Kuwaitis', 'Qataris', 'Omanis', 'Bangladeshis', 'Nepalis', 'Brits', 'Scots', 'Democrats', 'Republicans']));
