// Files over `articleLens.maxFileSize` get a reduced analysis: only their beginning, so a log,
// a data dump or a whole book opened by mistake never freezes the editor. Binary files (opened
// anyway) are not analysed at all, and no document floods the client with diagnostics.

/** Default `articleLens.maxFileSize`, in megabytes (millions of UTF-16 code units). */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

/**
 * What a reduced analysis reads: longer than almost any article (some 8,000 words), short
 * enough to analyse between two keystrokes.
 */
export const REDUCED_ANALYSIS_LENGTH = 50_000;

/** More problems than anyone reads in one file; the rest would only slow the editor down. */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

/** Like git, a NUL among the first characters marks a binary file: no article has one. */
const BINARY_PROBE_LENGTH = 8000;

export function looksBinary(text: string): boolean {
  // Searching backwards from the end of the probe never reads the rest of a huge text.
  return text.lastIndexOf('\u0000', BINARY_PROBE_LENGTH - 1) >= 0;
}

export function isOverSizeLimit(text: string, maxFileSizeMb: number): boolean {
  return text.length > maxFileSizeMb * 1_000_000;
}

/**
 * The part of a document to analyse: all of it, or for a file over the limit its beginning,
 * ending at a paragraph (else line, else word) break so no paragraph is cut short and no
 * surrogate pair is split. Spans found in the part are valid in the whole text.
 */
export function analysedPart(text: string, maxFileSizeMb: number): string {
  if (looksBinary(text)) return '';
  if (!isOverSizeLimit(text, maxFileSizeMb)) return text;
  const window = text.slice(0, REDUCED_ANALYSIS_LENGTH);
  const minimum = REDUCED_ANALYSIS_LENGTH / 2;
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at >= minimum) return window.slice(0, at);
  }
  const last = window.charCodeAt(window.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? window.slice(0, -1) : window;
}

/** Says once per document and session that a file is only partly analysed. */
export class LargeFileNotices {
  private readonly told = new Set<string>();

  /** The message to show the first time `uri` is binary or over the limit, else null. */
  noticeFor(uri: string, text: string, maxFileSizeMb: number): string | null {
    const binary = looksBinary(text);
    if ((!binary && !isOverSizeLimit(text, maxFileSizeMb)) || this.told.has(uri)) return null;
    this.told.add(uri);
    const name = fileName(uri);
    if (binary) return `Article Lens: ${name} looks like a binary file (it contains NUL characters), so it is not analysed.`;
    const size = (text.length / 1_000_000).toFixed(1);
    return (
      `Article Lens: ${name} is ${size} MB, over articleLens.maxFileSize (${maxFileSizeMb} MB), ` +
      `so only its first ${analysedPart(text, maxFileSizeMb).length.toLocaleString('en-US')} characters are analysed.`
    );
  }
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
