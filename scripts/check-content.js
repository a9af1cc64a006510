import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

/** Every content pack shipped in dist/content must validate against the published JSON Schema of its own version. */
const dir = 'dist/content';
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const SCHEMAS = { 1: 'care-guide.schema.json', 2: 'care-guide.v2.schema.json' };
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([version, name]) => [version, ajv.compile(read(`${dir}/${name}`))]));
const packs = readdirSync(dir).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));
let failed = 0;
const counts = {};
for (const name of packs) {
  const pack = read(`${dir}/${name}`);
  const validate = validators[pack.schemaVersion];
  if (!validate) {
    failed++;
    console.error(`${name}: schemaVersion ${JSON.stringify(pack.schemaVersion)} has no published schema (known: ${Object.keys(SCHEMAS).join(', ')}).`);
    continue;
  }
  counts[pack.schemaVersion] = (counts[pack.schemaVersion] ?? 0) + 1;
  if (validate(pack)) continue;
  failed++;
  console.error(`${name} does not match ${SCHEMAS[pack.schemaVersion]}:`);
  for (const error of validate.errors) console.error(`  ${error.instancePath || '(document)'}: ${error.message}`);
}
// Each schema must also refuse content the runtime validator refuses, or it checks nothing.
const partial = read('test/fixtures/partial.json');
for (const [version, validate] of Object.entries(validators)) {
  if (!validate({ ...partial, schemaVersion: Number(version) })) continue;
  console.error(`${SCHEMAS[version]} accepts test/fixtures/partial.json, which has a section without items.`);
  failed++;
}
if (failed) process.exit(1);
const byVersion = Object.entries(counts).map(([version, n]) => `${n} of version ${version}`).join(', ');
console.log(`content: ${packs.length} pack(s) match the schema of their version (${byVersion}).`);
