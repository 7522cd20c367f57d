// Publishing a new version of the privacy policy, as a reviewed change:
//   npm run policy:new -- <yyyy-mm-dd> "<one-line summary>"   copies the version in force to a new file
//   npm run policy:seal                                        records the new version's hashes
// Between the two, edit the new file's wording. See the README's "Privacy policy versions".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { currentPolicy, policyVersions } from '../lib/policy';
import { cookieListOf, hashCookieList, hashPolicyContent } from '../lib/policy/hash';
import { sealedSource, UNPUBLISHED, versionFileSource, withVersionListed } from '../lib/policy/version-file';

const folder = join(import.meta.dirname, '..', 'lib', 'policy', 'versions');
const fileOf = (id: string) => join(folder, `${id}.ts`);

function fail(message: string): never {
  console.error(`policy: ${message}`);
  process.exit(1);
}

// Writes a source file in the house format, so the format check passes on what the scripts write.
async function writeSource(path: string, source: string) {
  writeFileSync(path, await format(source, { ...(await resolveConfig(path)), filepath: path }));
}

async function scaffold(id: string | undefined, summary: string | undefined) {
  if (
    !id ||
    !/^\d{4}-\d{2}-\d{2}$/.test(id) ||
    Number.isNaN(Date.parse(`${id}T00:00:00Z`)) ||
    new Date(`${id}T00:00:00Z`).toISOString().slice(0, 10) !== id
  ) {
    fail('give the date the new wording takes effect, as yyyy-mm-dd: npm run policy:new -- 2027-01-15 "What changed"');
  }
  if (!summary?.trim() || summary.length > 200)
    fail('give a one-line summary of the change (200 characters at most), in quotes');
  if (currentPolicy.recordedHash === UNPUBLISHED)
    fail(`${currentPolicy.id} is not sealed yet: finish it with npm run policy:seal first`);
  if (policyVersions.some((v) => v.id === id) || existsSync(fileOf(id))) fail(`a version ${id} exists already`);
  if (id < currentPolicy.lastUpdated) fail(`${id} is before the version in force (${currentPolicy.lastUpdated})`);
  const version = {
    id,
    lastUpdated: id,
    summary: summary.trim(),
    recordedHash: UNPUBLISHED,
    recordedCookieHash: UNPUBLISHED,
    sections: currentPolicy.sections,
    cookies: cookieListOf(),
  };
  await writeSource(fileOf(id), versionFileSource(version));
  const index = join(folder, 'index.ts');
  await writeSource(index, withVersionListed(readFileSync(index, 'utf8'), id));
  console.log(`Wrote lib/policy/versions/${id}.ts, a copy of ${currentPolicy.id} with today's cookie list, and listed it.
Next:
  1. Edit the wording in lib/policy/versions/${id}.ts (sections, blocks, titles). Change nothing else.
  2. npm run policy:seal       records its hashes; after that the file is never edited.
  3. npm test                  checks every version against its recorded hashes.
  4. Open a pull request. Once deployed, visitors who chose under an earlier version are asked again,
     with a link to what changed (/privacy-policy/versions/${id}/changes-since/${currentPolicy.id}).`);
}

async function seal() {
  const newest = policyVersions.at(-1)!;
  if (newest.recordedHash !== UNPUBLISHED)
    fail(`${newest.id} is sealed already; to change the policy, publish a new version with npm run policy:new`);
  const previous = policyVersions.at(-2);
  const recordedHash = hashPolicyContent(newest);
  const recordedCookieHash = hashCookieList(newest.cookies);
  if (previous && previous.recordedHash === recordedHash && previous.recordedCookieHash === recordedCookieHash) {
    fail(`${newest.id} is word for word the same as ${previous.id}: edit its wording first`);
  }
  const sealed = sealedSource(readFileSync(fileOf(newest.id), 'utf8'), { recordedHash, recordedCookieHash });
  await writeSource(fileOf(newest.id), sealed);
  console.log(
    `Sealed ${newest.id}: wording ${recordedHash.slice(0, 12)}…, cookie list ${recordedCookieHash.slice(0, 12)}…`,
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'new') await scaffold(rest[0], rest[1]);
else if (command === 'seal') await seal();
else fail('use npm run policy:new -- <yyyy-mm-dd> "<summary>", or npm run policy:seal');
