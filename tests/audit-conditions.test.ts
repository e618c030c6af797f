/** Conditions a notice puts on the rights: in person only, a signed letter only, by post only, proof of identity always. */
import { describe, expect, it } from 'vitest';
import { conditionFindings } from '../src/audit/conditions.js';
import type { Passage } from '../src/audit/passages.js';

const passage = (text: string): Passage => ({ text, line: 7, kind: 'rights', kinds: ['rights'], sectionLine: 6 });
const conditions = (text: string): string[] => conditionFindings([passage(text)]).filter((f) => f.ruleId === 'right-condition').map((f) => f.messageId);

describe('a request in person', () => {
  const ONLY: [string, string][] = [
    ['fi', 'Tietoja annetaan tarkastettavaksi vain henkilökohtaisesti.'],
    ['sv', 'Registerutdrag lämnas endast ut personligen.'],
    ['en', 'Access requests must be made in person.'],
  ];
  it.each(ONLY)('is a condition when it is the only way (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['inPerson']);
  });

  const ONE_WAY: [string, string][] = [
    ['fi', 'Pyyntö tulee esittää hallitukselle sähköpostilla tai henkilökohtaisesti rekisterinpitäjän luona.'],
    ['sv', 'Begäran ska lämnas till styrelsen per e-post eller personligen hos den personuppgiftsansvarige.'],
    ['en', 'Requests must be sent to the board by email or made in person at our office.'],
  ];
  it.each([
    ['fi', 'Korjauspyyntö tehdään kirjallisesti ja toimitetaan lisäksi aina henkilökohtaisesti toimintayksikköön.'],
    ['sv', 'Begäran om rättelse görs skriftligt och lämnas dessutom alltid personligen på mottagningen.'],
    ['en', 'A request for rectification is made in writing and always also delivered in person at the clinic.'],
  ])('is a condition when it is always asked, whatever else is (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['inPerson']);
  });

  it.each([
    ['fi', 'Voit aina henkilökohtaisesti pyytää tietoja toimistollamme.'],
    ['fi', 'Olet aina tervetullut tekemään tarkastuspyynnön henkilökohtaisesti toimipisteessämme.'],
    ['fi', 'Tarkastuspyynnön voi tehdä henkilökohtaisesti toimistollamme, ja vastaamme siihen aina kuukauden kuluessa.'],
    ['sv', 'Du är alltid välkommen att begära registerutdrag personligen på vårt kontor.'],
    ['en', 'You are always welcome to make your access request in person at our office.'],
  ])('is none where "always" is said of something else, or of what the person can do (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });

  it.each(ONE_WAY)('is none when another way is given beside it (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });
});

describe('a signed letter', () => {
  it.each([
    ['fi', 'Tarkastuspyyntö tulee lähettää allekirjoitettuna kirjeenä.'],
    ['sv', 'Begäran om registerutdrag ska vara undertecknad och skickas per post.'],
    ['en', 'Access requests must be made by signed letter.'],
  ])('as the only way to ask is a condition (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['signed']);
  });

  it('is not a session one is signed in to', () => {
    expect(conditions('That token is re-requested from your own signed-in session at the start of each access request.')).toEqual([]);
  });
});

describe('a request by post', () => {
  it.each([
    ['fi', 'Tarkastuspyyntö tulee lähettää postitse osoitteeseen Esimerkki Oy, Katu 1, 00100 Helsinki.'],
    ['sv', 'Begäran om registerutdrag ska skickas per post till Exempel AB, Gatan 1, 111 27 Stockholm.'],
    ['en', 'Requests for register-related matters shall be submitted in writing to the postal address Example Oy, Street 1, 00100 Helsinki.'],
  ])('as the only way to ask is a condition (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['byPost']);
  });

  it.each([
    ['fi', 'Pyynnön voi lähettää sähköpostitse tai postitse osoitteeseen Katu 1, 00100 Helsinki.'],
    ['en', 'Requests shall be sent by e-mail to privacy@example.example or by post to our office.'],
    ['en', 'You may also write to our postal address.'],
    ['fi', 'Tarkistuspyyntö tulee tehdä kirjallisesti osoitteeseen info@esimerkki.example.'],
    ['fi', 'Tarkastuspyyntö tulee tehdä joko sähköisesti tai postitse kirjallisella pyynnöllä.'],
    ['sv', 'Begäran ska göras elektroniskt eller skickas per post.'],
    ['en', 'Requests must be made electronically or by post.'],
  ])('is none beside another way, or offered, not required (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });

  it.each([
    ['en', 'Access requests must be sent by post to our postal address; we will reply electronically within one month.'],
    ['sv', 'Begäran om registerutdrag ska skickas per post till postadressen, varefter utdraget skickas elektroniskt.'],
  ])('is a condition still where only the answer is sent electronically (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['byPost']);
  });
});

