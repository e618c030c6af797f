/**
 * Compose: a register becomes a notice in one language — sections in GDPR Art. 13/14 order, only
 * those that apply, the legal prose from the language's phrase table and the facts from the register.
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import { authorityName, authorityShortName, localised, type Localised } from '../data/supervisory-authorities.js';
import { hasRight, RIGHT_ORDER, type Facts } from '../resolve/facts.js';
import { alwaysWithinAMonth } from '../resolve/month.js';
import { refuseInternal, type PublicRegister } from '../resolve/public-register.js';
import type { Contact, Controller, Purpose, RightRestriction, Text, Transfer } from '../types.js';
import { factAnchors, type FactAnchors } from './anchors.js';
import { blocks, inline, toPlain } from './author-text.js';
import { countryName, fill, formatAddress, formatDate, formatDuration, joinList, recipientRoleLabel } from './format.js';
import { nameIn, namesIn, partiesOf } from './party-name.js';
import { fillInline, heading, joinInline, labelled, li, link, p, strong, table, text, ul, withId } from './mdast.js';
import type { Phrases, SectionId } from './phrases/types.js';
import { adequacyNote } from './transfer-notes.js';
import { markBlocks, markInline, pickText } from './translation.js';

/** The HTML anchor of a section: the same in every language, so links between languages keep their place. */
export function anchor(id: SectionId): string {
  return id.replace(/_/g, '-');
}

/** A name from the phrase table inside a sentence: `Sopimus` → `sopimus`. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

/** Inline content as a sentence: a full stop at the end unless it ends with a mark of its own. */
function endSentence(parts: PhrasingContent[]): PhrasingContent[] {
  const last = parts.at(-1);
  if (!last || /[.!?…:;]$/.test(toPlain(last).trimEnd())) return parts;
  return [...parts, text('.')];
}

export interface NoticeSection {
  id: SectionId;
  heading: string;
  content: BlockContent[];
}

/** A notice in one language: the one source of its structure for Markdown, HTML and PDF. */
export interface Notice {
  lang: string;
  registerId: string;
  title: string;
  registerName: string;
  controllerName: string;
  /** The language the register's name is in, when the notice's language has none (`--force`). */
  nameLang?: string;
  /** Missing only when a register without a date is rendered anyway (`--force`). */
  updated?: string;
  created?: string;
  /** The register's own introduction, when it has one. */
  intro: BlockContent[];
  summary: BlockContent[];
  sections: NoticeSection[];
}

class Composer {
  /** The ids of the elements that show each fact. */
  readonly anchors: FactAnchors;

  constructor(
    readonly register: PublicRegister,
    readonly facts: Facts,
    readonly t: Phrases,
    /** The languages to take a text from, in turn, when it is not written in this one. */
    readonly order?: readonly string[],
  ) {
    this.anchors = factAnchors(register);
  }

  get lang(): string {
    return this.t.lang;
  }

  /**
   * Author text in this language, or in another when it is not written in this one (see
   * `translation.ts`); undefined when it is written in none.
   */
  raw(value: Text | undefined): string | undefined {
    return pickText(value, this.lang, this.order)?.text;
  }

  /** Author text as inline content; from another language it is marked so, with a note after it. */
  inline(value: Text | undefined): PhrasingContent[] {
    const picked = pickText(value, this.lang, this.order);
    if (!picked) return [];
    if (!picked.fallback) return inline(picked.text);
    return [...markInline(inline(picked.text), picked.lang), text(` ${this.t.notAvailable}`)];
  }

  /**
   * Author text taken as it is written (not as Markdown), marked as `inline` marks it; the note is
   * left to the caller (a name in a sentence has it once, at the title).
   */
  plain(value: Text | undefined): PhrasingContent[] {
    const picked = pickText(value, this.lang, this.order);
    if (!picked) return [];
    return picked.fallback ? markInline([text(picked.text)], picked.lang) : [text(picked.text)];
  }

  /** Author text as blocks; from another language they are marked so, with a note after them. */
  blocks(value: Text | undefined): BlockContent[] {
    const picked = pickText(value, this.lang, this.order);
    if (!picked) return [];
    return picked.fallback ? markBlocks(blocks(picked.text), picked.lang, this.t.notAvailable) : blocks(picked.text);
  }

