// Gazetteer: countries, U.S. states, major cities and regions, so place names are recognized and
// never taken for people or organizations.

const names = (list: string): string[] =>
  list
    .split('|')
    .map((name) => name.trim())
    .filter(Boolean);

export const COUNTRIES: ReadonlySet<string> = new Set(names(`
  Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
  Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
  Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
  Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|Republic of the Congo|Costa Rica|
  Ivory Coast|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
  Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|
  Gabon|Gambia|The Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|
  Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|
  Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
  Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|
  Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|
  Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|
  Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|
  San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|
  Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
  Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|
  Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|United States|
  United States of America|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|
  Zimbabwe|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|Tibet|Western Sahara|Saint Kitts and Nevis|St. Kitts and Nevis|
  Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St. Lucia|Sao Tome and Principe|São Tomé and Príncipe|
  Cabo Verde|Bosnia-Herzegovina|Republic of Korea|Russian Federation|Republic of Ireland|Soviet Union
`));

export const US_STATES: ReadonlySet<string> = new Set(names(`
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
  Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
  Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|
  Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
  West Virginia|Wisconsin|Wyoming|District of Columbia
`));

export const CITIES: ReadonlySet<string> = new Set(names(`
  Manama|Gitega|Bujumbura|Praia|Roseau|Reykjavík|Vaduz|Malé|Chișinău|Asunción|Honiara|Sana'a|
  Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Almaty|Amman|Amsterdam|Ankara|Antwerp|Astana|Asuncion|Athens|
  Atlanta|Auckland|Austin|Baghdad|Baku|Baltimore|Bamako|Bangkok|Bangui|Barcelona|Basel|Basra|Beijing|Beirut|
  Belfast|Belgrade|Bengaluru|Bangalore|Benghazi|Berlin|Bern|Birmingham|Bogota|Bogotá|Bonn|Bordeaux|Boston|Bratislava|
  Brasilia|Brasília|Brisbane|Bristol|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calgary|Canberra|Cannes|
  Cape Town|Caracas|Casablanca|Chennai|Chicago|Chisinau|Cleveland|Cologne|Colombo|Copenhagen|Dakar|Dallas|
  Damascus|Dar es Salaam|Davos|Delhi|New Delhi|Denver|Detroit|Dhaka|Doha|Donetsk|Dubai|Dublin|Durban|Dushanbe|
  Edinburgh|Frankfurt|Gaza City|Gdansk|Geneva|Genoa|Glasgow|Gothenburg|Guangzhou|Hamburg|Hanoi|Harare|Havana|
  Helsinki|Hiroshima|Ho Chi Minh City|Honolulu|Houston|Hyderabad|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|
  Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kharkiv|Kherson|Khartoum|Kigali|Kinshasa|Kyiv|Kiev|Kolkata|
  Krakow|Kraków|Kuala Lumpur|Kuwait City|Lagos|Lahore|Las Vegas|Leipzig|Lima|Lisbon|Liverpool|Ljubljana|London|
  Los Angeles|Luanda|Lusaka|Luxembourg City|Lviv|Lyon|Madrid|Managua|Manchester|Manila|Maputo|Mariupol|Marrakech|
  Marseille|Mecca|Medina|Melbourne|Mexico City|Miami|Milan|Minneapolis|Minsk|Mogadishu|Monrovia|Montevideo|
  Montreal|Moscow|Mosul|Mumbai|Munich|Muscat|Nairobi|Naples|Nashville|New Orleans|New York City|Nice|Nicosia|
  Odesa|Odessa|Osaka|Oslo|Ottawa|Panama City|Paris|Perth|Philadelphia|Phnom Penh|Phoenix|Pittsburgh|Port-au-Prince|
  Porto|Portland|Prague|Pretoria|Pyongyang|Quito|Rabat|Ramallah|Rangoon|Yangon|Reykjavik|Riga|Rio de Janeiro|
  Riyadh|Rome|Rotterdam|Sacramento|Saint Petersburg|St. Petersburg|Salzburg|San Antonio|San Diego|San Francisco|
  San Jose|San Juan|Sanaa|Santiago|Sao Paulo|São Paulo|Sarajevo|Seattle|Seoul|Sevastopol|Seville|Shanghai|
  Shenzhen|Singapore|Skopje|Sofia|Stockholm|Strasbourg|Stuttgart|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|
  Tehran|Tel Aviv|The Hague|Tianjin|Tirana|Tokyo|Toronto|Tripoli|Tunis|Turin|Ulaanbaatar|Valencia|Valletta|
  Vancouver|Venice|Vienna|Vientiane|Vilnius|Warsaw|Washington|Washington, D.C.|Wellington|Windhoek|Wuhan|Yerevan|
  Zagreb|Zaporizhzhia|Zurich|Zürich|Oakland|Brooklyn|Manhattan|Queens|Bronx|Anchorage|Albuquerque|Santa Fe|
  Charlotte|Columbus|Indianapolis|Jacksonville|Kansas City|Louisville|Memphis|Milwaukee|Oklahoma City|Omaha|
  Orlando|Raleigh|Richmond|Salt Lake City|St. Louis|Tampa|Tucson|Tulsa|Cincinnati|Buffalo|Newark|Hartford|
  Annapolis|Albany|Boise|Des Moines|Madison|Springfield|Sacramento|Providence|Montgomery|Juneau|Little Rock|
  Tallahassee|Honolulu|Topeka|Frankfort|Baton Rouge|Augusta|Lansing|Saint Paul|Jefferson City|Helena|Lincoln|
  Carson City|Concord|Trenton|Bismarck|Harrisburg|Columbia|Pierre|Austin|Montpelier|Olympia|Charleston|Cheyenne|
  Dover|Atlanta|Salem|Spokane|Fresno|Long Beach|Mesa|Virginia Beach|Arlington|New Haven|Stamford|Worcester|
  Yonkers|Jersey City|Paterson|Camden|Scranton|Allentown|Akron|Dayton|Toledo|Grand Rapids|Flint|Gary|Rochester|
  Syracuse|Knoxville|Chattanooga|Birmingham|Mobile|Savannah|Charleston|Greenville|Durham|Norfolk|Lexington|
  El Paso|Fort Worth|Corpus Christi|Laredo|Lubbock|Amarillo|Boulder|Reno|Eugene|Tacoma|Anchorage|Aberdeen|Cardiff|Leeds|Sheffield|Oxford|Cambridge|
  Rostock|Dresden|Hanover|Düsseldorf|Dusseldorf|Bremen|Nuremberg|Gdynia|Wroclaw|Poznan|Lodz|Porto Alegre|Recife|
  Salvador|Medellin|Medellín|Cali|Guadalajara|Monterrey|Tijuana|Havana|Kingston|Nassau|Belmopan|Mombasa|Kano|
  Ibadan|Alexandria|Giza|Luxor|Haifa|Nablus|Hebron|Rafah|Khan Younis|Jenin|Homs|Idlib|Raqqa|Erbil|Kirkuk|Najaf|
  Karbala|Tabriz|Isfahan|Mashhad|Qom|Herat|Kandahar|Peshawar|Quetta|Kochi|Pune|Ahmedabad|Jaipur|Lucknow|Surat|
  Chittagong|Yokohama|Kyoto|Nagoya|Sapporo|Fukuoka|Busan|Incheon|Kaohsiung|Chengdu|Chongqing|Nanjing|Hangzhou|
  Xi'an|Harbin|Shenyang|Dalian|Qingdao|Xiamen|Lhasa|Urumqi|Macao|Cebu|Davao|Surabaya|Bandung|Medan|Denpasar|
  Da Nang|Haiphong|Mandalay|Chiang Mai|Phuket|Penang|Darwin|Adelaide|Hobart|Christchurch|Vladivostok|Novosibirsk|
  Yekaterinburg|Kazan|Kaliningrad|Murmansk|Volgograd|Rostov-on-Don|Belgorod|Kursk|Bryansk|Smolensk|Dnipro|Zaporizhzhia|
  Mykolaiv|Sumy|Chernihiv|Bakhmut|Avdiivka|Kramatorsk|Luhansk|Simferopol|Gomel|Grodno|Brest|Chisinau|Tiraspol|
  Batumi|Kutaisi|Gyumri|Ganja|Samarkand|Bishkek|Osh|Ashgabat|Izmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakir|
  New York|Hong Kong|Gaza|Kuwait City|Vatican City|Monaco|Singapore|Brooklyn|Stockholm|Lausanne|Bilbao|Malmo|Malmö|
  Tehran|Mashhad|Port Sudan|Goma|Bukavu|Juba|Asmara|Djibouti City|Niamey|Ouagadougou|N'Djamena|Nouakchott|Freetown|
  Conakry|Banjul|Bissau|Lome|Lomé|Cotonou|Porto-Novo|Yaounde|Yaoundé|Douala|Libreville|Brazzaville|Malabo|Lilongwe|
  Gaborone|Maseru|Mbabane|Antananarivo|Port Louis|Moroni|Victoria|Dodoma|Zanzibar|Kandahar|Mazar-i-Sharif|Jalalabad|
  Rawalpindi|Faisalabad|Multan|Thimphu|Naypyidaw|Bandar Seri Begawan|Dili|Port Moresby|Suva|Apia|Nuku'alofa|
  Guatemala City|San Salvador|San José|Santo Domingo|Port of Spain|Bridgetown|Georgetown|Paramaribo|La Paz|Sucre|
  Montego Bay|Cancun|Cancún|Acapulco|Ciudad Juarez|Ciudad Juárez|Culiacan|Culiacán|Puebla|Rosario|Cordoba|Córdoba|
  Mendoza|Valparaiso|Valparaíso|Cusco|Cuzco|Guayaquil|Cartagena|Barranquilla|Maracaibo|Manaus|Belo Horizonte|
  Fortaleza|Curitiba|Toulouse|Lille|Nantes|Strasbourg|Montpellier|Rennes|Grenoble|Calais|Dunkirk|Le Havre|Ajaccio|
  Bologna|Florence|Palermo|Bari|Verona|Pisa|Trieste|Malaga|Málaga|Bilbao|Zaragoza|Palma|Granada|Coimbra|Faro|Ghent|
  Bruges|Liege|Liège|Charleroi|Utrecht|Eindhoven|Groningen|Maastricht|Aarhus|Odense|Bergen|Trondheim|Tromso|Tromsø|
  Uppsala|Tampere|Turku|Tartu|Narva|Kaunas|Daugavpils|Brno|Ostrava|Kosice|Košice|Debrecen|Cluj-Napoca|Timisoara|
  Iasi|Constanta|Varna|Plovdiv|Thessaloniki|Patras|Heraklion|Dubrovnik|Mostar|Novi Sad|Pristina|Podgorica|
  Limassol|Larnaca|Famagusta|Kyrenia|Nizhny Novgorod|Samara|Omsk|Chelyabinsk|Ufa|Krasnoyarsk|Voronezh|Saratov|
  Krasnodar|Sochi|Grozny|Makhachkala|Irkutsk|Khabarovsk|Yakutsk|Norilsk|Arkhangelsk|Pskov|Tver|Kherson|Melitopol|
  Berdyansk|Nikopol|Kryvyi Rih|Poltava|Vinnytsia|Zhytomyr|Chernivtsi|Uzhhorod|Ternopil|Lutsk|Rivne|Ivano-Frankivsk|
  Kremenchuk|Severodonetsk|Lysychansk|Izium|Kupiansk|Bucha|Irpin|Hostomel|Vitebsk|Mogilev|Mahilyow|Brest-Litovsk
`));