describe('a copy of an identity document', () => {
  const ALWAYS: [string, string][] = [
    ['fi', 'Pyydämme sinua liittämään viestiisi passi-, ajokortti- tai muun henkilötodistuskopion, jotta voimme varmistaa henkilöllisyytesi.'],
    ['sv', 'Bifoga en kopia av din legitimation till begäran om registerutdrag.'],
    ['en', 'Please attach a copy of your passport or ID card to your access request.'],
  ];
  it.each(ALWAYS)('asked with every request is a condition (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['idCopy']);
  });

  const IF_NEEDED: [string, string][] = [
    ['fi', 'Voimme tarvittaessa pyytää kopion henkilöllisyystodistuksesta, jos pyytäjän henkilöllisyys on epäselvä.'],
    ['sv', 'Vid behov kan vi be om en kopia av din legitimation.'],
    ['en', 'Where we have reasonable doubt about who you are, we may ask for a copy of your ID.'],
  ];
  it.each(IF_NEEDED)('asked only when needed is none (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });
});

describe('the rights given only once identity is proved', () => {
  const AFTER: [string, string][] = [
    ['sv', 'Du har rätt att (efter styrkt legitimation):'],
    ['en', 'You have the right, after proving your identity, to:'],
    ['fi', 'Sinulla on oikeus henkilöllisyyden todistamisen jälkeen:'],
  ];
  it.each(AFTER)('is a condition on every request (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['proofOfId']);
  });

  it.each([
    ['en', 'We answer your request after verifying your identity.'],
    ['fi', 'Vastaamme pyyntöösi henkilöllisyyden varmistamisen jälkeen.'],
  ])('is none where the controller checks who asks, as it may (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });

  it('is none outside the rights: a parcel handed out against proof of identity', () => {
    const security: Passage = { text: 'Paketet lämnas ut mot uppvisad legitimation, och du har rätt att begära att det skickas hem.', line: 7, kind: 'security', kinds: ['security'], sectionLine: 6 };
    expect(conditionFindings([security]).filter((f) => f.ruleId === 'right-condition')).toEqual([]);
  });

  it('is none where proof is asked only in doubt', () => {
    expect(conditions('Du har rätt att få ut dina uppgifter. Vid behov kan vi be om styrkt identitet, efter styrkt legitimation lämnas uppgifterna ut.')).toEqual([]);
  });
});

describe('consent withdrawn by clearing the browser', () => {
  const withdrawal = (text: string): string[] => conditionFindings([passage(text)]).filter((f) => f.ruleId === 'consent-withdrawal').map((f) => f.messageId);
  const ONLY: [string, string][] = [
    ['fi', 'Voit perua suostumuksen tyhjentämällä selaimen sivustotiedot, jolloin evästeilmoitus näytetään uudelleen.'],
    ['sv', 'Du kan återkalla ditt samtycke genom att rensa webbläsarens kakor.'],
    ['en', "You can withdraw your consent by clearing your browser's cookies."],
    ['fi', 'Voit perua suostumuksesi poistamalla evästeet selaimesi asetuksista.'],
    ['en', 'You can withdraw your consent by deleting cookies in your browser settings.'],
    ['sv', 'Samtycket sparas lokalt i webbläsaren och kan återkallas genom att radera webbplatsens lagrade data och göra ett nytt val vid nästa besök.'],
    ['en', "The consent is kept in your browser and can be withdrawn by clearing the site's stored data."],
  ];
  it.each(ONLY)('only that way is not as easy as giving it (%s)', (_lang, text) => {
    expect(withdrawal(text)).toEqual(['clearedWithdrawal']);
  });

  const OR_ELSE: [string, string][] = [
    ['fi', 'Voit perua suostumuksen evästeasetuksista tai tyhjentämällä selaimen evästeet.'],
    ['sv', 'Du kan återkalla ditt samtycke i kakinställningarna eller genom att rensa webbläsarens kakor.'],
    ['en', "You can withdraw your consent in the cookie settings or by clearing your browser's cookies."],
    // What the controller does after a withdrawal is no way to withdraw.
    ['en', 'If you withdraw your consent, we delete the cookies and stop processing.'],
    ['sv', 'Du kan återkalla ditt samtycke; vi raderar då kakor och uppgifter.'],
  ];
  it.each(OR_ELSE)('with the settings beside it is as easy (%s)', (_lang, text) => {
    expect(withdrawal(text)).toEqual([]);
  });

  const CHANGED_MIND: [string, string, string][] = [
    ['fi', 'Analytiikka ladataan vain, jos annat suostumuksen evästebannerissa.', 'Voit muuttaa mielesi milloin tahansa tyhjentämällä selaimen sivustotiedot.'],
    ['sv', 'Dessa laddas endast om du aktivt samtycker i vår cookie-banner.', 'Du kan när som helst ändra dig genom att rensa webbplatsens lagring i din webbläsare.'],
    ['en', 'Analytics load only if you consent in our cookie banner.', "You can change your mind at any time by clearing the site's storage in your browser."],
  ];
  it.each(CHANGED_MIND)('a mind changed only that way, after the consent of the sentence before, is the same (%s)', (_lang, consent, changed) => {
    const found = (texts: string[]): string[] =>
      conditionFindings(texts.map((t, i) => ({ ...passage(t), line: i + 1 }))).filter((f) => f.ruleId === 'consent-withdrawal').map((f) => `${f.messageId}@${f.line}`);
    expect(found([consent, changed])).toEqual(['clearedWithdrawal@2']);
    // With no consent before it, a changed mind withdraws nothing.
    expect(found(['Sivusto käyttää välttämättömiä evästeitä.', changed])).toEqual([]);
  });
});