  purposeLabel(purpose: Purpose): PhrasingContent[] {
    return this.inline(purpose.description);
  }

  /** A contact's details as a list; `legalName` follows the name when the name is another language's. */
  contactItems(contact: Contact & { business_id?: string; website?: string; postal_address?: Contact['address'] }, legalName?: string): BlockContent[] {
    const { labels } = this.t;
    const items = [];
    if (contact.name) items.push(li(strong(contact.name), ...(legalName ? [` (${legalName})`] : [])));
    if (contact.title && this.raw(contact.title)) items.push(li(...this.inline(contact.title)));
    if (contact.business_id) items.push(li(`${labels.businessId}: ${contact.business_id}`));
    if (contact.address) items.push(li(`${contact.postal_address ? labels.visitingAddress : labels.address}: ${formatAddress(contact.address, this.t)}`));
    if (contact.postal_address) items.push(li(`${labels.postalAddress}: ${formatAddress(contact.postal_address, this.t)}`));
    if (contact.phone) items.push(li(`${labels.phone}: `, link(`tel:${contact.phone.replace(/[^+\d]/g, '')}`, contact.phone)));
    if (contact.email) items.push(li(`${labels.email}: `, link(`mailto:${contact.email}`, contact.email)));
    if (contact.website) items.push(li(`${labels.website}: `, link(contact.website)));
    if (contact.web_form) items.push(li(`${labels.webForm}: `, link(contact.web_form)));
    return items.length ? [ul(items)] : [];
  }

  controller(): BlockContent[] {
    const r = this.register;
    const { labels } = this.t;
    const out: BlockContent[] = [];
    if (r.controller) {
      // In a language where the controller has a name of its own, that name comes first and the
      // legal name beside it: **Kuusikoski kommun** (Kuusikosken kunta).
      const local = nameIn(r.controller, this.lang);
      out.push(...this.contactItems({ ...r.controller, name: local }, local === r.controller.name ? undefined : r.controller.name));
      out.push(...this.controllerIdentity(r.controller));
    }
    if (r.group) {
      out.push(p(...labelled(labels.group, ...this.inline(r.group.name))));
      if (r.group.members?.length) {
        out.push(p(`${labels.groupMembers}:`));
        out.push(ul(r.group.members.map((m) => li([m.name, m.business_id ? ` (${labels.businessId} ${m.business_id})` : '', m.country && m.country !== 'FI' ? `, ${countryName(m.country, this.lang)}` : ''].join('')))));
      }
      if (r.group.contacts_url) out.push(p(`${labels.groupContacts}: `, link(r.group.contacts_url)));
    }
    if (r.joint_controllers) {
      const jc = r.joint_controllers;
      out.push(heading(3, 'joint-controllers', labels.jointControllers));
      for (const party of jc.parties) {
        out.push(...this.contactItems(party));
        if (party.responsibilities) out.push(p(`${labels.responsibilities}: `, ...this.inline(party.responsibilities)));
      }
      out.push(p(...labelled(labels.jointArrangement, ...this.inline(jc.arrangement))));
      if (jc.contact_point) out.push(p(...labelled(labels.jointContactPoint, ...this.inline(jc.contact_point))));
    }
    if (r.representative) {
      out.push(heading(3, 'representative', labels.representative));
      out.push(...this.contactItems(r.representative));
    }
    if (r.contact_person) {
      out.push(heading(3, 'contact-person', labels.contactPerson));
      out.push(...this.contactItems(r.contact_person));
    }
    return out;
  }

  /** A foreign company number, and the country of a controller whose address does not say it. */
  controllerIdentity(controller: Controller): BlockContent[] {
    const { labels } = this.t;
    const out: BlockContent[] = [];
    const reg = controller.registration;
    if (reg) {
      const where = [this.inline(reg.register), reg.country ? [text(countryName(reg.country, this.lang))] : []].filter((part) => part.length);
      out.push(p(`${labels.registration}: ${reg.number}`, ...(where.length ? [text(' ('), ...joinInline(where, ', '), text(')')] : [])));
    }
    if (controller.country && !controller.address?.country && !controller.postal_address?.country) {
      out.push(p(`${labels.country}: ${countryName(controller.country, this.lang)}`));
    }
    return out;
  }