export const REGIONS: ReadonlySet<string> = new Set(names(`
  Europe|Asia|Africa|Americas|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Antarctic|
  Middle East|Near East|Far East|East Asia|Southeast Asia|South-East Asia|South East Asia|Northeast Asia|North-East Asia|South Asia|Central Asia|Eastern Europe|Western Europe|
  Central Europe|Northern Europe|Southern Europe|Balkans|Baltics|Caucasus|Scandinavia|Nordics|Mediterranean|
  Sahel|Sahara|Maghreb|Horn of Africa|West Africa|East Africa|North Africa|Southern Africa|Sub-Saharan Africa|
  Caribbean|Persian Gulf|Gulf|Red Sea|Black Sea|Baltic Sea|North Sea|Caspian Sea|South China Sea|East China Sea|
  Sea of Azov|Taiwan Strait|Strait of Hormuz|Bosporus|Suez Canal|Panama Canal|Atlantic|Pacific|Indian Ocean|
  Gaza Strip|West Bank|Golan Heights|Sinai|Crimea|Donbas|Donbass|Kashmir|Xinjiang|Siberia|Chechnya|Kurdistan|
  Catalonia|Basque Country|Bavaria|Saxony|Brandenburg|Flanders|Wallonia|Lombardy|Sicily|Sardinia|Corsica|
  Provence|Normandy|Brittany|Andalusia|Galicia|Transnistria|Abkhazia|Nagorno-Karabakh|Kaliningrad|Darfur|Tigray|
  Kurdistan Region|Punjab|Bengal|Kerala|Tamil Nadu|Gujarat|Maharashtra|Sindh|Balochistan|Mindanao|Borneo|Java|
  Sumatra|Bali|Hokkaido|Okinawa|Patagonia|Amazon|Andes|Alps|Himalayas|Yukon|Alberta|Ontario|Quebec|Québec|
  British Columbia|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Queensland|New South Wales|Victoria|Tasmania|
  England|Scotland|Wales|Midlands|West Midlands|East Midlands|Highlands|Lowlands|Home Counties|Cotswolds|Northern Ireland|Ulster|Midwest|New England|Silicon Valley|Appalachia|Bay Area|Gulf Coast|Cayman Islands|Channel Islands|Canary Islands|Balearic Islands|Falkland Islands|
  Great Plains|Rust Belt|Sun Belt|Deep South|Pacific Northwest|Great Lakes|Rhineland|Ruhr|Tuscany|Kurdish region|
  Indo-Pacific|Asia-Pacific|Eurasia|Levant|Arabian Peninsula|Korean Peninsula|Iberian Peninsula|Persian Gulf|Gulf of Aden|
  Gulf of Mexico|Gulf of America|Bab el-Mandeb|Strait of Malacca|Mediterranean Sea|Aegean|Aegean Sea|Adriatic|
  Bosphorus|Bosporus|Dardanelles|Sea of Marmara|English Channel|
  Arctic Ocean|Atlantic Ocean|Pacific Ocean|Southern Ocean|Dnieper|Danube|Rhine|Nile|Euphrates|Tigris|Jordan Valley|
  Rio Grande|Mississippi River|Amazon rainforest|Lake Chad|Lake Victoria|Zaporizhzhia region|Kursk region|
  Kherson region|Donetsk region|Luhansk region|Kharkiv region|Belgorod region|Transcaucasia|South Caucasus|
  North Caucasus|Central Africa|Great Lakes region|Sahara Desert|Sinai Peninsula|Negev|Galilee|Upper Galilee|
  East Jerusalem|Jammu|Ladakh|Aksai Chin|Arunachal Pradesh|Uttar Pradesh|Bihar|Assam|Manipur|Kashmir Valley|
  Khyber Pakhtunkhwa|Waziristan|Helmand|Kunduz|Nangarhar|Idlib province|Rakhine|Kachin|Papua|West Papua|Aceh|
  Hainan|Guangdong|Sichuan|Yunnan|Fujian|Zhejiang|Jiangsu|Hubei|Henan|Shandong|Inner Mongolia|Manchuria|Kyushu|
  Honshu|Jeju|Gyeonggi|Luzon|Visayas|Scarborough Shoal|Spratly Islands|Paracel Islands|Senkaku Islands|Kuril Islands|
  Svalbard|Faroe Islands|Aland Islands|Lapland|Karelia|Ingushetia|Dagestan|Tatarstan|Bashkortostan|Yakutia|Chukotka|
  Kamchatka|Urals|Far North|Russian Far East|Bavarian Alps|Black Forest|Saarland|Hesse|Thuringia|Lower Saxony|
  North Rhine-Westphalia|Baden-Württemberg|Baden-Wurttemberg|Schleswig-Holstein|Mecklenburg-Western Pomerania|
  Saxony-Anhalt|Rhineland-Palatinate|Tyrol|South Tyrol|Styria|Carinthia|Silesia|Pomerania|Masuria|Bohemia|Moravia|
  Transylvania|Dobruja|Bessarabia|Dalmatia|Istria|Republika Srpska|Vojvodina|Thrace|Crete|Rhodes|
  Lesbos|Lampedusa|Madeira|Azores|Gibraltar|Basque region|Navarre|Castile|Extremadura|
  Asturias|Aragon|Alsace|Lorraine|Occitanie|Riviera|Côte d'Azur|Piedmont|Veneto|Calabria|
  Apulia|Campania|Lazio|Umbria|Liguria|Emilia-Romagna|Cornwall|Yorkshire|Lancashire|Essex|
  Midlands|West Midlands|Highlands|Scottish Highlands|Shetland|Orkney|Hebrides|Lake District|Home Counties|
  Northeast|Northwest|Southeast|Southwest|Upper Midwest|Mid-Atlantic|Southern California|Northern California|
  Central Valley|Inland Empire|Panhandle|Texas Panhandle|Florida Keys|Everglades|Long Island|Staten Island|
  Cape Cod|Chesapeake|Chesapeake Bay|Hudson Valley|Rocky Mountains|Rockies|Sierra Nevada|Grand Canyon|Yellowstone|
  Alaska Panhandle|Prairies|Maritimes|Atlantic Canada|Nunavut|Northwest Territories|Prince Edward Island|
  New Brunswick|Labrador|Outback|Northern Territory|Western Australia|South Australia|Great Barrier Reef|
  North Island|South Island|Polynesia|Melanesia|Guam|Hawaii Island|Bermuda|
  Yucatan|Yucatán|Chiapas|Sinaloa|Sonora|Chihuahua|Baja California|Michoacan|Michoacán|Jalisco|Tamaulipas|Oaxaca|
  Guerrero|Darien Gap|Darién Gap|Amazonia|Mato Grosso|Pantanal|Tierra del Fuego|Atacama|Lake Titicaca|Galapagos|
  Galápagos|Falklands|Antilles|West Indies|Lesser Antilles|Greater Antilles|Hispaniola|Cyrenaica|Tripolitania|
  Fezzan|Kabylie|Rif|Atlas Mountains|Cabo Delgado|Katanga|Kivu|North Kivu|South Kivu|Ituri|
  Ogaden|Oromia|Amhara region|Puntland|Somaliland|Jubaland|Ogoniland|Niger Delta|Biafra|Casamance|Azawad|
  Kordofan|South Kordofan|Blue Nile|Abyei|Nuba Mountains|Cape Peninsula|Karoo|KwaZulu-Natal|
  Gauteng|Western Cape|Eastern Cape|Limpopo|Matabeleland|Mashonaland|Copperbelt|Rift Valley|
  Andhra Pradesh|Madhya Pradesh|Himachal Pradesh|Telangana|Karnataka|Odisha|Orissa|Rajasthan|Haryana|Uttarakhand|
  Jharkhand|Chhattisgarh|Meghalaya|Mizoram|Nagaland|Tripura|Sikkim|
  Kaduna|Kwara|Kogi|Benue|Borno|Yobe|Adamawa|Bauchi|Gombe|Taraba|Nasarawa|Katsina|Zamfara|Sokoto|Kebbi|Jigawa|
  Ondo|Ogun|Osun|Oyo|Ekiti|Enugu|Anambra|Imo|Abia|Ebonyi|Cross River|Akwa Ibom|Bayelsa
`));

