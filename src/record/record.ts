/**
 * The record of processing activities of one organisation in one language: the one source of its
 * structure for the workbook, the CSV files, the HTML page and the PDF. Art. 30(1): a row per
 * processing activity (a register, its purposes listed in it); Art. 30(2): a row per controller on
 * whose behalf the organisation processes data, when it does.
 */
import { fill, formatDate } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import type { Phrases } from '../compose/phrases/types.js';
import type { Register } from '../types.js';
import * as cells from './activity-cells.js';
import { item, type Cell, type Words } from './cell.js';
import type { Organisation, ProcessorEntry } from './organisations.js';
import { contactCell, controllerCell, jointControllersCell, representativeCell } from './parties.js';
import { plainLines } from './plain.js';
import type { ControllerColumn, ProcessorColumn, RecordPhrases } from './phrases/types.js';

export interface Column {
  id: string;
  label: string;
  /** Width in a spreadsheet, in characters. */
  width: number;
}

export interface RecordTable {
  id: 'controller' | 'processor';
  heading: string;
  sheet: string;
  columns: Column[];
  /** One cell per column. */
  rows: Cell[][];
  /** The column whose first line names a row. */
  rowName: number;
  /** Columns that are the organisation's: where every row has the same value, the page shows it once. */
  shared: number[];
}

export interface RecordDocument {
  lang: string;
  title: string;
  organisation: string;
  /** ISO dates: the latest update of the registers, the earliest creation. */
  updated: string;
  created: string;
  /** `Päivitetty 5.10.2026`. */
  updatedText: string;
  internal: string;
  contents: string;
  tables: RecordTable[];
}

interface Spec<C extends string> {
  id: C;
  width: number;
  /** Art. 30 asks for it: an empty cell says the registers do not give it. Otherwise it applies only where it does. */
  required?: boolean;
}

const CONTROLLER_COLUMNS: Spec<ControllerColumn>[] = [
  { id: 'activity', width: 30, required: true },
  { id: 'owner', width: 28 },
  { id: 'purposes', width: 50, required: true },
  { id: 'dataSubjects', width: 30, required: true },
  { id: 'personalData', width: 50, required: true },
  { id: 'recipients', width: 45, required: true },
  { id: 'transfers', width: 50, required: true },
  { id: 'erasure', width: 50, required: true },
  { id: 'security', width: 60, required: true },
  { id: 'systems', width: 35 },
  { id: 'risks', width: 50 },
  { id: 'controller', width: 40, required: true },
  { id: 'jointControllers', width: 35 },
  { id: 'representative', width: 35 },
  { id: 'dpo', width: 35 },
  { id: 'updated', width: 14 },
  { id: 'id', width: 24 },
];

const PROCESSOR_COLUMNS: Spec<ProcessorColumn>[] = [
  { id: 'onBehalfOf', width: 40, required: true },
  { id: 'controllerRepresentative', width: 35 },
  { id: 'controllerDpo', width: 35 },
  { id: 'processing', width: 50, required: true },
  { id: 'processorTransfers', width: 50, required: true },
  { id: 'processorSecurity', width: 60, required: true },
  { id: 'processor', width: 40, required: true },
  { id: 'processorRepresentative', width: 35 },
  { id: 'processorDpo', width: 35 },
];

function activityCells(register: Register, words: Words): Record<ControllerColumn, Cell> {
  const { t, lang } = words;
  return {
    activity: item(register.name[lang]),
    owner: contactCell(register.internal?.owner, words),
    purposes: cells.purposesCell(register, words),
    dataSubjects: cells.dataSubjectsCell(register, words),
    personalData: cells.personalDataCell(register, words),
    recipients: cells.recipientsCell(register, words),
    transfers: cells.transfersCell(register, words),
    erasure: cells.erasureCell(register, words),
    security: cells.securityCell(register, words),
    systems: cells.systemsCell(register, words),
    risks: cells.risksCell(register, words),
    controller: controllerCell(register.controller, words),
    jointControllers: jointControllersCell(register.joint_controllers, words),
    representative: representativeCell(register.representative, words),
    dpo: contactCell(register.dpo, words),
    updated: item(register.updated && formatDate(register.updated, t)),
    id: item(register.id),
  };
}

function processorCells({ activity, register }: ProcessorEntry, words: Words): Record<ProcessorColumn, Cell> {
  return {
    processor: controllerCell(register.controller, words),
    processorRepresentative: representativeCell(register.representative, words),
    processorDpo: contactCell(register.dpo, words),
    onBehalfOf: controllerCell(activity.controller, words),
    controllerRepresentative: representativeCell(activity.representative, words),
    controllerDpo: contactCell(activity.dpo, words),
    processing: item(...plainLines(activity.processing, words.lang)),
    processorTransfers: cells.processorTransfersCell(activity.transfers, words),
    // Measures of this processing, or else the organisation's own.
    processorSecurity: activity.security ? item(...plainLines(activity.security, words.lang)) : cells.securityCell(register, words),
  };
}

function table<C extends string>(id: RecordTable['id'], part: RecordPhrases['controllerPart' | 'processorPart'], specs: Spec<C>[], rows: Record<C, Cell>[], words: Words, shared: C[], rowName: C): RecordTable {
  const labels = part.columns as Record<C, string>;
  const notStated: Cell = [[words.r.labels.notStated]];
  return {
    id,
    heading: part.heading,
    sheet: part.sheet,
    columns: specs.map((s) => ({ id: s.id, label: labels[s.id], width: s.width })),
    rows: rows.map((row) => specs.map((s) => (row[s.id].length || !s.required ? row[s.id] : notStated))),
    rowName: specs.findIndex((s) => s.id === rowName),
    shared: shared.map((c) => specs.findIndex((s) => s.id === c)),
  };
}

export function composeRecord(organisation: Organisation, t: Phrases, r: RecordPhrases): RecordDocument {
  const words: Words = { lang: t.lang, t, r };
  const name = nameIn(organisation.controller, t.lang);
  const tables = [table('controller', r.controllerPart, CONTROLLER_COLUMNS, organisation.registers.map((reg) => activityCells(reg, words)), words, ['controller'], 'activity')];
  if (organisation.processorFor.length) {
    const rows = organisation.processorFor.map((entry) => processorCells(entry, words));
    tables.push(table('processor', r.processorPart, PROCESSOR_COLUMNS, rows, words, ['processor', 'processorRepresentative', 'processorDpo'], 'onBehalfOf'));
  }
  return {
    lang: t.lang,
    title: fill(r.titleFor, { title: r.title, organisation: name }),
    organisation: name,
    updated: organisation.updated,
    created: organisation.created,
    updatedText: organisation.updated ? `${t.updated} ${formatDate(organisation.updated, t)}` : '',
    internal: r.internal,
    contents: r.contents,
    tables,
  };
}
