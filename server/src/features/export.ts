import type { ArticleModel } from '../analysis/model';
import { toExport, type ArticleExport } from '../analysis/export';
import { formatExports, toBratStandoff } from '../analysis/export-formats';
import type { ExportParams, ExportResult } from '../protocol';

export type ArticleSource = (uri: string) => { ok: true; text: string; model: ArticleModel } | { ok: false; error: string };

/** The articles in the CLI's export format, rendered in the requested file format. */
export function exportArticles(params: ExportParams, source: ArticleSource, fileLabel: (uri: string) => string): ExportResult {
  const exports: ArticleExport[] = [];
  const perArticle: ExportResult['perArticle'] = [];
  const failures: ExportResult['failures'] = [];
  for (const uri of params.uris) {
    const article = source(uri);
    if (!article.ok) {
      failures.push({ uri, reason: article.error });
      continue;
    }
    const exported = toExport(fileLabel(uri), article.model);
    exports.push(exported);
    if (params.format === 'ann') perArticle.push({ uri, content: toBratStandoff(exported, article.text) });
  }
  const content = params.format === 'ann' ? '' : formatExports(exports, params.format);
  return { content, perArticle, exported: exports.length, failures };
}