  basisCell(purpose: Purpose): PhrasingContent[] {
    if (!purpose.legal_basis) return [];
    const basis = this.t.bases[purpose.legal_basis];
    const out: PhrasingContent[] = [text(`${basis.name} (${basis.article})`)];
    if (purpose.law && this.raw(purpose.law)) out.push(text('. '), text(`${this.t.labels.law}: `), ...this.inline(purpose.law));
    return out;
  }

  purposes(): BlockContent[] {
    const purposes = this.register.purposes ?? [];
    if (!purposes.length) return [];
    const { labels, bases } = this.t;
    const out: BlockContent[] = [p(this.t.intro.purposes)];
    out.push(table([labels.purpose, labels.legalBasis], purposes.map((pp) => [this.purposeLabel(pp), this.basisCell(pp)]), this.anchors.purposes));
    const used = [...this.facts.bases];
    const order = Object.keys(bases) as (keyof typeof bases)[];
    // Bases the notice lists for the whole register are shown as it lists them, unpaired.
    const listed = (this.register.legal_bases ?? []).filter((b) => bases[b]);
    if (listed.length) out.push(p(...labelled(labels.registerBases, listed.map((b) => `${bases[b].name} (${bases[b].article})`).join(', '))));
    for (const b of listed) if (!used.includes(b)) used.push(b);
    used.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (used.length) out.push(ul(used.map((b) => li(strong(bases[b].name), ` (${bases[b].article}): ${bases[b].explanation}`))));
    out.push(...this.children());
    return out;
  }

  /** Art. 8: from what age a child consents alone, and how the holder of parental responsibility consents. */
  children(): BlockContent[] {
    const c = this.register.children;
    if (!c) return [];
    const { labels } = this.t;
    const out: BlockContent[] = [heading(3, 'children', labels.children)];
    if (typeof c.age_limit === 'number') out.push(p(fill(labels.childAgeLimit, { n: c.age_limit })));
    if (this.raw(c.parental_consent)) out.push(p(...labelled(labels.parentalConsent, ...this.inline(c.parental_consent))));
    if (this.raw(c.description)) out.push(...this.blocks(c.description));
    return out.length > 1 ? out : [];
  }

  legitimateInterests(): BlockContent[] {
    // Shown wherever an interest is written, so that nothing the author wrote is hidden from the reader.
    const items = (this.register.purposes ?? []).filter((pp) => pp.legitimate_interest && this.raw(pp.legitimate_interest));
    if (!items.length) return [];
    return [p(this.t.intro.legitimateInterests), ul(items.map((pp) => li(strong(...this.purposeLabel(pp)), ': ', ...this.inline(pp.legitimate_interest))))];
  }

  dataSubjects(): BlockContent[] {
    const groups = this.register.data_subjects ?? [];
    if (!groups.length) return [];
    return [p(this.t.intro.dataSubjects), ul(groups.map((g) => li(...this.inline(g))))];
  }

  specialCategories(): BlockContent[] {
    const list = this.register.special_categories ?? [];
    if (!list.length) return [];
    const t = this.t;
    return [
      p(t.intro.specialCategories),
      ul(
        list.map((s, i) => {
          const parts: PhrasingContent[] = [strong(t.specialCategories[s.category])];
          if (s.description && this.raw(s.description)) parts.push(text(': '), ...this.inline(s.description));
          const out: (BlockContent | PhrasingContent)[] = [...parts];
          const details = [];
          if (s.condition) details.push(li(`${fill(t.labels.specialCondition, { point: s.condition })}: ${t.specialConditions[s.condition]}`));
          if (s.law && this.raw(s.law)) details.push(li(`${t.labels.law}: `, ...this.inline(s.law)));
          if (details.length) out.push(ul(details));
          return withId(li(...out), this.anchors.specialCategories[i]);
        }),
      ),
    ];
  }

