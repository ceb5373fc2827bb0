// Titles written before names ("Foreign Minister", "Sen.") and role nouns ("press secretary",
// "a former adviser"), which become an actor's roles rather than part of the name.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Capitalized words that belong to a title phrase before a name (British and Australian copy drops the stops: "Sgt", "Cr"). */
export const TITLE_WORDS = words(`
  President Vice Prime Minister Ministers Chancellor Secretary Secretary-General Undersecretary Sen. Senator Rep.
  Representative Congressman Congresswoman Gov. Gov Governor Lt. Lieutenant Mayor Dr. Prof. Professor Judge Justice
  Magistrate Chief Executive General Gen. Col. Colonel Maj. Major Adm. Admiral Commander Cmdr. Capt. Captain Sgt.
  Sergeant Cpl. Corporal Pvt. Private Marshal Field Brig. Brigadier King Queen Prince Princess Crown Emperor Empress
  Sultan Emir Sheikh Shaikh Ayatollah Imam Mufti Rabbi Pope Cardinal Bishop Archbishop Patriarch Metropolitan Pastor Rev.
  Reverend Father Sister Brother Deacon Monsignor Ambassador Amb. Envoy Consul Speaker Leader Chairman Chairwoman
  Chairperson Chair Director Director-General Administrator Commissioner Comptroller Treasurer Auditor Inspector
  Detective Det. Officer Constable Sheriff Superintendent Supt. Councilman Councilwoman Councillor Councilor Alderman
  Assemblyman Assemblywoman Assemblymember Delegate Premier Deputy Acting Interim Former Foreign Defense Defence
  Finance Interior Health Trade Economy Economic Energy Environment Education Agriculture Labor Labour Transport
  Transportation Culture Justice Attorney Solicitor Advocate Coach Manager Head Founder Co-founder President-elect
  Prime-Minister Mr. Mrs. Ms. Mx. Dr Mr Mrs Ms Duke Duchess Earl Baron Baroness Lord Lady Sir Dame Chancellor-elect
  CEO Chief-Executive Executive-Director Managing Senior Supreme Grand Chief-of-Staff Spokesman Spokeswoman
  Spokesperson Press Secretary-of-State Minister-President Taoiseach Tánaiste Ombudsman Registrar Provost Dean Rector
  Vice-President Vice-Chancellor Undersecretary-General Assistant Associate Principal Special Presidential
  Opposition Party Leader Majority Minority Whip Marshal Governor-General Lt.-Gen. Maj.-Gen. Brig.-Gen. Commodore
  Colonel-General Air Navy Army Police Fire Ex-President Ex-Prime Sens. Reps. Govs. Drs. Judges Justices
  Governors Senators Representatives Presidents Mayors Directors Commissioners Councillors Councilors Ambassadors Generals
  District Circuit Bankruptcy Cabinet Prosecutor Prosecutor-General Attorney-General Auditor-General Solicitor-General
  MP MPs MSP MSPs MEP MEPs MLA MLAs MPP MPPs MHA MHAs MNA MNAs MCA MCAs TD TDs Trustee
  Counsel Recorder Clerk Assessor Coroner Supervisor Supervisors Councilmember Selectman Selectwoman Controller Warden
  Prefect Barrister Coun Coun. Cllr Cllr. Cr
  Sgt Insp Supt Capt Cpl Lt Col Prof Rev Cmdr
  Collector Collectors Attorneys MD CMD Adviser Advisor
`);

/**
 * Title words that only modify the title word after them ("Vice President", "Grand Mufti", "Police
 * Chief"), so a title never ends on one: "the Spanish Grand Prix" names no "Prix".
 */
export const TITLE_MODIFIERS = words(`
  Vice Acting Interim Former Senior Supreme Grand Managing Assistant Associate Principal Special Presidential
  Majority Minority Press Field Crown Air Navy Army Fire Bankruptcy
`);

/** Members of a parliament (Ireland's Dáil: TD), after whom "for" names the seat, a place: "the MP for Glasgow East". */
export const LEGISLATOR_TITLES = words('MP MSP MEP MLA MPP MHA MNA MCA TD senator member');

/**
 * Letters written after a person's name for a rank or an honour, no part of it: senior counsel
 * ("Advocate Lindiwe Sebola SC", "Miriam Cole KC", Nigeria's "Femi Adeyemi SAN"), orders ("OBE", Australia's "AO") and fellowships ("FRS").
 * Members' titles after a name ("Sipho Dube MP") are cut as titles are (TITLE_WORDS).
 */
export const POST_NOMINALS = words('QC KC SC SAN OBE CBE MBE KBE DBE AC AO AM OAM CNZM ONZM MNZM FRS FRSE FBA');

/**
 * Styles of address before a name, which are no part of it nor a role: Malaysia's honours ("Tan Sri Lim
 * Boon Keat", "Datuk Seri Azhar", "Dato' Sri", written "Dato" before its apostrophe) and royal and
 * diplomatic styles ("His Highness", "Her Excellency"), and European courtesy styles (a French lawyer's
 * "Maître", "Mme", German "Herr" and "Frau"). Phrases, as "Tan" and "Sri" alone are
 * a surname and a given name.
 */
