/** See usage.mjs: prints seconds since `started`, peak memory and CPU, and `extra`, as JSON. */
export function printUsage(started: number, extra?: Record<string, unknown>): void;