  personalIdentityCode(): BlockContent[] {
    const code = this.register.personal_identity_code;
    if (!code) return [];
    const out: BlockContent[] = [p(this.t.intro.personalIdentityCode)];
    if (code.ground) out.push(p(...labelled(this.t.labels.hetuGround, this.t.hetuGrounds[code.ground])));
    out.push(...this.blocks(code.description));
    return out;
  }

  dataCategories(): BlockContent[] {
    const list = this.register.data_categories ?? [];
    if (!list.length) return [];
    return [p(this.t.intro.dataCategories), ul(list.map((c, i) => withId(li(...this.inline(c.description)), this.anchors.dataCategories[i])))];
  }

  sources(): BlockContent[] {
    const list = this.register.sources ?? [];
    if (!list.length) return [];
    const t = this.t;
    return [
      p(t.intro.sources),
      ul(
        list.map((s) => {
          // A named source with a description: **Another company or organisation – Kassavirta Oy**: Payment status …
          const description = this.inline(s.description);
          const name = nameIn(s, this.lang);
          if (!description.length) return li(strong(t.sourceTypes[s.type]), ...(name ? [text(`: ${name}`)] : []));
          return li(strong(name ? `${t.sourceTypes[s.type]} – ${name}` : t.sourceTypes[s.type]), text(': '), ...description);
        }),
      ),
    ];
  }

  recipients(): BlockContent[] {
    const r = this.register.recipients;
    const t = this.t;
    if (r === undefined) return [];
    if (r === 'none') return [p(t.intro.noRecipients)];
    return [
      p(t.intro.recipients),
      table(
        [t.labels.recipient, t.labels.role, t.labels.country, t.labels.purpose],
        r.map((x) => [
          x.name ? [text(nameIn(x, this.lang)), ...(x.category && this.raw(x.category) ? [text(' — '), ...this.inline(x.category)] : [])] : this.inline(x.category),
          x.role ? [text(recipientRoleLabel({ ...x, role: x.role }, t, this.lang))] : [],
          x.country ? [text(countryName(x.country, this.lang))] : [],
          this.inline(x.purpose),
        ]),
        this.anchors.recipients,
      ),
    ];
  }

  transfers(): BlockContent[] {
    const x = this.register.transfers;
    const t = this.t;
    const out: BlockContent[] = [];
    if (x === 'none') out.push(p(t.intro.noTransfers));
    else if (Array.isArray(x)) {
      out.push(p(t.intro.transfers));
      out.push(
        table(
          [t.labels.country, t.labels.recipient, t.labels.mechanism, t.labels.safeguard],
          x.map((tr) => [
            tr.country ? [text(countryName(tr.country, this.lang))] : [],
            [...(tr.recipient ? [text(namesIn(tr.recipient, partiesOf(this.register), this.lang))] : []), ...(tr.description && this.raw(tr.description) ? [text(tr.recipient ? ': ' : ''), ...this.inline(tr.description)] : [])],
            tr.mechanism ? [text(t.mechanisms[tr.mechanism])] : [],
            this.transferInformation(tr),
          ]),
          this.anchors.transfers,
        ),
      );
    }
    if (this.register.storage_location && this.raw(this.register.storage_location)) {
      out.push(p(...labelled(t.labels.storageLocation, ...this.inline(this.register.storage_location))));
    }
    return out;
  }

  /** A transfer's adequacy decision, or its absence, and the link to its safeguards. */
  transferInformation(transfer: Transfer): PhrasingContent[] {
    const note = adequacyNote(transfer, this.t);
    const url = transfer.safeguard_url;
    return [...(note ? [text(note)] : []), ...(note && url ? [text(' ')] : []), ...(url ? [link(url)] : [])];
  }

  /** Names of the data categories and purposes a retention rule covers. */
  coveredBy(ids: readonly string[] | undefined): PhrasingContent[] {
    if (!ids?.length) return [text(this.t.labels.allData)];
    const named = ids.map((id) => {
      const c = this.register.data_categories?.find((d) => d.id === id);
      if (c) return this.inline(c.description);
      const pp = this.register.purposes?.find((d) => d.id === id);
      if (pp) return this.inline(pp.description);
      return [text(id)];
    });
    return joinInline(named, '; ');
  }

