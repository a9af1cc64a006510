import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

/** Every content pack shipped in dist/content must validate against the published JSON Schema. */
const dir = 'dist/content';
const schema = JSON.parse(readFileSync(`${dir}/care-guide.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const packs = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'care-guide.schema.json');
let failed = 0;
for (const name of packs) {
  if (validate(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')))) continue;
  failed++;
  console.error(`${name} does not match care-guide.schema.json:`);
  for (const error of validate.errors) console.error(`  ${error.instancePath || '(document)'}: ${error.message}`);
}
// The schema must also refuse content the runtime validator refuses, or it checks nothing.
if (validate(JSON.parse(readFileSync('test/fixtures/partial.json', 'utf8')))) {
  console.error('care-guide.schema.json accepts test/fixtures/partial.json, which has a section without items.');
  failed++;
}
if (failed) process.exit(1);
console.log(`content: ${packs.length} pack(s) match care-guide.schema.json.`);