// US states as AP style abbreviates them after a city ("Fremont, Calif."); not those that are also
// words or particles ("Mass.", "Miss.", "Ill.", "Ind.", "La.", "Del.").
const US_STATE_ABBREVIATIONS: [string, string][] = names(`
  Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|Conn. Connecticut|Fla. Florida|Ga. Georgia|
  Kan. Kansas|Ky. Kentucky|Md. Maryland|Mich. Michigan|Minn. Minnesota|Mo. Missouri|Mont. Montana|Neb. Nebraska|
  Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Y. New York|N.C. North Carolina|N.D. North Dakota|
  Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|Tenn. Tennessee|
  Vt. Vermont|Va. Virginia|Wash. Washington|W.Va. West Virginia|Wis. Wisconsin|Wyo. Wyoming
`).map((pair) => [pair.slice(0, pair.indexOf(' ')), pair.slice(pair.indexOf(' ') + 1)]);

// Canadian provinces as Canadian Press abbreviates them after a city ("HALIFAX, N.S. —"); not "Man.", a word.
const CANADIAN_PROVINCE_ABBREVIATIONS: [string, string][] = names(`
  B.C. British Columbia|Alta. Alberta|Sask. Saskatchewan|Ont. Ontario|Que. Quebec|N.B. New Brunswick|N.S. Nova Scotia|
  P.E.I. Prince Edward Island|N.L. Newfoundland and Labrador|Nfld. Newfoundland and Labrador
`).map((pair) => [pair.slice(0, pair.indexOf(' ')), pair.slice(pair.indexOf(' ') + 1)]);

