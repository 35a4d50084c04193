/** How `inhale search` prints results: lines for people, JSON for scripts. */
import type { Results } from '../search/engine.ts';
import { terminalSafe } from './terminal.ts';

/** The results as lines, every imported text in them terminal-safe (see terminal.ts). */
export function formatResults(results: Results, color = process.stdout.isTTY): string {
  const lines: string[] = [];
  for (const problem of results.query.problems) lines.push(terminalSafe(`note: ${problem}`));
  const shown = results.hits.length;
  lines.push(
    `${results.total} ${results.total === 1 ? 'result' : 'results'}` +
      (shown < results.total ? `, the best ${shown}` : ''),
  );
  const mark = (text: string) => (color ? `\x1b[1m${text}\x1b[22m` : `[${text}]`);
  results.hits.forEach((hit, index) => {
    const { stored } = hit;
    const title = stored.title || (stored.text ?? '').slice(0, 70).replace(/\s+/g, ' ');
    lines.push(
      '',
      terminalSafe(
        `${index + 1}. ${stored.date.slice(0, 10)}  ${stored.source}/${stored.kind}  ${title}`,
      ),
    );
    const snippet = hit.snippet
      .map((piece) => (piece.mark ? mark(terminalSafe(piece.text)) : terminalSafe(piece.text)))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (snippet && snippet !== terminalSafe(title)) lines.push(`   ${snippet}`);
    lines.push(terminalSafe(`   ${stored.url}  (id ${stored.id}, score ${hit.score})`));
  });
  return lines.join('\n');
}

export function resultsJson(results: Results): unknown {
  return {
    total: results.total,
    problems: results.query.problems,
    results: results.hits.map((hit) => ({
      ...hit.stored,
      score: hit.score,
      snippet: hit.snippet.map((piece) => (piece.mark ? `**${piece.text}**` : piece.text)).join(''),
    })),
    facets: results.facets,
  };
}
