// Worker threads do not inherit the TypeScript loader: register tsx, then load the shard.
import { register } from 'tsx/esm/api';

register();
await import('./shard-worker.ts');