/** Abbreviations and short forms of countries, US states and Canadian provinces, mapped to the canonical name. */
export const PLACE_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['U.K.', 'United Kingdom'], ['UK', 'United Kingdom'], ['UAE', 'United Arab Emirates'], ['U.A.E.', 'United Arab Emirates'],
  ['DRC', 'Democratic Republic of the Congo'], ['D.C.', 'Washington, D.C.'], ['PRC', 'China'], ['ROK', 'South Korea'],
  ['DPRK', 'North Korea'], ['America', 'United States'], ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'], ['S. Korea', 'South Korea'],
  ['N. Korea', 'North Korea'], ['KSA', 'Saudi Arabia'], ['D.R.C.', 'Democratic Republic of the Congo'],
  ['DR Congo', 'Democratic Republic of the Congo'], ['PNG', 'Papua New Guinea'],
  ['NZ', 'New Zealand'], ['N.Z.', 'New Zealand'], ['BiH', 'Bosnia and Herzegovina'], ['Czech Rep.', 'Czech Republic'],
  ['USSR', 'Soviet Union'], ['U.S.S.R.', 'Soviet Union'],
  // Australian states as their own copy writes them (not SA, South Africa's too, nor Vic, a given name).
  ['NSW', 'New South Wales'], ['Qld', 'Queensland'], ['QLD', 'Queensland'],
  ...US_STATE_ABBREVIATIONS,
  ...CANADIAN_PROVINCE_ABBREVIATIONS,
]);

