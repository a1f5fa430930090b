import { schemaSdl } from './src/schema.ts';
console.log(schemaSdl());
