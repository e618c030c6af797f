/**
 * A project with the example registers in a git repository of its own, in which the customer
 * register has three versions: the example as it is, a version that adds a recipient in the United
 * States and the transfer to it (15 January 2027, a material change), and one that only adds a
 * `changes:` entry (1 February 2027).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document, type YAMLSeq } from 'yaml';
import { ROOT, tempProject } from './helpers.js';

export const REGISTER = 'lumo-customers';
/** The `updated` date of the example as it is. */
export const FIRST = String(parseDocument(readFileSync(join(ROOT, 'notices', `${REGISTER}.yaml`), 'utf8')).get('updated'));
export const MATERIAL = '2027-01-15';
export const WORDING = '2027-02-01';

export const NEW_RECIPIENT = 'Tukipalvelu Inc.';

export function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'ignore' });
}

function edit(dir: string, change: (doc: Document) => void): void {
  const file = join(dir, 'notices', `${REGISTER}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, doc.toString());
}

function seq(doc: Document, key: string): YAMLSeq {
  const found = doc.get(key);
  if (!found || typeof found !== 'object' || !('items' in found)) throw new Error(`the example register has no \`${key}\` list`);
  return found as YAMLSeq;
}

function logEntry(doc: Document, date: string, material: boolean, description: Record<string, string>): void {
  seq(doc, 'changes').items.unshift(doc.createNode({ date, description, material }));
}

/** The version of 20 November 2026: a new recipient in the United States, and the transfer to it. */
export function addRecipient(doc: Document): void {
  doc.set('updated', MATERIAL);
  seq(doc, 'recipients').items.push(
    doc.createNode({ name: NEW_RECIPIENT, role: 'processor', country: 'US', purpose: { fi: 'Asiakaspalvelun puhelinpalvelu.', en: 'The customer service telephone line.', sv: 'Kundtjänstens telefontjänst.' } }),
  );
  seq(doc, 'transfers').items.push(
    doc.createNode({
      country: 'US',
      recipient: NEW_RECIPIENT,
      mechanism: 'standard_contractual_clauses',
      safeguard_url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
      description: { fi: 'Puhelut ja asiakkaan nimi.', en: "Calls and the customer's name.", sv: 'Samtal och kundens namn.' },
    }),
  );
  logEntry(doc, MATERIAL, true, {
    fi: 'Asiakaspalvelun puhelut hoitaa nyt Tukipalvelu Inc. Yhdysvalloissa.',
    en: 'Customer service calls are now handled by Tukipalvelu Inc. in the United States.',
    sv: 'Kundtjänstens samtal sköts nu av Tukipalvelu Inc. i USA.',
  });
}

/** A version whose only change is a new `changes:` entry. */
export function clarify(date: string): (doc: Document) => void {
  return (doc) => {
    doc.set('updated', date);
    logEntry(doc, date, false, { fi: 'Tarkennettiin sanamuotoja.', en: 'Wording clarified.', sv: 'Formuleringarna förtydligades.' });
  };
}

/** The project, its three commits made; removed by `cleanup`. */
export function exampleHistory(): { dir: string; cleanup: () => void; commit: (change: (doc: Document) => void, message: string) => void } {
  const { dir, cleanup } = tempProject({});
  cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
  cpSync(join(ROOT, 'seloste.config.yaml'), join(dir, 'seloste.config.yaml'));
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'the examples');
  const commit = (change: (doc: Document) => void, message: string): void => {
    edit(dir, change);
    git(dir, 'commit', '-qam', message);
  };
  commit(addRecipient, 'a new recipient in the United States');
  commit(clarify(WORDING), 'wording');
  return { dir, cleanup, commit };
}
