// Words that make a capitalized name an organization (in English and in the Romance languages news copy
// leaves untranslated: "Servicios Hídricos del Norte", "Grupo Ibáñez"), names that stand for a government, and
// the nouns of agent descriptions ("the ministry said").

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Legal forms written with stops between lower-case letters, some with spaces ("S.à r.l.", "Sp. z o.o."): the
 * tokenizer reads each as one word, which words and dotted capitals alone would cut up.
 */
export const DOTTED_LEGAL_FORMS: readonly string[] = ['S.à r.l.', 'S.a r.l.', 'S.a.r.l.', 'S.p.A.', 'S.r.l.', 's.r.l.', 's.r.o.', 'Sp. z o.o.', 'sp. z o.o.', 'd.o.o.', 'e.V.', 'S.A. de C.V.', 'S.A.B. de C.V.', 'a.s.'];

export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...words(`
  Ministry Department Council Center Centre Centers Centres Agency Institute Institution University College School Academy Party
  Organization Organisation Bank Fund Committee Office Court Tribunal Commission Union Association Federation
  Confederation Authority Board Bureau Service Services Police Army Navy Force Forces Guard Guards Parliament
  Assembly Senate Congress Cabinet Government Administration Secretariat Group Holdings Partners Capital Ventures
  Industries Technologies Technology Systems Labs Laboratories Laboratory Pharmaceuticals Pharma Motors Airlines
  Airways Energy Oil Petroleum Mining Steel Telecom Telecommunications Media Network Networks Broadcasting Press
  Times Post Journal Tribune Herald Gazette Chronicle News Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd.
  LLC LLP L.L.P. PLLC PLC plc AG SA GmbH NV S.A. N.V. B.V. A.G. S.A.S. L.L.C. P.L.C. Ltda. Ltda SpA Foundation Trust Society Club FC League Alliance Coalition Front Movement Chamber
  Headquarters Exchange Reserve Treasury Command Church Hospital Clinic Museum Library Port Airport Railway Railways Transit
  TV Television Radio FM Embassy Consulate
  Lines Shipping Logistics Insurance Securities Investments Bancorp Bancshares Brands Foods Resources Solutions
  Consulting Enterprises Electric Electronics Semiconductor Software Robotics Aerospace Dynamics Automotive Chemicals
  Biotech Therapeutics Health Healthcare Medical Studios Records Entertainment Publishing Books Magazine Review
  Daily Weekly Observer Guardian Independent Telegraph Express Mirror Standard Times-Picayune Monitor Reuters
  Agence Presse Associated Committee Caucus Directorate Inspectorate Prosecutor's Prosecutors Ombudsman Registry
  Unit Division Brigade Battalion Regiment Corps Fleet Squadron Guard Militia Cartel Syndicate Initiative Project
  Program Programme Council Councils Commissioners Trustees Regents Observatory Survey Foundation Fellowship
  Conservancy Coalition Caucus Congress Synod Diocese Archdiocese Mosque Temple Synagogue Cathedral Team Racing
  Freight Cargo Trucking Haulage Rail Ports Terminals Stores Retail Mills Works Farms Estates Properties Realty
  Guild Cooperative Collective Brotherhood Lodge Syndicate Endowment Conference Forum Watch Initiative Partnership Consortium Tribunal Mission Delegation Panel
  United City Athletic Rovers Wanderers Harriers Rangers Thistle Argyle Academicals Albion Sporting Real Olympique Borussia Dynamo Juventus Hotspur Utd
  Gas Zoo Economics Analytics Advisory Advisors Advisers Associates Strategies Consultancy Consultants Athletics Nation
  Community District Metals Minerals Lithium Uranium Nickel Cobalt Banco Banca Banque House
  Biosciences Bioscience Biologics Biopharma Genomics Diagnostics Vaccines Medicines Limited Incorporated
  Grupo Gruppo Groupe Servicios Serviços Compañía Companhia Compagnie Empresa Empresas Corporación Instituto Institut
  Ministerio Ministério Ministère Consejo Conselho Conseil Comisión Comissão Secretaría Fundación Fundação Fondation
  Asociación Associação Sindicato Partido Parti Universidad Universidade Université Agencia Agência Federación
  Superintendency Commodities Brokerage Clube Liga Lega Ligue Sociedade Sociedad Società Société Confederación Superintendencia Procuraduría Fiscalía Defensoría Contraloría Policía Cámara Câmara
  Theater Theatre Playhouse Orchestra Philharmonic Elementary
  Berhad Bhd Bhd. Sdn Tbk Tbk. Pte Pty Pvt S.p.A. Oyj KGaA ASA A/S
  Atlético Atletico Deportivo Sportivo Alianza Aliança Unión União Frente Movimiento Movimento
  Engineering Shipbuilders Shipyard Minera Mineração Constructora Construtora Inmobiliaria Naviera Pesquera Petrolera Inversiones Distribuidora Aerolíneas Industrias
  Bahn Ministerium Bundesministerium Bundesamt Bundesanstalt Verband Stiftung Gesellschaft Gewerkschaft Verein Partei Bündnis
  Allianz Ngāti Ngati Ngāi Ngai Bord Comhairle Údarás HMP HMYOI Prison Jail Gaol Penitentiary
`),
  ...DOTTED_LEGAL_FORMS,
]);

