/** Fails writes under `folder` after the first `after`; returns a function that undoes it. */
export function failWrites(folder: string, options: { code: string; after?: number }): () => void;