/**
 * Places under another name or spelling (older, Russian, or a renaming), by the one the place
 * lexicon lists (in lower case, accents off): "Kiev" is Kyiv. Spellings that differ only in doubled letters or sound classes ("Odessa",
 * "Odesa") meet without a list (see the actors' place keys).
 */
export const PLACE_RESPELLINGS: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'], ['kharkov', 'kharkiv'], ['lvov', 'lviv'], ['nikolaev', 'mykolaiv'], ['nikolayev', 'mykolaiv'],
  ['zaporozhye', 'zaporizhzhia'], ['dnepr', 'dnipro'], ['dnipropetrovsk', 'dnipro'], ['lugansk', 'luhansk'],
  ['chernigov', 'chernihiv'], ['rovno', 'rivne'], ['artemovsk', 'bakhmut'],
  ['bombay', 'mumbai'], ['madras', 'chennai'], ['calcutta', 'kolkata'], ['peking', 'beijing'], ['rangoon', 'yangon'],
  ['burma', 'myanmar'], ['swaziland', 'eswatini'], ['turkiye', 'turkey'], ['czechia', 'czech republic'],
  ['arbil', 'erbil'], ['irbil', 'erbil'],
]);

const RESPELLED = [...PLACE_RESPELLINGS.keys()].map((name) => name[0].toUpperCase() + name.slice(1));