/** A company's legal form, which ends its name ("Inc.", "AG", "Sdn Bhd"); the name goes by the words before it. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  ...words(`
  Corp Corp. Inc Inc. Ltd Ltd. Co Co. LLC L.L.C. LLP L.L.P. LP L.P. PLLC PLC plc AG SA NV S.A. N.V. B.V. A.G. GmbH Bhd Berhad Sdn Tbk Pte Pty
  Ltda SpA Oyj ASA
`),
  ...DOTTED_LEGAL_FORMS,
]);

/**
 * Last words that make a company's or a news outlet's name only at its end (elsewhere they are
 * ordinary words or open other names: "Research shows", "Wire transfers"): "Chornomor Agro
 * Holding", "Meridian Wire", "Kaveri Commodity Research".
 */
export const ORGANIZATION_ENDINGS = words(`
  Holding Ratings Wire Newswire Dispatch Courier Ledger Sentinel Examiner Inquirer Enquirer Bulletin
  Trading Research Mail Transit Cars Trucks Ferries Courant Beacon Advertiser Gleaner Clarion Argus Motor Instruments Air
  International Images Automobile Automobiles Mines
`);

/**
 * Last words of newspapers' names, which open with the town they serve: "the Indus" beside the
 * Indus Daily is the river, "Harwick" beside the Harwick Courant the town (not "News": Bloomberg News).
 */
export const NEWSPAPER_ENDINGS = words(`
  Daily Times Post Journal Tribune Herald Gazette Chronicle Courant Ledger Sentinel Examiner Inquirer Courier Dispatch
  Advertiser Gleaner Clarion Argus Beacon Observer Bulletin
`);

/**
 * Endings that also name a member ("a former Royal Marine") or a person ("Ana Marina"): a company's only in a name
 * of three words or more ("Harcourt Vane Marine", "Kettle Cove Marina").
 */
export const LONG_NAME_ORGANIZATION_ENDINGS = words('Marine Marina');

/** Parties by their members' name, which a nation's or a creed's adjective makes a party's name: Scottish Labour, Liberal Democrats, Australian Greens. */
export const PARTY_MEMBERS = words('Labour Labor Greens Conservatives Tories Liberals Socialists Democrats Republicans Nationalists Nationals');

/**
 * Parties whose names say no party, in the language they are written in: copy puts them before a member's title as it
 * puts a seat ("Fianna Fáil TD", "Fine Gael councillor" as "Glasgow East MP"), with their accents or without.
 */
export const PARTY_NAMES: ReadonlySet<string> = new Set(
  'Fianna Fáil|Fianna Fail|Fine Gael|Sinn Féin|Sinn Fein|Plaid Cymru|Likud|Fidesz|Podemos|Syriza'.split('|'),
);

/** Buildings, streets and assemblies that stand for a government or institution in news copy. */
export const GOVERNMENT_METONYMS: ReadonlySet<string> = new Set(
  `White House|City Hall|Town Hall|County Hall|Kremlin|Downing Street|Pentagon|Élysée|Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay|Whitehall|
  Zhongnanhai|Blue House|Foggy Bottom|Capitol Hill|Wall Street|Queen's Park|Queen’s Park|Parliament Hill|Bundestag|Bundesrat|Knesset|Duma|State Duma|Rada|
  Verkhovna Rada|Sejm|Majlis|Diet|Storting|Riksdag|Folketing|Cortes|Lok Sabha|Rajya Sabha|Oireachtas|Dáil|Dail|
  Holyrood|Stormont|Westminster|Quirinale|Chigi Palace|Palazzo Chigi|Moncloa|Bellevue|Chancellery|Kantei|
  Kasumigaseki|Hofburg|Binnenhof|Number 10|No. 10|No 10|Hill|Langley|Scotland Yard|Brussels|Vatican|Matignon|Aso Rock|Aso Villa|
  Casa Rosada|Planalto|Malacañang|Malacanang|Miraflores|Los Pinos|Ak Orda|Akorda|Bankova|Union Buildings|Rashtrapati Bhavan|Raisina Hill`
    .split('|')
    .map((name) => name.trim())
    .filter((name) => !['Brussels', 'Vatican', 'Hill'].includes(name)),
);

/** Lower-case nouns that, after "the", stand for a named institution acting as an agent. */
export const AGENT_NOUNS = words(`
  ministry department commission council court agency government administration company firm union party committee
  board authority regulator club university institute bank fund group police army military parliament senate
  congress cabinet office bureau campaign embassy consulate federation association alliance coalition
  organization organisation foundation league tribunal secretariat network newspaper broadcaster airline lender
  insurer exchange assembly kremlin commission's hospital charity consultancy broadcaster district
  automaker carmaker chipmaker drugmaker retailer streamer miner
`);

/** Agent nouns that name a business: "the company said" refers back to the business named last, whatever its name. */
export const BUSINESS_NOUNS = words('company firm lender insurer airline automaker carmaker chipmaker drugmaker retailer streamer miner');

/** Words that make a name a public or non-profit body, never "the company": the Office of the Data Commissioner, Sofia University. */
export const PUBLIC_BODY_WORDS = words(`
  Ministry Department Commission Council Court Agency Government Administration Authority Regulator Parliament Senate
  Congress Cabinet Office Bureau Police Army Navy Tribunal Assembly Committee Party Union Embassy Consulate Secretariat
  Federation League Association Foundation University College School Hospital Church Forum Coalition Alliance Movement
  Institute Trust Society Charity Campaign Service Circuit Bench Nation Community District County City State Republic Kingdom
`);

/** Heads of a campus's name, which the place after "of" or "at" may stand for: the University of Northmere is "Northmere". */
export const CAMPUS_HEADS = words('University College Institute');

/** Heads of bodies that sit inside a larger institution: the Senate Banking Committee is not the Senate. */
export const SUB_BODY_HEADS = words('Committee Subcommittee Caucus Panel Delegation Unit Division');
