// The article model: what analyze() finds in one text. Every span is a pair of UTF-16
// offsets into the analysed text (JS string indices), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type ActorKind = 'person' | 'organization' | 'place';

/** How a mention names its actor. */
export type MentionForm =
  | 'full' // "Jane Roe", "European Commission"
  | 'surname' // "Roe"
  | 'given' // "Jane", once "Jane Roe" is known
  | 'acronym' // "NATO", "U.N."
  | 'description'; // an agent description resolved to a named actor: "the ministry"

export interface Mention extends Span {
  /** The name as written, without title words or a possessive ’s. */
  text: string;
  actorId: string;
  form: MentionForm;
  possessive: boolean;
  /** Title or role words written directly before the name ("Russian President"). */
  title: string | null;
  /** Set where the text gives this form as another name of the actor just named: "Al-Harthy, whose name appears as Said al-Harthi", "known as Aspomef". */
  declaredAlias?: boolean;
}

export type Gender = 'female' | 'male';

export interface Actor {
  /** Stable within one document: a slug of the canonical name. */
  id: string;
  name: string;
  kind: ActorKind;
  roles: string[];
  /** Distinct name forms seen, in order of first appearance. */
  aliases: string[];
  /** In document order. */
  mentions: Mention[];
  gender: Gender | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TemporalExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-08-08, 2025-W33, XXXX-07-03, P50D, PT24H, PRESENT_REF; null when unresolvable. */
  value: string | null;
  /** How the value was obtained, for the hover ("next Friday on or after the article date"). */
  resolution: string;
  /** A weekday written beside a calendar date ("Friday, Aug. 8"), 0 = Sunday. */
  statedWeekday: number | null;
}

export interface Deadline extends Span {
  text: string;
  /** A TIMEX3 date, or a duration when only that is known. */
  due: string | null;
  /** Actor id of who imposed it. */
  setBy: string | null;
  /** Actor id of who must act. */
  imposedOn: string | null;
  /** What must happen, as the text says it. */
  action: string | null;
  /** Index in ArticleModel.deadlines of the deadline this one moves. */
  replaces: number | null;
}

export type ClaimKind = 'quote' | 'reported';

export interface Claim extends Span {
  /** The quotation with its marks, or the reported content. */
  text: string;
  kind: ClaimKind;
  /** Actor id of the speaker. */
  speaker: string | null;
  /** The words that name the speaker ("she", "aides", "a senior European diplomat"). */
  speakerText: string | null;
  speakerSpan: Span | null;
  anonymous: boolean;
  /** The reporting verb ("said", "according to"). */
  verb: string | null;
  /** A quote of one to three words inside a longer sentence. */
  partial: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A fix that applies to the whole document rather than the one finding. */
  documentWide?: boolean;
}

export interface Finding extends Span {
  /** The rule id: the diagnostic code and the settings key. */
  code: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
}

export interface Sentence extends Span {}

export interface Paragraph extends Span {
  sentences: Sentence[];
}

export interface Dateline extends Span {
  /** The article's ISO date, if the top of the text gives one. */
  date: string | null;
  /**
   * Where the date came from: a ` date 2025-08-08 CITY—` line, a `date:` front-matter line, or a line
   * with only a publication time ("Updated 3:42 PM GMT+1, February 4, 2026").
   */
  source: 'dateline' | 'front-matter' | 'timestamp';
  /** The all-caps city of a wire dateline. */
  city: (Span & { text: string }) | null;
}

export type QuoteMarkStyle = 'curly' | 'straight' | 'mixed';

export interface Quotation extends Span {
  /** Offsets of the opening and closing marks; close is null when the quote never closes. */
  open: number;
  close: number | null;
  /** Inside the marks. */
  contentStart: number;
  contentEnd: number;
  /** Single quotes nested inside a double quotation. */
  nested: boolean;
  style: QuoteMarkStyle;
  /** Multi-paragraph quotes: index in ArticleModel.quotations of the part this one continues. */
  continues: number | null;
  /** Left open at the end of its paragraph and carried on by the next paragraph's opening mark. */
  continued: boolean;
}

export interface ArticleModel {
  /** The date the article speaks from: dateline, front matter, or the reference-date setting. */
  documentDate: string | null;
  documentDateSource: Dateline['source'] | 'setting' | null;
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  quotations: Quotation[];
  /** Closing marks with no opening mark. */
  strayQuoteMarks: Span[];
  actors: Actor[];
  dates: TemporalExpression[];
  deadlines: Deadline[];
  claims: Claim[];
  findings: Finding[];
}