  retention(): BlockContent[] {
    const list = this.register.retention ?? [];
    if (!list.length) return [];
    const t = this.t;
    return [
      p(t.intro.retention),
      ul(
        list.map((r) => {
          const parts: (PhrasingContent | BlockContent)[] = [strong(...this.coveredBy(r.applies_to)), text(': ')];
          const sentence: PhrasingContent[] = [];
          if (r.period) {
            const period = formatDuration(r.period, t);
            if (r.trigger && this.raw(r.trigger)) {
              const [before, after] = t.labels.periodFrom.split('{trigger}');
              sentence.push(text(fill(before ?? '', { period })), ...this.inline(r.trigger), text(fill(after ?? '', { period })));
            } else sentence.push(text(period));
          } else if (r.trigger && this.raw(r.trigger)) sentence.push(...this.inline(r.trigger));
          if (r.law && this.raw(r.law)) {
            if (sentence.length) sentence.push(text('. '));
            sentence.push(text(`${t.labels.law}: `), ...this.inline(r.law));
          }
          if (r.description && this.raw(r.description)) {
            if (sentence.length) sentence.push(text('. '));
            sentence.push(...this.inline(r.description));
          }
          parts.push(...endSentence(sentence));
          return li(...parts);
        }),
      ),
    ];
  }

  /**
   * The purposes a right applies to, when it does not apply to all: listed, or, when it applies to all
   * but one of three or more, that one.
   */
  appliesTo(purposes: readonly number[]): BlockContent[] {
    const all = this.register.purposes ?? [];
    if (!purposes.length || purposes.length === all.length) return [];
    const { appliesToPurposes, notAppliesToPurpose } = this.t.labels;
    const list = (indexes: readonly number[]): BlockContent => ul(indexes.map((i) => li(...this.purposeLabel(all[i]!))));
    if (purposes.length >= 3 && purposes.length === all.length - 1) {
      const left = all.findIndex((_, i) => !purposes.includes(i));
      return [p(notAppliesToPurpose), list([left])];
    }
    return [p(appliesToPurposes[purposes.length === 1 ? 0 : 1]), list(purposes)];
  }

  rights(): BlockContent[] {
    const t = this.t;
    const out: BlockContent[] = t.rightsIntro.map((s) => p(s));
    for (const right of RIGHT_ORDER) {
      if (right === 'withdraw_consent' || right === 'object' || right === 'complaint') continue;
      const derived = this.facts.rights.find((r) => r.right === right);
      if (!derived) continue;
      out.push(heading(3, `right-${right.replace(/_/g, '-')}`, t.rights[right].heading));
      out.push(...t.rights[right].text.map((s) => p(s)));
      out.push(...this.appliesTo(derived.purposes));
    }
    const rights = this.register.rights;
    if (rights) {
      out.push(heading(3, 'how-to-exercise', t.labels.howToExercise));
      if (rights.channels?.length) {
        out.push(
          ul(
            rights.channels.map((c) => {
              const parts: PhrasingContent[] = [strong(t.channels[c.type]), text(': ')];
              if (c.email) parts.push(link(`mailto:${c.email}`, c.email));
              if (c.url) parts.push(link(c.url));
              if (c.phone) parts.push(link(`tel:${c.phone.replace(/[^+\d]/g, '')}`, c.phone));
              if (c.address) parts.push(text(formatAddress(c.address, this.t)));
              if (c.description && this.raw(c.description)) parts.push(text(parts.length > 2 ? '. ' : ''), ...this.inline(c.description));
              return li(...parts);
            }),
          ),
        );
      }
      if (rights.identity_check && this.raw(rights.identity_check)) out.push(p(...labelled(t.labels.identityCheck, ...this.inline(rights.identity_check))));
      if (rights.response_days) out.push(p(this.responseTime(rights.response_days)));
      if (rights.restrictions?.length) {
        out.push(p(strong(`${t.labels.restrictions}:`)));
        out.push(ul(rights.restrictions.map((r) => li(strong(t.rights[r.right].heading), ': ', ...this.restriction(r)))));
      }
    }
    return out;
  }