/** Airports that copy names by one word ("Heathrow and Gatwick running with delays"); none a given name or surname (not Logan, Dulles). */
const AIRPORTS = names(`
  Heathrow|Gatwick|Stansted|Schiphol|Changi|Narita|Haneda|Incheon|Orly|Fiumicino|Malpensa|Barajas|Arlanda|Gardermoen|
  Kastrup|Keflavík|Keflavik|Suvarnabhumi|O'Hare|O’Hare|LaGuardia|Zaventem|Sheremetyevo|Vnukovo|Domodedovo|Pulkovo|Entebbe
`);

export const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...US_STATES, ...CITIES, ...REGIONS, ...PLACE_SHORT_FORMS.keys(), ...RESPELLED, ...AIRPORTS]);

/** The last word of a geographic name: Cayman Islands, Hudson River, Gulf Coast. */
/**
 * Geographic heads whose names take "the" ("the Kafue Basin", "the Mekong Delta"): written without it,
 * such a name is a business called after the place ("Kafue Basin, which is 60% owned by ...").
 */
export const THE_TAKING_GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(['Basin', 'Delta', 'Valley', 'Plateau', 'Gorge', 'Coast', 'Peninsula', 'Strait', 'Straits', 'Desert', 'Canyon', 'Highlands', 'Lowlands', 'Plains', 'Steppe', 'Wetlands', 'Estuary', 'Archipelago']);