export const STYLE_PHRASES: ReadonlySet<string> = new Set(
  `Tan Sri|Puan Sri|Toh Puan|Datuk Seri|Datuk Sri|Dato Sri|Dato Seri|Datuk Wira|Dato Wira|Datuk Paduka|Dato Paduka|Datin Paduka|Datin Seri|Datin Sri|Datuk|Dato|Datin|Tun|His Highness|Her Highness|His Royal Highness|Her Royal Highness|His Excellency|Her Excellency|His Majesty|Her Majesty|Highness|Excellency|Majesty|Yang Berhormat|Maître|Mme|Herr|Frau`.split('|'),
);

/** Titles of a region's or a city's head: the name written before them is that place ("Nuevo León Gov. Rodrigo Saldívar"). */
export const REGIONAL_HEAD_TITLES = words('Gov. Gov Governor Govs. Governors Mayor Premier');

/** Capitalized portfolios, which make a title only with a title word ("Transport Minister"), and name departments with a country ("Transport Canada"). */
export const PORTFOLIO_WORDS = words(`
  Foreign Defense Defence Finance Interior Health Trade Economy Economic Energy Environment Education Agriculture
  Labor Labour Transport Transportation Culture Commerce Treasury Homeland Security Housing
  Tourism Arts Sport Sports Youth Fisheries Mines Industry Infrastructure Immigration Audit Statistics Parks
`);

/** Lower-case nouns naming what a person is. */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson secretary envoy aide adviser advisor ambassador executive officer director
  chairman chairwoman chair president minister senator governor mayor judge lawyer attorney prosecutor analyst
  economist professor researcher scientist official diplomat negotiator commissioner lawmaker legislator candidate
  leader founder co-founder owner head chief manager coach striker midfielder defender goalkeeper winger forward
  player agent representative member councilman councilwoman councillor councilor organizer organiser activist
  campaigner historian author journalist reporter editor columnist correspondent physician doctor epidemiologist
  virologist engineer strategist pollster consultant banker investor trader regulator inspector auditor treasurer
  chancellor premier vice deputy general colonel commander captain soldier worker employee resident student teacher
  steward dean provost rector fellow partner associate secretary-general administrator superintendent sheriff
  detective constable commander marshal admiral pilot nurse surgeon biologist chemist physicist astronomer geologist
  climatologist ecologist meteorologist sociologist psychologist anthropologist archaeologist linguist philosopher
  theologian priest pastor rabbi imam bishop cardinal nun monk cleric preacher novelist poet playwright screenwriter
  filmmaker director producer actor actress singer musician composer artist photographer designer architect
  drummer rapper songwriter dancer choreographer comedian sculptor illustrator chef
  entrepreneur businessman businesswoman financier billionaire millionaire shareholder stakeholder lobbyist
  attaché consul emissary mediator arbitrator ombudsman whistleblower witness defendant plaintiff suspect victim
  survivor veteran volunteer protester demonstrator striker unionist shopkeeper farmer fisherman driver passenger
  commentator blogger podcaster host anchor presenter broadcaster critic scholar expert specialist adviser
  counsel solicitor barrister magistrate justice clerk registrar secretary-treasurer controller comptroller
  analyst strategist planner official officials spokesmen spokeswomen aides advisers advisors diplomats lawyers
  negotiators executives directors ministers senators lawmakers officers speaker
  counterpart predecessor successor ally rival challenger nominee writer
  substitute centre-back center-back centre-half center-half full-back fullback left-back right-back wing-back
  centre-forward center-forward playmaker keeper goalie referee umpire skipper debutant team-mate teammate
  quarterback linebacker pitcher batter batsman bowler jockey sprinter cyclist fly-half scrum-half
  mp mps mep meps msp msps mla mlas
`);

/** Role modifiers that say what a person is, never who employs one: "Former councillor X", "Deputy mayor Y". */
export const PERSONS_ROLE_MODIFIERS = words(`
  former deputy acting senior junior vice assistant associate interim longtime long-time veteran incumbent outgoing incoming retired
`);

/** Lower-case words that modify a role ("former deputy", "senior administration"). */
export const ROLE_MODIFIERS = words(`
  former deputy acting senior junior chief top vice assistant associate interim longtime long-time veteran then incumbent
  outgoing incoming newly elected retired lead principal special executive general managing party press foreign
  defense defence finance trade health state federal regional local national international administration
  government opposition ruling campaign communications policy security intelligence military police legal
  economic political technical scientific medical research team club union company firm bank ministry embassy
  department agency council city county district provincial municipal parliamentary presidential royal
  independent freelance staff staffer head co-chief first second third top-ranking high-ranking ranking
  white house operating financial technology compliance communications marketing investment investor relations
  home affairs diplomatic crime arts culture media world social nuclear humanitarian human rights climate energy environment environmental education sports science engineering
  commerce justice labor labour immigration housing transport transportation agriculture interior homeland supreme
  appeals circuit operations information development strategy program research data risk public affairs digital
  product design creative content editorial news sales business legislative regulatory monetary fiscal
`);