describe('consent withdrawn in writing', () => {
  const ONLY: [string, string][] = [
    ['fi', 'Suostumuksen voi peruuttaa vain kirjallisesti rekisterinpitäjälle osoitetulla kirjeellä.'],
    ['sv', 'Du återkallar ditt samtycke genom att skriftligt skicka in ett återkallande till föreningen.'],
    ['en', 'You can withdraw your consent by notifying us in writing at our postal address.'],
  ];
  it.each(ONLY)('only that way is a condition (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual(['writtenWithdrawal']);
  });

  const OR_ELSE: [string, string][] = [
    ['fi', 'Suostumuksen voi peruuttaa kirjallisesti tai sähköpostilla.'],
    ['sv', 'Du kan återkalla ditt samtycke skriftligt eller per e-post.'],
    ['en', 'You may withdraw your consent in writing or by e-mail.'],
  ];
  it.each(OR_ELSE)('with another way beside it is none (%s)', (_lang, text) => {
    expect(conditions(text)).toEqual([]);
  });
});

describe('access free of charge', () => {
  const charges = (text: string): string[] => conditionFindings([passage(text)]).filter((f) => f.ruleId === 'access-charge').map((f) => f.messageId);
  const AS_A_RULE: [string, string][] = [
    ['fi', 'Tarkastusoikeuden käyttäminen on lähtökohtaisesti maksutonta.'],
    ['sv', 'Registerutdrag är i regel kostnadsfritt.'],
    ['en', 'Access requests are as a rule free of charge.'],
  ];
  it.each(AS_A_RULE)('only as a rule leaves a fee open (%s)', (_lang, text) => {
    expect(charges(text)).toEqual(['freeAsARule']);
  });

  const FREE: [string, string][] = [
    ['fi', 'Tarkastusoikeuden käyttäminen on maksutonta.'],
    ['sv', 'Registerutdrag är kostnadsfritt.'],
    ['en', 'Access requests are free of charge.'],
  ];
  it.each(FREE)('said plainly is fine (%s)', (_lang, text) => {
    expect(charges(text)).toEqual([]);
  });
});

describe('an answer promised only within a reasonable time', () => {
  const found = (text: string): string[] => conditionFindings([passage(text)]).filter((f) => f.ruleId === 'response-time').map((f) => f.messageId);
  const REASONABLE: [string, string][] = [
    ['fi', 'Poisto tehdään kohtuullisessa ajassa pyynnön vastaanottamisesta.'],
    ['sv', 'Vi svarar på din begäran inom rimlig tid.'],
    ['en', 'We will respond to your request within a reasonable time.'],
  ];
  it.each(REASONABLE)('is a response time the GDPR does not allow (%s)', (_lang, text) => {
    expect(found(text)).toEqual(['reasonable']);
  });

  it.each([
    ['fi', 'Tiedot säilytetään asiakassuhteen ajan, minkä jälkeen tiedot poistetaan kohtuullisessa ajassa, ellei laki edellytä pidempää säilytystä.'],
    ['sv', 'Uppgifterna sparas under kundförhållandet och raderas därefter inom rimlig tid.'],
    ['en', 'Data about your request are kept for a year and deleted within a reasonable time after that.'],
  ])('is none where it is the time of a deletion after the retention (%s)', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it('is none where the month is said beside it', () => {
    expect(found('We will respond to your request within a reasonable time, at the latest within one month.')).toEqual([]);
    expect(found('Pyyntöön vastataan kohtuullisessa ajassa, viimeistään kuukauden kuluessa.')).toEqual([]);
  });

  it.each([
    ['fi', 'Tarkastuspyyntöön vastataan kohtuullisessa ajassa ja mahdollisuuksien mukaan viimeistään kuukauden kuluessa pyynnön esittämisestä.', 'mahdollisuuksien mukaan viimeistään kuukauden kuluessa'],
    ['sv', 'Vi svarar på din begäran om möjligt inom en månad.', 'om möjligt inom en månad'],
    ['en', 'We will answer your request where possible within one month.', 'where possible within one month'],
  ])('is one where the month is only a best effort (%s)', (_lang, text, words) => {
    const findings = conditionFindings([passage(text)]).filter((f) => f.ruleId === 'response-time');
    expect(findings.map((f) => [f.messageId, f.params['found']])).toEqual([['reasonable', words]]);
  });
});