/**
 * Malay words that open a place's name: a housing estate or park ("Taman Seri Bayu"), a condominium
 * ("Residensi Seri Cempaka"), a village, a road, an island, a river. ("Bandar", a town, is a given name too.)
 */
export const MALAY_PLACE_OPENERS: readonly string[] = ['Taman', 'Residensi', 'Kampung', 'Kampong', 'Jalan', 'Pulau', 'Sungai'];

/** Last words of grounds where crowds gather: "Wembley Stadium", "Ascot Racecourse". */
export const CROWD_VENUE_HEADS: readonly string[] = ['Stadium', 'Arena', 'Stadion', 'Velodrome', 'Ballpark', 'Speedway', 'Raceway', 'Fairgrounds', 'Showgrounds', 'Racecourse'];

/** Last words of places: land and water, roads and their bridges, districts ("Aichi Prefecture"), and the venues where crowds gather ("Wembley Stadium"). */
export const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(['Side', 'End', 'Quarter', 'Township', 'Ward', 'Heights', 'Square', 'Islands', 'Island', 'Isles', 'Mountains', 'Hills', 'River', 'Lake', 'Bay', 'Valley', 'Coast', 'Peninsula', 'Strait', 'Straits', 'Sea', 'Ocean', 'Desert', 'Province', 'Region', 'County', 'Oblast', 'Canyon', 'Canal', 'Avenue', 'Street', 'Boulevard', 'Road', 'Lane', 'Drive', 'Highway', 'Freeway', 'Motorway', 'Expressway', 'Parkway', 'Route', 'Interstate', 'Delta', 'Plateau', 'Basin', 'Gorge', 'Highlands', 'Lowlands', 'Glacier', 'Falls', 'Reef', 'Shoal', 'Shoals', 'Atoll', 'Lagoon', 'Wetlands', 'Plains', 'Estuary', 'Archipelago', 'Fjord', 'Steppe', 'Bazaar', 'Bazar', 'Dam', 'Barrage', 'Reservoir', 'Weir', 'Springs', 'Narrows', 'Rapids', 'Flats', 'Meadow', 'Meadows', 'Downs', 'Bog', 'Moor', 'Fen', 'Swamp', 'Brook', 'Creek', 'Hollow', 'Bluff', 'Harbor', 'Harbour', 'Prefecture', 'Governorate', 'Bridge', 'Tunnel', 'Causeway', 'Viaduct', 'Building', ...CROWD_VENUE_HEADS, 'Coliseum']);

/**
 * The last two words of a protected area's name: "Yellowstone National Park", "Okavango Game Reserve".
 * Two words, since "Park" alone ends people's names too ("Grace Park") and "Reserve" banks' ("Federal Reserve").
 */
export const PROTECTED_AREA_HEADS: ReadonlySet<string> = new Set([
  'National Park', 'State Park', 'Provincial Park', 'Marine Park', 'Nature Park', 'Natural Park', 'National Forest',
  'Nature Reserve', 'Game Reserve', 'Biosphere Reserve', 'Forest Reserve', 'Marine Reserve', 'Wildlife Reserve',
  'Wildlife Sanctuary', 'Wildlife Refuge', 'National Monument', 'Conservation Area', 'Protected Area',
]);

/** "the Beni departmental government", "the Kaduna state governor": a region's own government after its name. */
export const JURISDICTION_ADJECTIVES: ReadonlySet<string> = new Set(['departmental', 'regional', 'provincial', 'municipal', 'state', 'county', 'district', 'territorial', 'prefectural', 'cantonal', 'metropolitan', 'local']);
export const REGIONAL_GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'governments', 'governor', 'authorities', 'administration', 'council', 'assembly', 'legislature', 'police', 'officials']);
