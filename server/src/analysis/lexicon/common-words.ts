// Frequent English words (lower case). A capitalized word that is one of these at the start of a
// sentence is an ordinary word ("Officials said", "Meanwhile, ..."), not a name.
import { ASCII_LAST, CAPITAL_A, CAPITAL_Z } from '../text/char-codes';

const COMMON = `
  a about above according across actually after afterward afterwards again against ago ahead all allowed almost
  alone along already also although always am among amid amidst an and another any anyone anything anyway
  anywhere are around as aside at away back be became because become becomes been before beforehand behind
  being below beside besides between beyond both but by can cannot could did do does doing done down during each
  earlier early either else elsewhere enough especially even eventually ever every everyone everything everywhere
  except far few fewer first for former formerly from further furthermore had has have having he hence her here
  hereby herself him himself his how however i if in indeed inside instead into is it its itself just last later
  latter least less let lest like likely many may maybe me meanwhile might mine more moreover most mostly much
  must my myself namely near nearly neither never nevertheless next no nobody none noone nor not nothing now
  nowhere of off often on once one only onto or other others otherwise our ours ourselves out outside over overall
  own per perhaps please quite rather really recently regardless same several shall she should since so some
  somebody someone something sometimes somewhat somewhere soon still such than that the their theirs them
  themselves then there thereafter thereby therefore these they this those though through throughout thus to
  today together tomorrow tonight too toward towards under unless unlike until up upon us very via was we well
  were what whatever when whenever where whereas wherever whether which while who whoever whole whom whose why
  will with within without would yes yesterday yet you your yours yourself yourselves
  ability able access account across act action actions activity add added adding addition additional address
  admitted agency agreed agreement aid aim air alleged allies ally announced announcement annual answer anti
  apparently appeal appeared applied approach approval approved april area areas argued argument arms army arrested
  article asked asking assault assembly assessment asset assets attack attacks attempt attention authorities
  authority available average avoid award aware bad balance ban bank banks based basis battle began begin beginning
  behalf believe believed best better bid big billion bills black blamed board body border borders born
  borrowing boss bought break brief briefly bring broad brought budget build building built business businesses
  buy call called calling calls came campaign can candidate candidates capital car care career case cases cash
  caused cease ceasefire center central centre century certain chairman challenge chance change changes charge
  charged charges check chief children choice cited cities citizens city civil claim claimed claims clear clearly
  climate close closed closely club coalition code cold collapse come comes coming comment comments commercial
  commission committee common community companies company competition complaint complete completed concern concerned
  concerns conditions conference confidence confirmed conflict congress consider considered construction consumer
  consumers contact continue continued contract control cost costs could council countries country county course
  court cover crime crisis critical criticism critics cross crowd current currently customers cut cuts daily damage
  data date day days deal deals dealt death debate debt decade decades decide decided decision decisions declined
  defense deficit delay delayed delegation demand demands democracy denied department deputy described despite
  detail details development did died difference different difficult digital direct directly director discuss
  discussed discussion district do document doing dollar dollars domestic done doubt draft drop dropped due
  earlier east eastern economic economy editor education effect effort efforts eight either election elections
  emergency end ended energy enforcement entire environment environmental equal especially estimated even evening
  event events evidence exactly example executive exchange expect expected experience experts explained export
  exports face faced facing fact failed fair fall family far federal fell few field fight fighting figure figures
  filed final finally finance financial find fire firm firms first five fixed flight floor focus following food
  force forces foreign form former forward found four free friday front fuel full fund funding funds future gain
  gas gave general get getting give given giving global go goal goes going gone good government governments great
  green ground group groups growing growth guard half hand hard head headed health hear heard held help helped
  high higher him history hit hold holding home hopes hospital hour hours house housing huge human hundreds
  idea immediately impact important including increase increased independent industry inflation information initial
  inquiry inside instead interest interests interior internal international interview investigation investment
  investors issue issued issues job jobs join joined judge july june just justice keep kept key kill killed kind
  knew know known labor labour land large largely largest late launch law laws lawyer lawyers lead leader leaders
  leadership leading least leave leaving led left legal legislation less level levels life light likely limit
  limited line list little live lives loan loans local long longer look looking loss lost lot low lower made main
  major majority make makes making man management many march market markets matter may mayor means measure measures
  media medical meet meeting meetings member members men message met middle might military million millions
  minister ministers ministry minority minutes money month months more morning most move moved movement moves
  much must name named nation national nations near nearly need needed needs negotiations neither network never
  new news next night nine no north northern nothing notice now number numbers occurred offer offered office
  officer officers official officials oil old once one ones online only open opened operation operations opinion
  opposition order orders organization original other others out outside over own paid panel parents part parties
  partner partners party passed past pay paying peace people per percent period person personal place plan planned
  plans plant point points police policies policy political politics poll polls poor popular population position
  possible post potential power powers practice presence present president press pressure previous previously price
  prices prime prison private probably problem problems process produce production program programs project
  projects proposal proposals proposed prosecutors protect protest protests provide provided public published
  push put question questions quickly race raise raised range rate rates reached read ready real reason reasons
  received recent record reduce reform refused region regional release released remain remained remains report
  reported reportedly reporters reports representatives republic request required research resident residents
  response rest result results return returned revenue review right rights rise rising risk road role room rule
  rules ruling run running said sale sales saturday saw say saying says school schools season second secretary
  security see seen sell senate senior sent series serious service services session set seven share shares short
  show showed shows side sign signed significant similar single site situation six size small social sold
  soldiers solution sought source sources south southern speak speaking special spending spent spokesman
  spokeswoman spring staff stage stand standard start started state statement states station status stay step
  steps stock stop stopped strategy street strike strong student students study subject success suggested summer
  sunday supply support supporters supreme sure system systems table take taken taking talk talks target tax taxes
  team teams term terms test than thanks third thousands threat threats three time times told took top total toward
  town trade traffic training transport travel treaty trial tried troops trust try trying tuesday turn turned two
  type union unit university unlikely up urged use used users using value various version victims view village
  violence visit vote voted voters votes wage wages wait want wanted war was watch water way ways weapons wednesday
  week weekend weeks went west western whether white whole wide wife win winter woman women word words work
  worked workers working world worth would year years young
  accept accepted accused acknowledged adds admit agree agrees allow allowed allows alleging announce announces
  appears argue argues ask asks believes blame calls cancel cancelled carry caught chose claim concluded confirm
  confirms continue continues criticize criticized declares declared deny denies describes disagree estimate
  expects explain explains fear feared fears finds follow followed forced hoped imposed insist insisted insists
  intends issued join keeps killed launched leaves lose mean meant note noted notes oppose opposed plans pointed
  predicted promise promised raises refuse refuses rejected rejects remains replied responded reveal revealed
  ruled seeks seem seemed seems send sent shows signals speaks stressed suggests suspended tell tells thinks
  threatened tweeted underscored urges voiced wants warned warns welcomed worries wrote
  nonetheless notably separately similarly specifically ultimately initially subsequently currently increasingly
  still also yet again already later earlier instead meanwhile moreover additionally likewise accordingly consequently
  asked responding speaking writing talking analysts experts investors residents voters workers lawmakers officials
  diplomats protesters critics supporters observers economists scientists researchers doctors teachers students
  parents families authorities prosecutors police troops soldiers forces rebels militants fighters activists
  governments leaders ministers members delegates negotiators mediators sources aides advisers allies rivals
  opponents partners companies firms banks markets shares prices sales talks negotiations plans efforts measures
  rules laws funds donors buyers sellers lenders creditors shareholders executives managers employees staff
  hundreds thousands millions billions dozens several both neither either none most many few some all each every
  what why how where when who whom which whose whatever this that these those there here it its they their them
  he she his her we our us i my me you your one two three four five six seven eight nine ten dozens
  exit mobile version photo video watch read more share comments advertisement sponsored subscribe sign log
  breaking update updated live exclusive analysis opinion editorial correction clarification
  abandon abandoned abroad absence absolute abuse academic accepting accepts accident accompanied accomplished
  accounted accounting accounts accurate accusation accusations accuse accusing achieve achieved achievement acquire
  acquired acquisition acted acting active actively activities acts actual adapt addressed addresses addressing
  adequate adjust adjusted admission admits adopt adopted adoption adult adults advance advanced advances advantage
  adverse advertising advice advise advised advocacy affair affairs affect affected affecting affects afford
  affordable afraid afternoon age aged agencies agenda ages aggressive aging agreeing agreements agricultural aided
  aimed aiming aims airport airports alarm alert alike alive allegation allegations allege allegedly alleviate
  alliance allocated allowing alongside alter alternative alternatives amendment amendments amount amounts analyze
  ancient anger angry animal animals anniversary announcing annually anonymity anonymous answered answers anticipated
  anxiety anybody apart apologized apology apparent appeals appear appearance appearing applications apply applying
  appoint appointed appointment appreciate approached approaches appropriate approve approving arguing arise
  arrangement arrangements arrest arrests arrival arrive arrived arriving artificial aspect aspects assess assessed
  assist assistance assume assumed attached attacked attacking attempted attempting attempts attend attended
  attending attitude attract attracted auction audience audit authorized automatic autumn availability avenue avoided
  awarded awards awareness backed background backing backlash bailout balanced banking banned banning bar barrel
  barrels barrier barriers base bases basic basically battles bear beat beaten beautiful bed beds beef begins begun
  behavior behaviour belief beliefs believing belong belongs beneath benefit benefits bet bigger biggest bilateral
  binding birth bit bitter blast blew block blocked blocking blood blow boat boats bodies bomb bombing bombs bond
  bonds bonus book books boost boosted borrow borrowed bottom bound boundaries boy boys brain branch brave breach
  breaches breakdown breaks breakthrough breath bridge bridges briefed briefing bright brings broke broken brokered
  brother brothers brutal buildings bulk burden bureaucracy burned buses busy buying cabinet calculated calculation
  campaigned campaigning campaigns canceled candidacy capable capacity capture captured carbon card cards cared
  careful carefully cargo carried carries carrying cast casualties category cause causes causing caution cautioned
  cautious celebrate celebrated cell cells cement centers centres ceremony certainly certainty chain chains chair
  chairs challenged challenges challenging chamber champion championship chances changed changing channel channels
  chaos chapter character charity chart cheap cheaper checks chemical chemicals chiefs child childhood chips choices
  choose chosen church cites citing citizen citizenship civic civilian civilians claiming clashes class classes
  classified clean cleaner clearance cleared clients climbed clinic clinical clock closer closing closure closures
  cloud clubs clues coal coast coastal collapsed colleague colleagues collect collected collection collective college
  colleges colonial column combat combination combined comfortable command commanders commentary commented commenting
  commerce commissioned commissions commit commitment commitments committed committees communities compared
  comparison compensation compete competing competitive competitors complained complaints completely complex
  complicated component components compromise concede conceded concept concerning concession concessions conclude
  conclusion conclusions concrete condemned condition conduct conducted confident confirmation conflicts confront
  confusion connected connection consecutive consensus consent consequence consequences considerable considering
  consistent constant constantly constitution constraints consultation consumption contacts contain contained
  containing content contents contest context contracts contrast contribute contributed contribution controlled
  controls controversy convention conversation convicted conviction convinced cooperation coordinated coordination
  cope core corner corporate correct corridor corruption costly counsel count counted counter counterparts counting
  counts coup couple courage courts coverage covered covering crack crackdown crash create created creating creation
  credibility credible credit crew crews crimes criminal crises criteria critic critically criticised criticising
  criticizing crops crossed crossing crowds crucial crude cultural culture curb cure currency custody customer
  cutting cyber cycle damaged damages danger dangerous dark daughter daughters dead deadline deadly deaf dealer
  dealing dear deaths debated debts decline declining dedicated deep deeply defeat defeated defend defended defending
  defenses deficits define defined definitely definition degree degrees delays delivered delivering delivery demanded
  demanding departure depend dependent depends deploy deployed deployment deposit deposits depth deputies derived
  describe designated designed desire desk desperate destroy destroyed destruction detailed detained detention
  determine determined develop developed developing device devices dialogue dies diesel diet differences difficulties
  difficulty dinner diplomacy diplomatic direction directions dirty disabled disagreement disappointed disaster
  disasters discipline disclose disclosed discount discovered discovery disease diseases dismiss dismissed dispute
  disputed disputes disruption distance distribution districts diverse divided division divisions documents dominant
  dominate donations donor doors dose double doubled doubts downturn dozen drafted dramatic dramatically drawing
  drawn dream dried drink drinking drive driven driving drone drones drought drug drugs dry duties duty dying eager
  earned earnings ease eased easier easily easy eat eating economies edge edition educational effective effectively
  efficiency efficient elderly elected electoral electric electricity electronic element elements eliminate elite
  email embargo embassy emerge emerged emerging emissions emphasis emphasized empire employ employed employers
  employment empty enable enabled encourage encouraged encouraging ending ends enemies enemy enforce engage engaged
  engagement engine enjoy enormous ensure ensuring enter entered entering enterprise enterprises entirely entitled
  entity entry episode equipment equity equivalent era error errors escalation escape escaped essential essentially
  establish established estate estimates ethical ethnic evacuated evacuation evaluate evaluation evident evolving
  exact examine examined examining exceed exceeded excellent exception excess excessive exchanges exclude excluded
  executed execution exercise exhausted exist existed existence existing exists expand expanded expanding expansion
  expectations expecting expenses expensive experienced experiences experiment expert expertise expire expired
  explaining explanation explosion explosions explosive exposed exposure express expressed extend extended extension
  extensive extent external extra extreme extremely facilities facility factor factories factors factory fail failing
  fails failure faith fake falling falls false familiar famous farm farmers farming farms fast faster fatal father
  fault favor favorable favorite favour federation fee feed feel feeling feelings fees feet fellow felt female fields
  fifth fights filing filled film films finalized financing finding findings fine fined fines finish finished firing
  firmly fiscal fishing fit fits flag flat fled flee fleeing fleet flexible flights flood flooding floods flow flows
  fly flying focused focusing fold folks followers follows football forecast forecasts foreigners forest forever
  forget forgotten formal formally formation formed forms formula fought foundation founded fourth fraction fragile
  frame framework frankly fraud freedom freeze frequent fresh friend friendly friends frozen frustrated frustration
  fuels fully fun function functions fundamental funded furious gained gaining gains gallery game games gap gaps
  gathered gathering gender generally generate generated generation generations generous genocide genuine gets gift
  girl girls gives glad goals goods governing governor grade gradually graduate grain grand granted grants grateful
  grave greater greatest grew grid grief gross grounds grow grown grows guarantee guaranteed guarantees guess guest
  guests guidance guide guidelines guilty gun guns guys habit hair halt halted handed handful handle handled handling
  hands hanging happen happened happening happens happy harassment harder hardly harm harmful harsh hate hazard
  headquarters heads healthy hearing hearings heart heat heavily heavy height helicopter helicopters helping helps
  hidden hide highest highlight highlighted highly highway hired hiring historic historical hits holds holiday
  holidays homeless homes honest honestly honor honour hopeful hopefully hoping horrible horse host hostage hostages
  hosted hostile hosting hot hotel hotels household households houses humanitarian humans hundred hunger hungry hurt
  husband ice ideas identified identify identity ignore ignored ill illegal illegally illness image images imagine
  immediate immigrants immigration imminent impeachment implement implemented implications importance importantly
  imports impose imposing impossible impressive imprisoned improve improved improvement improving incentives incident
  incidents include included includes income incomes incoming increases increasing incredible incredibly independence
  index indicate indicated indicates indication indicators individual individuals indoor industrial industries
  inequality infected infection infections influence influential informal informed initiative initiatives injured
  injuries injury inmates innocent innovation input inquiries insisting inspection inspections inspired installed
  instance institution institutions instructions insurance intact integrity intelligence intend intended intense
  intensive intent intention intentions interested interesting interim intervene intervention interviewed interviews
  introduce introduced introducing invasion invest invested investigate investigated investing investments invitation
  invite invited involve involved involvement involves involving island islands isolated isolation joining joint
  journey judges judgment judicial jump jumped jurisdiction jury justify kick kicked kidnapped kids killing killings
  kinds kingdom kitchen knee knowing knowledge knows labels laboratory lack lacked lacking ladder landed landing
  lands landscape language languages lapse laptop larger lasted lasting latest laugh launching lawsuit lawsuits lay
  layer leads leaked leaks lean learn learned learning lease lecture legacy legally legislative legislators
  legitimate lend lending length lengthy lesson lessons letter letters liability liberty licence license licenses lie
  lies lifted lifting lights likes limits linked links liquid listed listen listening listing litigation lived living
  loaded locals located location locations lock lockdown locked logic lonely longest looked looks loose losing losses
  loud love loved lovely lowest loyal loyalty luck lunch machine machines mainland mainly maintain maintained
  maintaining maintenance makers male manage managed manager managing mandate mandatory manner map marked marking
  marriage married mass massacre massive match matches material materials matters mature maximum meal meals meaning
  meaningful meantime measured meat mechanism medicine medium meets memo memory mental mention mentioned merely
  merger mess messages metal method methods metric mid midnight migrants migration mild mile militia mind minds
  mineral minerals mines minimal minimum mining minor minute miss missed missile missiles missing mission mistake
  mistakes mix mixed mode model models moderate modern modest moment moments momentum monetary monitor monitored
  monitoring monthly moral mortgage mortgages mother motion motive motor mounting mouth movements movie movies moving
  multiple murder murdered museum music musical mutual mystery naked narrative narrow narrowly nationwide native
  natural nature naval navy nearby necessary neck negative negotiate negotiated negotiating negotiator neighbor
  neighborhood neighbors neighbour neighbours net networks neutral newly newspaper newspapers nominated nomination
  nominee nonprofit normal normally northeast northwest notable noticed notion novel nuclear nurse nurses objective
  objectives obligation obligations observed obstacle obstacles obtain obtained obvious obviously occasion
  occasionally occupation occupied occur ocean odd odds offensive offering offers officially offshore ok okay older
  ongoing opening openly operate operated operator operators opinions opponent opportunity opposing opposite
  optimistic option options ordered ordinary organized organizers origin originally origins outbreak outcome outcomes
  outlet outlets outlined output outrage outstanding overcome overnight overseas oversee oversight overwhelming owed
  owned owners ownership pace package packages pact pages pain painful paintings pair pandemic panic paper papers
  parade parallel parent parking parliament partial participants participate participated particular particularly
  partly partnership pass passage passengers passing passion passport path patient patients pattern patterns pause
  paused payment payments pays peaceful peak penalty pension pensions percentage perfect perform performance
  performed permanent permission permit permits personally persons perspective persuade phase phone phones physical
  pick picked picture pictures piece pieces pilot pilots pipeline pitch placed places plain planes planet planning
  plants plastic platform platforms play played players playing plays plea plead pleaded pleased pledge pledged
  plenty plot plunged pocket poison polar policing politically politician politicians polling pollution pool poorest
  popularity portfolio portion ports pose posed poses positions positive possibility possibly posted poster postponed
  posts potentially pound pounds poverty powerful practical practices praised pray prayer predict prefer preferred
  pregnant premier premium preparation preparations prepare prepared preparing prescription presented presidency
  presidential presidents pressing pressured pretty prevent prevented preventing prevention primarily primary
  principal principle principles print printed prior priorities priority prisoner prisoners privacy privately prize
  proceed proceedings proceeds produced producer producers producing product products profession professional profile
  profit profitable profits profound progress prohibited prominent promote promoted promoting promotion prompt
  prompted prompting proof proper properties property proportion propose proposing prosecute prosecuted prosecution
  prospect prospects prosperity protected protecting protection protections protested proud prove proved proven
  provides providing province provinces provincial provision provisions provoke publication publicly publish
  publishing pull pulled pulling punishment purchase purchased purchases pure purpose purposes pursue pursued
  pursuing pushed pushing puts putting qualified quality quarter quarterly queue quick quiet quietly quit quota
  quoted racial racism radical radio raids rail railway rain raising rallies rally ran random rank ranked ranks rapid
  rapidly rare rarely rated rating ratings ratio raw reach reaches reaching react reaction reactions reactor readers
  reading reality realize realized rebel rebuild recall recalled receive receiving reception recession recipients
  recognition recognize recognized recommend recommended recorded recording records recover recovered recovery
  recruit recruited recruitment reduced reducing reduction reductions referendum referred refinery reflect reflected
  reflects reforms refugee refugees refusal refusing regard regarded regarding regime regions register registered
  registration regular regularly regulation regulations regulators regulatory reinforce reject rejecting related
  relations relationship relative relatively relatives relax releases releasing relevant reliable relief relies
  religion religious relocate reluctant rely remaining remarkable remarks remember remembered remote removal remove
  removed renewable renewed rent repair repeat repeated replace replaced replacement reply reporter reporting
  represent represented representing represents reputation requests require requirement requirements requires rescue
  rescued reserve reserves resign resignation resigned resist resistance resolution resolve resolved resort resource
  resources respect respected respond responses responsible restaurant restaurants restore restored restrict
  restricted restrictions resulted resume resumed retail retain retaliation retire retired retirement retreat
  returning returns reveals revenues reverse reviewed reviewing revised revolution reward rhetoric rid ride rifle
  rifles riots risen rises risks risky rival river roads rocket rockets roles roll rolled rolling roof root roots
  roughly round rounds route routes routine row rulers rumors rural sacrifice sad safe safely safety salaries salary
  sample sanction sanctions satellite satisfied saved saving savings scale scandal scenario scene scenes schedule
  scheduled scheme science scientific scope score scores screen search searched searching seasonal seat seats
  secondary secret section sections sector sectors secure secured securing seek seeking seized seizure selected
  selection selling semester senators sending sends sense sensitive sentence sentenced sentences separate separated
  sequence seriously serve served serves serving sessions setback setting settle settled settlement settlements
  severe sexual shadow shake shaky shape shaped shared sharing sharp sharply shelter shelters shield shift shifted
  shifting ship shipment shipments shipping ships shock shocked shoot shooting shop shopping shops shore shortage
  shortages shortly shot shots shoulder shout showing shown shut shutdown sick sides sight signal signature signing
  signs silence silent simple simply sites sitting skills sleep slightly slip slow slowed slowing slowly smaller
  smart smoke smooth societies society soft software soil solar sole solid solutions solve son sons sorry sort sound
  sounds sovereign sovereignty space spaces spare speaker speakers species specific speech speeches speed spend spite
  split spoke spoken sport sports spot spread spreading square stability stable stadium staffers stages stake stakes
  stalled stance standards standing stands star stark stars stated statements statistics stayed staying steady steal
  steel steep stepped stick stocks stolen stood stops storage store stores stories storm story straight strain
  strange strategic streets strength strengthen stress stretch strict strikes striking strongly struck structure
  structures struggle struggled struggling stuck studies studying stuff style subsequent subsidies substance
  substantial succeed successful successfully sudden suddenly sued suffer suffered suffering sufficient suggest
  suggesting suicide suit suits sum summit super supplier suppliers supplies supplying supported supporting supports
  suppose supposed surely surge surprise surprised surprising surrender surrounded surrounding surveillance survey
  surveys survival survive survived survivors suspect suspected suspects suspend suspension sustainable sweeping
  switch symbol sympathy tackle tactics tail talked tank tanks tap targeted targeting targets tariff tariffs task
  tasks taught taxpayers teaching tech technical technique techniques teen teenager teenagers teeth telephone
  television temperature temperatures temporarily temporary tend tension tensions tent terminal terrible territorial
  territories territory terror terrorism terrorist terrorists testified testimony testing tests text theater theatre
  theft theme theory thick thin thing things thinking thought thoughts thousand threaten threatening threatens throw
  thrown ticket tickets tie tied ties tight tighter till timeline timing tiny tired title titles tone tons tool tools
  topic topics torture toss tough tour tourism tourists tower track tracking tracks trading tradition traditional
  tragedy trail train trained trains transaction transactions transfer transferred transform transition transparent
  trap trapped treat treated treaties treatment tree trees tremendous trend trends trials tribal tribute trick
  trigger triggered trillion trip trips triumph troubled truck trucks true truly trusted truth tunnel turmoil turning
  turns twice twin types typical typically ugly ultimate unable unanimously uncertain uncertainty unclear underground
  underlying undermine understand understood unemployment unexpected unfair unhappy uniform unions unique units unity
  universal universities unknown unrest unusual upcoming upgrade upheld upper upset urban urge urgent usage useful
  usual usually utility vacancy vaccine vaccines valid valley valuable values variety vary vast vehicle vehicles
  venture venue verdict verified versus vessel vessels veteran veterans veto viable vice victim victory videos viewed
  viewers views violated violation violations violent virtual virtually virus visa visas visible vision visited
  visiting visitors visits vital voice voices volume voluntary volunteers voting vow vowed vulnerable waited waiting
  walk walked walking wall walls wanting warfare warm warming warning warnings wars wary waste watched watching wave
  waves weak weakened weakness wealth wealthy weapon wear weather website websites wedding weekly weigh weighed
  weight welcome welfare wet wheat widely wider widespread wild wildfire wildfires willing willingness wind window
  windows wine winner winners winning wins wire wish withdraw withdrawal withdrawn witnessed witnesses woke won
  wonder wonderful wooden wore worker workforce workplace works workshop worldwide worried worry worse worst wound
  wounded wounds write writer writers writes written wrong yard yards yearly yellow yield yields younger youth zero
  zone zones
  i'm i've i'd i'll i’m i’ve i’d i’ll
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.trim().split(/\s+/));
// Capitalized too, so a sentence-initial or title-case word is looked up without lower-casing it
// (a new string to hash, for most words of every analysis); one set, so a word that is none (most
// words asked about are names) is one lookup, not two.
const COMMON_WORDS_AS_WRITTEN: ReadonlySet<string> = new Set([...COMMON_WORDS, ...[...COMMON_WORDS].map((word) => word[0].toUpperCase() + word.slice(1))]);

/** Whether a word is a common English word in any case ("said", "Said", "SAID"). */
export function isCommonWord(word: string): boolean {
  if (COMMON_WORDS_AS_WRITTEN.has(word)) return true;
  // Only a word with a capital (or any non-ASCII letter) after its first can be written otherwise: "SAID", "ÉTAT".
  const second = word.charCodeAt(1);
  return (second > ASCII_LAST || (second >= CAPITAL_A && second <= CAPITAL_Z)) && COMMON_WORDS.has(word.toLowerCase());
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month (1–12) a month's name or abbreviation names, read by its first three letters in any case; 0 for none. */
export function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Month and weekday names and their abbreviations, which never start a name. */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  `January February March April May June July August September October November December
   Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
   Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
   Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun. Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays`
    .trim()
    .split(/\s+/),
);

/** Words that name a day with the weekday after them: Ash Wednesday, Good Friday, Super Tuesday. */
export const NAMED_DAY_WORDS: ReadonlySet<string> = new Set('Ash Good Black Holy Maundy Shrove Palm Easter Whit Super Cyber Bloody Giving Fat'.split(' '));

/** Month and weekday abbreviations written without their full stop: dates only beside a day number or after "on" ("Mar 17", "on Sat"), else words of names ("Fundación Mar Abierto", "Sun Wei"). */
export const UNDOTTED_DATE_ABBREVIATIONS: ReadonlySet<string> = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun'.split(' '));
