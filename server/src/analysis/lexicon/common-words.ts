// Frequent English words (lower case). A capitalized word that is one of these at the start of a
// sentence is an ordinary word ("Officials said", "Meanwhile, ..."), not a name.

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
  behalf believe believed best better bid big bill billion bills black blamed board body border borders born
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
  high higher him history hit hold holding home hope hopes hospital hour hours house housing huge human hundreds
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
  rose ruled seeks seem seemed seems send sent shows signals speaks stressed suggests suspended tell tells thinks
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
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.trim().split(/\s+/));

/** Month and weekday names and their abbreviations, which never start a name. */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  `January February March April May June July August September October November December
   Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
   Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
   Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun. Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays`
    .trim()
    .split(/\s+/),
);
