// Eleventy 3 ships no type declarations; this covers the programmatic API inhale uses.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** The config file; `false` reads none. */
        configPath?: string | false;
        quietMode?: boolean;
        /** A configuration callback, run before the config file (the CLI's plugins, tests). */
        config?: (eleventyConfig: never) => void;
      },
    );
    setIsVerbose(verbose: boolean): void;
    readonly logger: { logWithOptions(options: { message: string; force?: boolean }): void };
    write(): Promise<unknown>;
    /** Renders every template without writing it: each one's output path and content. */
    toJSON(): Promise<unknown[]>;
    /** Prints Eleventy's errors (through `logger.message`) before the build rejects. */
    readonly errorHandler: { logger: { message(...args: unknown[]): void } };
  }
}