  /**
   * The register's own response time, beside the statutory month the rights section states: a target
   * that is always within that month, or a target with the month said again as the limit.
   */
  responseTime(days: number): string {
    const { responseTime, responseTimeWithinMonth } = this.t.labels;
    return fill(alwaysWithinAMonth(days) ? responseTimeWithinMonth : responseTime, { days });
  }

  /** A restriction as written: its statute, its reason, or both in one text. */
  restriction(r: RightRestriction): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    if (this.raw(r.law)) out.push(text(`${this.t.labels.law}: `), ...this.inline(r.law));
    for (const part of [r.reason, r.ground]) {
      if (!this.raw(part)) continue;
      if (out.length) out.push(text('. '));
      out.push(...this.inline(part));
    }
    return out;
  }

  withdrawConsent(): BlockContent[] {
    if (!hasRight(this.facts, 'withdraw_consent')) return [];
    const out: BlockContent[] = this.t.withdrawConsent.map((s) => p(s));
    for (const pp of this.register.purposes ?? []) {
      if (!pp.consent) continue;
      const given = this.inline(pp.consent.how_given);
      const how = this.inline(pp.consent.how_to_withdraw);
      if (given.length || how.length) out.push(p(strong(...this.purposeLabel(pp)), text(': '), ...given, ...(given.length && how.length ? [text(' ')] : []), ...how));
    }
    return out;
  }

  object(): BlockContent[] {
    const derived = this.facts.rights.find((r) => r.right === 'object');
    if (!derived) return [];
    const purposes = this.register.purposes ?? [];
    const general = purposes.some((pp) => pp.legal_basis === 'public_task' || pp.legal_basis === 'legitimate_interests');
    const out: BlockContent[] = [];
    if (general) out.push(...this.t.object.general.map((s) => p(s)));
    if (this.facts.directMarketing) out.push(...this.t.object.directMarketing.map((s) => p(s)));
    out.push(...this.appliesTo(derived.purposes));
    if (this.register.suppression) out.push(...this.blocks(this.register.suppression));
    return out;
  }

  complaint(): BlockContent[] {
    const t = this.t;
    const { authority: a, basis } = this.facts.authority;
    const out: BlockContent[] = t.complaint.map((s) => p(s));
    // Without an authority of its own the notice says only what Art. 77(1) says, already above.
    if (!a) return out;
    const lang = this.lang;
    const intro = a.intro?.[lang] ?? (a.country === 'FI' ? t.authority.finland : basis === 'representative' ? t.authority.representative : t.authority.controller);
    const address = (v: Localised): string => (typeof v === 'string' && a.country !== 'FI' ? `${v}, ${countryName(a.country, lang)}` : localised(v, lang));
    const items = [li(strong(authorityName(a, lang)))];
    if (a.postal_address) items.push(li(`${t.authority.postalAddress}: ${address(a.postal_address)}`));
    if (a.visiting_address) items.push(li(`${t.authority.visitingAddress}: ${address(a.visiting_address)}`));
    if (a.phone) items.push(li(`${t.authority.phone}: `, link(`tel:${a.phone.replace(/[^+\d]/g, '')}`, a.phone)));
    if (a.email) items.push(li(`${t.authority.email}: `, link(`mailto:${a.email}`, a.email)));
    items.push(li(`${t.authority.website}: `, link(localised(a.website, lang))));
    return [...out, p(intro), ul(items)];
  }

  provision(): BlockContent[] {
    if (!this.facts.art13) return [];
    const t = this.t;
    const out: BlockContent[] = [];
    const general = this.blocks(this.register.provision);
    const categories = (this.register.data_categories ?? []).filter((c) => c.provision);
    if (!general.length && !categories.length) return [];
    out.push(p(t.intro.provision), ...general);
    if (categories.length) {
      out.push(
        ul(
          categories.map((c) => {
            const parts: PhrasingContent[] = [strong(...this.inline(c.description)), text(`: ${t.provision[c.provision!]}`)];
            if (c.consequence && this.raw(c.consequence)) parts.push(text('. '), text(`${t.labels.consequence}: `), ...this.inline(c.consequence));
            return li(...parts);
          }),
        ),
      );
    }
    return out;
  }

  automatedDecisions(): BlockContent[] {
    const a = this.register.automated_decisions;
    const t = this.t;
    if (a === undefined) return [];
    if (a === 'none') return [p(t.intro.noAutomatedDecisions)];
    const out: BlockContent[] = [p(t.intro.automatedDecisions)];
    if (a.profiling) out.push(p(t.intro.profiling));
    out.push(
      ul([
        li(...labelled(t.labels.logic, ...this.inline(a.logic))),
        li(...labelled(t.labels.significance, ...this.inline(a.significance))),
        li(...labelled(t.labels.consequences, ...this.inline(a.consequences))),
      ]),
    );
    return out;
  }

  furtherProcessing(): BlockContent[] {
    const list = this.register.further_processing ?? [];
    if (!list.length) return [];
    const t = this.t;
    return [
      p(t.intro.furtherProcessing),
      ul(
        list.map((f) => {
          const parts: PhrasingContent[] = [strong(...this.inline(f.purpose))];
          if (f.legal_basis) parts.push(text(` (${t.bases[f.legal_basis].name}, ${t.bases[f.legal_basis].article})`));
          if (f.description && this.raw(f.description)) parts.push(text(': '), ...this.inline(f.description));
          return li(...parts);
        }),
      ),
    ];
  }

  security(): BlockContent[] {
    const s = this.register.security;
    if (!s) return [];
    const t = this.t;
    const out: BlockContent[] = [p(t.intro.security)];
    if (s.manual && this.raw(s.manual)) out.push(heading(3, 'security-manual', t.labels.manual), ...this.blocks(s.manual));
    if (s.electronic && this.raw(s.electronic)) out.push(heading(3, 'security-electronic', t.labels.electronic), ...this.blocks(s.electronic));
    return out;
  }

  cookies(): BlockContent[] {
    const c = this.register.cookies;
    if (!c) return [];
    const t = this.t;
    const out: BlockContent[] = [p(t.intro.cookies), ...this.blocks(c.description)];
    if (c.consent && this.raw(c.consent)) out.push(p(...labelled(t.labels.cookieConsent, ...this.inline(c.consent))));
    if (c.tools?.length) {
      out.push(
        table(
          [t.labels.cookieTools, t.labels.provider, t.labels.purpose, t.labels.country, t.labels.optOut],
          c.tools.map((tool) => [
            [text(tool.name)],
            tool.provider ? [text(tool.provider)] : [],
            this.inline(tool.purpose),
            tool.country ? [text(countryName(tool.country, this.lang))] : [],
            tool.opt_out_url ? [link(tool.opt_out_url)] : [],
          ]),
        ),
      );
    }
    return out;
  }

  changes(): BlockContent[] {
    const t = this.t;
    const r = this.register;
    const out: BlockContent[] = [p(t.intro.changes)];
    // A notice not changed since it was first published has one date.
    const dates = r.updated && r.updated !== r.created ? [`${t.updated} ${formatDate(r.updated, t)}`] : [];
    if (r.created) dates.push(`${t.created} ${formatDate(r.created, t)}`);
    if (dates.length) out.push(p(`${dates.join('. ')}.`));
    if (r.changes?.length) {
      out.push(
        table(
          [t.labels.date, t.labels.change],
          r.changes.map((c) => [[text(formatDate(c.date, t))], [...this.inline(c.description), ...(c.material ? [text(` (${t.labels.materialChange})`)] : [])]]),
        ),
      );
    }
    return out;
  }

  summary(sections: readonly NoticeSection[]): BlockContent[] {
    const t = this.t;
    const r = this.register;
    const has = (id: SectionId): boolean => sections.some((s) => s.id === id);
    const more = (id: SectionId): PhrasingContent[] => (has(id) ? [text(' '), link(`#${anchor(id)}`, t.summary.readMore)] : []);
    // Under a list the link is a paragraph of its own, named for what it leads to.
    const moreAbout = (id: SectionId, label: string): BlockContent[] => (has(id) ? [p(link(`#${anchor(id)}`, label))] : []);
    const out: BlockContent[] = [];
    const name = this.plain(r.name);
    const register = name.length ? name : [text(r.id)];
    out.push(p(...fillInline(t.summary.who, { controller: [text(nameIn(r.controller, this.lang))], register }), ...more('controller')));
    const purposes = r.purposes ?? [];
    if (purposes.length) {
      out.push(p(t.summary.why));
      out.push(ul(purposes.map((pp) => li(...this.purposeLabel(pp), ...(pp.legal_basis ? [text(fill(t.summary.basis, { basis: lowerFirst(t.bases[pp.legal_basis].name) }))] : [])))));
      out.push(...moreAbout('purposes', t.summary.readMorePurposes));
    }
    out.push(p(t.summary.rights));
    out.push(ul(this.facts.rights.map((d) => li(t.rights[d.right].heading))));
    out.push(...moreAbout('rights', t.summary.readMoreRights));
    if (this.facts.transfers && Array.isArray(r.transfers)) {
      const countries = [...new Set(r.transfers.flatMap((x) => (x.country ? [countryName(x.country, this.lang)] : [])))];
      out.push(p(fill(t.summary.transfers, { countries: joinList(countries, t.listAnd) }), ...more('transfers')));
    }
    if (this.facts.automatedDecisions) out.push(p(t.summary.automated, ...more('automated_decisions')));
    // Where the authority listed is not the one competent (Germany's federal one), the summary names none.
    const { authority } = this.facts.authority;
    const named = authority && !authority.competence ? authority : undefined;
    const complain = named?.country === 'FI' ? t.summary.complainFinland : named ? fill(t.summary.complain, { authority: authorityShortName(named, this.lang) }) : t.summary.complainAnywhere;
    out.push(p(complain, ...more('complaint')));
    return out;
  }
}

