// Eleventy 3 ships no type declarations; this covers the programmatic API inhale uses.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        /** A configuration callback, used instead of or beside `configPath` (tests). */
        config?: (eleventyConfig: never) => void;
      },
    );
    setIsVerbose(verbose: boolean): void;
    readonly logger: { logWithOptions(options: { message: string; force?: boolean }): void };
    write(): Promise<unknown>;
    /** Builds in memory: each page's URL, paths and content, nothing written. */
    toJSON(): Promise<unknown[]>;
  }
}
