/**
 * The text-only documents of split terms (dense-terms.ts) and their weights, as far as their
 * rest files are loaded: a query loads the rest files of only the documents that may rank among
 * the results it shows (#22). No Node or DOM imports.
 */
import { decodeNumbers } from './doc-lists.ts';
import { joinPostings, restInOrder, splitDocs, type DenseTerm } from './dense-terms.ts';
import type { Manifest, Rest } from './index-format.ts';
import { textWeight } from './scoring.ts';

interface TermState {
  term: string;
  dense: DenseTerm;
  /** The part's file name: its rest files are `<file>-<chunk>`. */
  file: string;
  textOnly: number[];
  isTextOnly: Uint8Array;
  /** Per document its weight when it is text-only and its rest file loaded, NaN otherwise. */
  weights: Float64Array;
  /** Rest file → its numbers for this term. */
  loaded: Map<number, number[]>;
  /** The rest files holding some of its documents. */
  chunks: Set<number>;
  full?: number[];
}

export class TextWeights {
  private readonly states = new Map<string, TermState>();

  constructor(
    private readonly manifest: Manifest,
    private readonly rest: (file: string) => Promise<Rest>,
  ) {}

  /** The split term `term` of the part in `file`. */
  of(term: string, dense: DenseTerm, file: string): TermState {
    let state = this.states.get(term);
    if (!state) {
      const { textOnly } = splitDocs(dense);
      const isTextOnly = new Uint8Array(this.manifest.docs);
      for (const doc of textOnly) isTextOnly[doc] = 1;
      state = {
        term,
        dense,
        file,
        textOnly,
        isTextOnly,
        weights: new Float64Array(this.manifest.docs).fill(NaN),
        loaded: new Map(),
        chunks: new Set(textOnly.map((doc) => Math.floor(doc / this.manifest.restDocs))),
      };
      this.states.set(term, state);
    }
    return state;
  }

  /** Loads the rest files holding those of `docs` it has in the text only (all when undefined). */
  async load(state: TermState, docs?: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    if (docs)
      for (const doc of docs)
        if (state.isTextOnly[doc] && Number.isNaN(state.weights[doc]))
          wanted.add(Math.floor(doc / this.manifest.restDocs));
    const chunks = [...(docs ? wanted : state.chunks)].filter(
      (chunk) => state.chunks.has(chunk) && !state.loaded.has(chunk),
    );
    await Promise.all(
      chunks.map(async (chunk) => {
        const rest = await this.rest(`${state.file}-${chunk}`);
        state.loaded.set(
          chunk,
          Object.hasOwn(rest, state.term) ? decodeNumbers(rest[state.term]!) : [],
        );
      }),
    );
    if (chunks.length === 0) return;
    const counts = restInOrder(state.textOnly, state.loaded, this.manifest.restDocs);
    state.textOnly.forEach((doc, index) => {
      const tf = counts[index * 2]!;
      if (!Number.isNaN(tf))
        state.weights[doc] = textWeight(
          tf,
          counts[index * 2 + 1]!,
          state.dense.postings,
          this.manifest,
        );
    });
  }

  /** Every posting of the term, once all its rest files are loaded. */
  full(state: TermState): number[] | undefined {
    if (state.loaded.size < state.chunks.size) return undefined;
    return (state.full ??= joinPostings(
      state.dense,
      restInOrder(state.textOnly, state.loaded, this.manifest.restDocs),
    ));
  }
}

export type { TermState };