/**
 * Compose a register's notice in the language of a phrase table. A text the register does not have
 * in that language is taken from the first of `languages` that has it.
 */
export function composeNotice(register: PublicRegister, facts: Facts, phrases: Phrases, languages?: readonly string[]): Notice {
  refuseInternal(register);
  const c = new Composer(register, facts, phrases, languages);
  const build: [SectionId, () => BlockContent[]][] = [
    ['controller', () => c.controller()],
    ['dpo', () => (register.dpo ? c.contactItems(register.dpo) : [])],
    ['data_subjects', () => c.dataSubjects()],
    ['purposes', () => c.purposes()],
    ['legitimate_interests', () => c.legitimateInterests()],
    ['special_categories', () => c.specialCategories()],
    ['personal_identity_code', () => c.personalIdentityCode()],
    ['data_categories', () => c.dataCategories()],
    ['sources', () => c.sources()],
    ['recipients', () => c.recipients()],
    ['transfers', () => c.transfers()],
    ['retention', () => c.retention()],
    ['rights', () => c.rights()],
    ['withdraw_consent', () => c.withdrawConsent()],
    ['object', () => c.object()],
    ['complaint', () => c.complaint()],
    ['provision', () => c.provision()],
    ['automated_decisions', () => c.automatedDecisions()],
    ['further_processing', () => c.furtherProcessing()],
    ['security', () => c.security()],
    ['cookies', () => c.cookies()],
    ['changes', () => c.changes()],
  ];
  const sections: NoticeSection[] = [];
  for (const [id, make] of build) {
    const content = make();
    if (content.length) sections.push({ id, heading: phrases.headings[id], content });
  }
  const name = pickText(register.name, phrases.lang, languages);
  const registerName = name?.text ?? register.id;
  const notice: Notice = {
    lang: phrases.lang,
    registerId: register.id,
    title: fill(phrases.noticeTitleFor, { name: registerName }),
    registerName,
    controllerName: nameIn(register.controller, phrases.lang),
    intro: c.blocks(register.description),
    summary: c.summary(sections),
    sections,
  };
  if (name?.fallback) notice.nameLang = name.lang;
  if (register.updated) notice.updated = register.updated;
  if (register.created) notice.created = register.created;
  return notice;
}
