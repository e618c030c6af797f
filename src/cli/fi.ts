/** The command line in Finnish: the help of every command, commander's words and the sentences of `cli.ts`. */
import type { CliTexts } from './texts.js';

const CONFIG = 'projektin asetustiedosto (oletus: lähin seloste.config.yaml)';
const PATHS = { paths: 'rekisteritiedostot tai -kansiot' };
const RENDER_LANGUAGES = 'kielet, joilla selosteet muodostetaan, esim. fi,en (oletus: seloste.config.yaml-tiedostosta)';

export const texts: CliTexts = {
  help: {
    program: {
      description: 'Tietosuojaselosteet YAML-muotoisista rekistereistä, tarkistettuina tietosuoja-asetuksen 13 ja 14 artiklaa vasten',
      options: { '--version': 'näytä versionumero' },
    },
    commands: {
      check: {
        description: 'tarkista rekisterit ja se, että jokainen seloste kertoo, mitä tietosuoja-asetuksen 13 ja 14 artikla edellyttävät',
        arguments: PATHS,
        options: {
          '--format': 'tulosteen muoto',
          '--lang': 'kielet, joilla kaikkien tekstien on oltava, esim. fi,en (oletus: seloste.config.yaml-tiedostosta)',
          '--max-warnings': 'epäonnistu, jos varoituksia on tätä enemmän',
          '--quiet': 'ilmoita vain virheet, ei varoituksia',
          '--output-file': 'kirjoita raportti tähän tiedostoon eikä vakiotulosteeseen',
          '--config': CONFIG,
        },
      },
      build: {
        description: 'tarkista ja muodosta sitten jokaisesta rekisteristä selosteet (HTML-sivusto, Markdown, PDF, JSON) kaikilla kielillä',
        arguments: PATHS,
        options: {
          '--out': 'tuloskansio, joka korvataan kokonaan, kun kokoaminen onnistuu',
          '--format': 'kirjoitettavat muodot: html,md,pdf,json',
          '--lang': RENDER_LANGUAGES,
          '--force': 'muodosta myös rekisterit, joissa on virheitä',
          '--base-url': 'sivuston julkinen osoite kanonisia linkkejä ja sitemap.xml-tiedostoa varten',
          '--no-history': 'älä julkaise selosteiden aiempia versioita git-historiasta',
          '--no-incremental': 'muodosta kaikki rekisterit, myös ne, jotka eivät ole muuttuneet edellisen kokoamisen jälkeen',
          '--config': CONFIG,
        },
      },
      record: {
        description: 'kirjoita kunkin organisaation seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla): sisäinen asiakirja, jota ei koskaan julkaista',
        arguments: PATHS,
        options: {
          '--out': 'selosteen käsittelytoimista tuloskansio (ei koskaan sivusto eikä sen sisällä), korvataan kokonaan',
          '--format': 'kirjoitettavat muodot: xlsx,csv,html,pdf',
          '--lang': 'kirjoitettavat kielet, esim. fi,en (oletus: seloste.config.yaml-tiedostosta)',
          '--force': 'ota mukaan myös rekisterit, joissa on virheitä',
          '--config': CONFIG,
        },
      },
      lsp: {
        description: 'käynnistä kielipalvelin editoreille: jokainen ongelma, jonka check löytää, jo kirjoitettaessa, pikakorjauksineen ja sääntöjen ohjeineen (ks. docs/editors.md)',
        options: {
          '--stdio': 'keskustele editorin kanssa vakiosyötteen ja vakiotulosteen kautta (oletus)',
          '--clientProcessId': 'editorin prosessi: palvelin päättyy, kun se päättyy',
        },
      },
      edit: {
        description: 'muokkaa rekistereitä selaimessa: skeeman mukainen lomake, check-komennon havainnot jo kirjoitettaessa ja selosteen esikatselu (ks. docs/editor.md)',
        arguments: PATHS,
        options: {
          '--port': 'kuunneltava portti (0 valitsee vapaan)',
          '--host': 'kuunneltava osoite; muu kuin tämä kone vain harkiten: kuka tahansa, jolla on osoite tunnisteineen, voi muuttaa rekistereitä',
          '--no-open': 'älä avaa selainta',
          '--token': 'tunniste, joka sivun on esitettävä (oletus: uusi satunnainen joka käynnistyksellä, tai SELOSTE_EDIT_TOKEN)',
          '--config': CONFIG,
        },
      },
      serve: {
        description: 'kokoa esikatselu, näytä se osoitteessa localhost ja kokoa ja lataa se uudelleen jokaisen muutoksen jälkeen',
        arguments: PATHS,
        options: {
          '--port': 'kuunneltava portti (0 valitsee vapaan)',
          '--host': 'kuunneltava osoite',
          '--format': 'koottavat muodot: html,md,pdf,json',
          '--lang': RENDER_LANGUAGES,
          '--config': CONFIG,
        },
      },
      init: {
        description: 'aloita uusi rekisteri: kysyy tiedot päätteessä tai ottaa ne valitsimista (ks. docs/authoring.md)',
        options: {
          '--out': 'minne rekisteri kirjoitetaan (tiedosto tai kansio, johon tulee <id>.yaml; oletus notices/)',
          '--project':
            'valmistele myös repositorio: seloste.config.yaml, .gitignore-rivit, GitHub-työnkulku ja editorin asetukset (olemassa olevat tiedostot säilytetään)',
          '--languages': 'valitsimen --project kanssa: uusien asetusten kielet, esim. fi,sv (oletus fi)',
          '--force': 'korvaa olemassa oleva tiedosto',
          '--yes': 'älä kysy mitään, ei edes päätteessä: ota kaikki valitsimista',
          '--name': 'rekisterin nimi (fi=…|en=… usealla kielellä)',
          '--controller': 'rekisterinpitäjän virallinen nimi',
          '--business-id': 'Y-tunnus',
          '--address': 'katuosoite',
          '--postal-code': 'postinumero',
          '--city': 'postitoimipaikka',
          '--email': 'rekisterinpitäjän sähköpostiosoite',
          '--phone': 'rekisterinpitäjän puhelinnumero',
          '--dpo-email': 'tietosuojavastaavan sähköpostiosoite',
          '--purpose': 'käsittelyn tarkoitus (toista)',
          '--basis':
            'oikeusperuste, yksi kullekin tarkoitukselle tai yksi kaikille: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests',
          '--withdraw': 'miten suostumuksen voi peruuttaa, suostumukseen perustuville tarkoituksille järjestyksessä (toista)',
          '--interest': 'oikeutettu etu, siihen perustuville tarkoituksille järjestyksessä (toista)',
          '--law': 'laki, lakisääteiseen velvoitteeseen tai yleisen edun mukaiseen tehtävään perustuville tarkoituksille järjestyksessä (toista)',
          '--category': 'henkilötietoryhmä (toista)',
          '--provision': 'statutory, contractual, contract_precondition tai voluntary: yksi kullekin ryhmälle tai yksi kaikille',
          '--consequence': 'mitä seuraa, jos tietoja ei anneta, pakollisille ryhmille järjestyksessä (toista)',
          '--source': 'data_subject, observation tai TYYPPI:NIMI (toista)',
          '--recipient': 'NIMI[:ROOLI[:MAA]] (toista; oletus none)',
          '--transfer': 'MAA:VASTAANOTTAJA:SIIRTOPERUSTE[:URL] (toista; oletus none)',
          '--retention': 'säilytysaika: 3 vuotta, 26 kuukautta tai P3Y',
          '--retention-trigger': 'tapahtuma, josta säilytysaika lasketaan',
          '--retention-law': 'laki, joka säätää säilytysajan',
          '--rights-email': 'osoite, johon rekisteröidyt lähettävät pyyntönsä',
        },
      },
      import: {
        description: 'muunna olemassa oleva seloste (teksti, Markdown, HTML, Word (.docx) tai PDF) rekisteriluonnokseksi, jossa on TODO-kohtia',
        arguments: { file: 'tuotava seloste: teksti-, Markdown-, HTML-, Word (.docx)- tai PDF-tiedosto' },
        options: {
          '--out': 'minne luonnos kirjoitetaan (oletus: tiedoston nimi .yaml-päätteellä työkansiossa)',
          '--force': 'korvaa olemassa oleva tiedosto',
          '--lang': 'selosteen kieli (oletus: tunnistetaan)',
        },
      },
      diff: {
        description: 'luettele, mitä rekisterin kahden version (tiedostojen tai git-revisioiden) välillä on muuttunut ja mitkä muutokset ovat olennaisia',
        arguments: {
          old: 'vanha versio: tiedosto, REV:polku tai git-revisio (jolloin <new> on tiedosto)',
          new: 'uusi versio: tiedosto tai REV:polku',
        },
        options: {
          '--format': 'tulosteen muoto',
          '--changelog': 'tulosta sen sijaan valmis `changes:`-merkintä rekisteriin',
          '--lang': 'teksti- ja Markdown-tulosteen kieli (oletus: fi, kun Seloste puhuu suomea, muuten en)',
          '--date': 'muutosmerkinnän päivämäärä (VVVV-KK-PP)',
        },
      },
      schema: {
        description: 'tulosta rekisterien (tai organisaatiotiedostojen tai asetusten) JSON Schema',
        options: { '--kind': 'mikä skeema' },
      },
    },
    help: 'näytä komennon ohje',
    titles: { 'Usage:': 'Käyttö:', 'Options:': 'Valitsimet:', 'Commands:': 'Komennot:', 'Arguments:': 'Argumentit:' },
    usage: { '[options]': '[valitsimet]', '[command]': '[komento]' },
    extras: { choices: 'vaihtoehdot', default: 'oletus' },
    afterError: '(ohje: `seloste --help`)',
  },
  commander: {
    error: 'virhe',
    unknownOption: (flag) => `tuntematon valitsin '${flag}'`,
    unknownCommand: (name) => `tuntematon komento '${name}'`,
    missingArgument: (name) => `pakollinen argumentti '${name}' puuttuu`,
    optionMissingArgument: (flags) => `valitsimen '${flags}' arvo puuttuu`,
    excessArguments: (command, expected, received) =>
      `liikaa argumentteja${command ? ` komennolle '${command}'` : ''}: odotettiin ${expected}, annettiin ${received}`,
    invalidOptionValue: (flags, value, reason) => `valitsimen '${flags}' arvo '${value}' ei kelpaa. ${reason}`,
    invalidArgumentValue: (value, name, reason) => `argumentin '${name}' arvo '${value}' ei kelpaa. ${reason}`,
    allowedChoices: (choices) => `Sallitut vaihtoehdot: ${choices}.`,
    didYouMean: (similar) => `(Tarkoititko ${similar}?)`,
    didYouMeanOneOf: (similar) => `(Tarkoititko jotakin näistä: ${similar}?)`,
  },
  messages: {
    noFormat: (formats) => `\`--format\` ei nimeä yhtään muotoa; anna yksi tai useampi näistä: ${formats}`,
    noLanguage: '`--lang` ei nimeä yhtään kieltä; anna yksi tai useampi, esim. `--lang fi,en`',
    unknownLanguage: (missing, available) => `kieltä \`${missing}\` ei ole valmiina; käytettävissä: ${available}`,
    badPort: (value) => `--port odottaa lukua väliltä 0–65535, annettiin \`${value}\``,
    badCount: (value) => `--max-warnings odottaa kokonaislukua, annettiin \`${value}\``,
    unknownFormat: (unknown, expected) => `tuntematon muoto \`${unknown}\`; odotettiin joitakin näistä: ${expected}`,
    badBaseUrl: (value) => `--base-url-osoitteen pitää alkaa https:// tai http://, annettiin \`${value}\``,
    tooManyWarnings: (warnings, maximum) => `${warnings} varoitusta, enemmän kuin --max-warnings ${maximum}`,
    cannotWrite: (out, code) => `kansioon \`${out}\` ei voi kirjoittaa (${code}); aiempi tulos on ennallaan`,
    nothingWritten: (out) => `mitään ei kirjoitettu; ${out}/ on ennallaan`,
    shallowClone:
      'varoitus: tämä on matala klooni (shallow clone), joten historia on vajaa eikä selosteiden kaikkia aiempia versioita julkaista; kloonaa koko historia (GitHub Actionsissa: `fetch-depth: 0`)',
    notBuilt: (why, shown, hint) => `ei koottu: ${why}${shown}${hint}`,
    unreadable: (file) => `${file} ei ole luettavissa rekisterinä; korjaa yllä olevat virheet`,
    undated: (file) => `tiedostosta ${file} puuttuu päivämäärä \`updated\`; lisää se`,
    hasErrors: (file) => `tiedostossa ${file} on virheitä`,
    staysPublished: '; sen aiemmin julkaistu seloste pysyy ennallaan, kunnes rekisteri saadaan taas koottua',
    useForce: ' (--force kokoaa sen silti)',
    pdfNotPrinted: (path, file, reason) => `tiedoston ${file} PDF-tiedostoa \`${path}\` ei voitu tulostaa (${reason})`,
    noneBuilt: (out) => `yhtään rekisteriä ei voitu koota; ${out}/ on ennallaan`,
    built: (count, languages, out, files, unchanged) =>
      `Koottiin ${count} ${count === 1 ? 'rekisteri' : 'rekisteriä'} ${languages.includes(',') ? 'kielillä' : 'kielellä'} ${languages} kansioon ${out}/ (${files} ${files === 1 ? 'tiedosto' : 'tiedostoa'}${unchanged ? `, ${unchanged} ennallaan` : ''})`,
    serving: (url) => `Esikatselu osoitteessa ${url} – kootaan uudelleen jokaisen muutoksen jälkeen; lopeta painamalla Ctrl-C`,
  },
};
