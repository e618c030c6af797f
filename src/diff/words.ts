/** What `seloste diff` says when it cannot compare, in each language of the interface. */
import type { MessageLanguage } from '../interface-language.js';

export interface DiffWords {
  noGit: string;
  notRevisionAndPath(ref: string): string;
  notFound(ref: string): string;
  neither(ref: string): string;
  outsideRepository(file: string): string;
  revisionWithoutFile(ref: string): string;
  tooLarge(name: string): string;
  cannotRead(name: string, reason: string): string;
  invalid(name: string): string;
}

export const DIFF_WORDS: Record<MessageLanguage, DiffWords> = {
  en: {
    noGit: 'git is not installed, so revisions cannot be read',
    notRevisionAndPath: (ref) => `\`${ref}\` is not a revision and path such as \`HEAD~1:notices/register.yaml\``,
    notFound: (ref) => `${ref}: File not found`,
    neither: (ref) => `\`${ref}\` is neither a file nor a git revision`,
    outsideRepository: (file) => `${file} is outside the git repository`,
    revisionWithoutFile: (ref) => `\`${ref}\` is a revision but the other side names no file: write \`${ref}:path/to/register.yaml\``,
    tooLarge: (name) => `\`${name}\` is larger than the 1 MB a register may be`,
    cannotRead: (name, reason) => `cannot read \`${name}\` from git: ${reason}`,
    invalid: (name) => `cannot compare: ${name} is not a valid register`,
  },
  fi: {
    noGit: 'git ei ole asennettu, joten revisioita ei voi lukea',
    notRevisionAndPath: (ref) => `\`${ref}\` ei ole revisio ja polku, kuten \`HEAD~1:notices/register.yaml\``,
    notFound: (ref) => `${ref}: tiedostoa ei löydy`,
    neither: (ref) => `\`${ref}\` ei ole tiedosto eikä git-revisio`,
    outsideRepository: (file) => `${file} on git-repositorion ulkopuolella`,
    revisionWithoutFile: (ref) => `\`${ref}\` on revisio, mutta toinen puoli ei nimeä tiedostoa: kirjoita \`${ref}:polku/rekisteri.yaml\``,
    tooLarge: (name) => `\`${name}\` on suurempi kuin 1 Mt, jonka rekisteri voi olla`,
    cannotRead: (name, reason) => `\`${name}\` ei ole luettavissa gitistä: ${reason}`,
    invalid: (name) => `ei voi verrata: ${name} ei ole kelvollinen rekisteri`,
  },
  sv: {
    noGit: 'git är inte installerat, så revisioner kan inte läsas',
    notRevisionAndPath: (ref) => `\`${ref}\` är inte en revision och sökväg såsom \`HEAD~1:notices/register.yaml\``,
    notFound: (ref) => `${ref}: filen finns inte`,
    neither: (ref) => `\`${ref}\` är varken en fil eller en git-revision`,
    outsideRepository: (file) => `${file} ligger utanför git-repot`,
    revisionWithoutFile: (ref) => `\`${ref}\` är en revision men den andra sidan anger ingen fil: skriv \`${ref}:sökväg/register.yaml\``,
    tooLarge: (name) => `\`${name}\` är större än den 1 MB som ett register får vara`,
    cannotRead: (name, reason) => `\`${name}\` kan inte läsas ur git: ${reason}`,
    invalid: (name) => `kan inte jämföra: ${name} är inte ett giltigt register`,
  },
};
