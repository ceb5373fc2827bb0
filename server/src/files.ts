import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an article file as text: UTF-8 without BOM. Directories, binary files (NUL bytes)
 * and invalid UTF-8 are refused with a one-line reason.
 */
export function readArticleFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: `${path}: is a directory, not an article file` };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: `${path}: no such file` };
    return { ok: false, error: `${path}: cannot be read (${code ?? (error as Error).message})` };
  }
  if (bytes.includes(0)) return { ok: false, error: `${path}: looks like a binary file (it contains NUL bytes)` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: `${path}: is not valid UTF-8 text` };
  }
  return { ok: true, text: stripBom(text) };
}

/** Offsets in the export count from after the BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
