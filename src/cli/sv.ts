/** The command line in Swedish: the help of every command, commander's words and the sentences of `cli.ts`. */
import type { CliTexts } from './texts.js';

const CONFIG = 'projektets konfigurationsfil (standard: närmaste seloste.config.yaml)';
const PATHS = { paths: 'registerfiler eller mappar' };
const RENDER_LANGUAGES = 'språk som beskrivningarna görs på, t.ex. fi,sv (standard: från seloste.config.yaml)';

export const texts: CliTexts = {
  help: {
    program: {
      description: 'Dataskyddsbeskrivningar (tietosuojaseloste) ur register i YAML, kontrollerade mot artiklarna 13 och 14 i dataskyddsförordningen',
      options: { '--version': 'visa versionsnumret' },
    },
    commands: {
      check: {
        description: 'validera registren och kontrollera att varje beskrivning anger det som artiklarna 13 och 14 i dataskyddsförordningen kräver',
        arguments: PATHS,
        options: {
          '--format': 'utdataformat',
          '--lang': 'språk som alla texter måste finnas på, t.ex. fi,sv (standard: från seloste.config.yaml)',
          '--max-warnings': 'misslyckas om det finns fler varningar än så här',
          '--quiet': 'rapportera bara fel, inte varningar',
          '--output-file': 'skriv rapporten till den här filen i stället för till standardutdata',
          '--config': CONFIG,
        },
      },
      build: {
        description: 'kontrollera och gör sedan varje register till beskrivningar (HTML-webbplats, Markdown, PDF, JSON) på alla språk',
        arguments: PATHS,
        options: {
          '--out': 'utdatamapp, som ersätts i sin helhet när bygget lyckas',
          '--format': 'format som skrivs: html,md,pdf,json',
          '--lang': RENDER_LANGUAGES,
          '--force': 'gör beskrivningar också av register som har fel',
          '--base-url': 'webbplatsens offentliga adress, för kanoniska länkar och sitemap.xml',
          '--no-history': 'publicera inte tidigare versioner av beskrivningarna ur git-historiken',
          '--no-incremental': 'gör om alla register, också de som inte har ändrats sedan förra bygget',
          '--config': CONFIG,
        },
      },
      record: {
        description: 'skriv varje organisations register över behandling (artikel 30 i dataskyddsförordningen): internt, publiceras aldrig',
        arguments: PATHS,
        options: {
          '--out': 'mapp för registret över behandling (aldrig webbplatsen eller en mapp i den), ersätts i sin helhet',
          '--format': 'format att skriva: xlsx,csv,html,pdf',
          '--lang': 'språk att skriva, t.ex. fi,sv (standard: från seloste.config.yaml)',
          '--force': 'ta med också register som har fel',
          '--config': CONFIG,
        },
      },
      lsp: {
        description: 'starta språkservern för redigerare: varje problem som check hittar, medan du skriver, med snabbkorrigeringar och reglernas dokumentation (se docs/editors.md)',
        options: {
          '--stdio': 'kommunicera med redigeraren via standardinmatning och standardutmatning (standard)',
          '--clientProcessId': 'redigerarens process: servern avslutas när den avslutas',
        },
      },
      edit: {
        description: 'redigera registren i webbläsaren: ett formulär efter schemat, det som check hittar medan du skriver och en förhandsvisning av beskrivningen (se docs/editor.md)',
        arguments: PATHS,
        options: {
          '--port': 'port att lyssna på (0 väljer en ledig)',
          '--host': 'adress att lyssna på; annan än den här datorn bara med försiktighet: den som har adressen med nyckeln kan ändra registren',
          '--no-open': 'öppna inte webbläsaren',
          '--token': 'nyckeln som sidan måste visa (standard: en ny slumpmässig vid varje start, eller SELOSTE_EDIT_TOKEN)',
          '--config': CONFIG,
        },
      },
      serve: {
        description: 'bygg en förhandsvisning, visa den på localhost och bygg om och ladda om den vid varje ändring',
        arguments: PATHS,
        options: {
          '--port': 'port att lyssna på (0 väljer en ledig)',
          '--host': 'adress att lyssna på',
          '--format': 'format som byggs: html,md,pdf,json',
          '--lang': RENDER_LANGUAGES,
          '--config': CONFIG,
        },
      },
      init: {
        description: 'börja ett nytt register: frågar i en terminal eller tar uppgifterna ur flaggor (se docs/authoring.md)',
        options: {
          '--out': 'var registret skrivs (en fil, eller en mapp för <id>.yaml; standard notices/)',
          '--project':
            'förbered också repot: seloste.config.yaml, rader i .gitignore, ett arbetsflöde för GitHub och inställningar för redigeraren (befintliga filer behålls)',
          '--languages': 'med --project: språken i den nya konfigurationen, t.ex. fi,sv (standard fi)',
          '--force': 'skriv över en befintlig fil',
          '--yes': 'fråga ingenting, inte ens i en terminal: ta allt ur flaggorna',
          '--name': 'registrets namn (fi=…|sv=… på flera språk)',
          '--controller': 'den personuppgiftsansvariges officiella namn',
          '--business-id': 'FO-nummer (Y-tunnus)',
          '--address': 'gatuadress',
          '--postal-code': 'postnummer',
          '--city': 'postanstalt eller ort',
          '--email': 'den personuppgiftsansvariges e-postadress',
          '--phone': 'den personuppgiftsansvariges telefonnummer',
          '--dpo-email': 'dataskyddsombudets e-postadress',
          '--purpose': 'ett ändamål med behandlingen (upprepa)',
          '--basis':
            'rättslig grund, en per ändamål eller en för alla: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests',
          '--withdraw': 'hur samtycket återkallas, för ändamål som grundar sig på samtycke i tur och ordning (upprepa)',
          '--interest': 'det berättigade intresset, för ändamål som grundar sig på det i tur och ordning (upprepa)',
          '--law': 'lagen, för ändamål som grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse i tur och ordning (upprepa)',
          '--category': 'en kategori av personuppgifter (upprepa)',
          '--provision': 'statutory, contractual, contract_precondition eller voluntary: en per kategori eller en för alla',
          '--consequence': 'vad som följer om uppgifterna inte lämnas, för obligatoriska kategorier i tur och ordning (upprepa)',
          '--source': 'data_subject, observation eller TYP:NAMN (upprepa)',
          '--recipient': 'NAMN[:ROLL[:LAND]] (upprepa; standard none)',
          '--transfer': 'LAND:MOTTAGARE:GRUND[:URL] (upprepa; standard none)',
          '--retention': 'lagringstid: 3 år, 26 månader eller P3Y',
          '--retention-trigger': 'händelsen som lagringstiden räknas från',
          '--retention-law': 'lagen som fastställer lagringstiden',
          '--rights-email': 'dit de registrerade skickar sina begäranden',
        },
      },
      import: {
        description: 'gör om en befintlig beskrivning (text, Markdown, HTML, Word (.docx) eller PDF) till ett registerutkast med TODO-punkter',
        arguments: { file: 'beskrivningen som ska importeras: en text-, Markdown-, HTML-, Word (.docx)- eller PDF-fil' },
        options: {
          '--out': 'var utkastet skrivs (standard: filens namn med .yaml i arbetsmappen)',
          '--force': 'ersätt en befintlig fil',
          '--lang': 'beskrivningens språk (standard: identifieras)',
        },
      },
      diff: {
        description: 'lista vad som har ändrats mellan två versioner av ett register (filer eller git-revisioner) och vilka ändringar som är väsentliga',
        arguments: {
          old: 'den gamla versionen: en fil, REV:sökväg eller en git-revision (då är <new> filen)',
          new: 'den nya versionen: en fil eller REV:sökväg',
        },
        options: {
          '--format': 'utdataformat',
          '--changelog': 'skriv i stället ut en färdig `changes:`-post för registret',
          '--lang': 'språket i text- och Markdown-utdata (standard: fi när Seloste talar finska, annars en)',
          '--date': 'datum för ändringsposten (ÅÅÅÅ-MM-DD)',
        },
      },
      schema: {
        description: 'skriv ut JSON-schemat för register (eller för organisationsfiler eller för konfigurationen)',
        options: { '--kind': 'vilket schema' },
      },
    },
    help: 'visa hjälp för kommandot',
    titles: { 'Usage:': 'Användning:', 'Options:': 'Flaggor:', 'Commands:': 'Kommandon:', 'Arguments:': 'Argument:' },
    usage: { '[options]': '[flaggor]', '[command]': '[kommando]' },
    extras: { choices: 'alternativ', default: 'standard' },
    afterError: '(hjälp: `seloste --help`)',
  },
  commander: {
    error: 'fel',
    unknownOption: (flag) => `okänd flagga '${flag}'`,
    unknownCommand: (name) => `okänt kommando '${name}'`,
    missingArgument: (name) => `det obligatoriska argumentet '${name}' saknas`,
    optionMissingArgument: (flags) => `värde saknas för flaggan '${flags}'`,
    excessArguments: (command, expected, received) =>
      `för många argument${command ? ` till '${command}'` : ''}: väntade ${expected}, fick ${received}`,
    invalidOptionValue: (flags, value, reason) => `värdet '${value}' för flaggan '${flags}' är ogiltigt. ${reason}`,
    invalidArgumentValue: (value, name, reason) => `värdet '${value}' för argumentet '${name}' är ogiltigt. ${reason}`,
    allowedChoices: (choices) => `Tillåtna alternativ: ${choices}.`,
    didYouMean: (similar) => `(Menade du ${similar}?)`,
    didYouMeanOneOf: (similar) => `(Menade du något av ${similar}?)`,
  },
  messages: {
    noFormat: (formats) => `\`--format\` anger inget format; ange ett eller flera av ${formats}`,
    noLanguage: '`--lang` anger inget språk; ange ett eller flera, t.ex. `--lang fi,sv`',
    unknownLanguage: (missing, available) => `språket \`${missing}\` finns inte inbyggt; tillgängliga: ${available}`,
    badPort: (value) => `--port väntar sig ett tal från 0 till 65535, fick \`${value}\``,
    badCount: (value) => `--max-warnings väntar sig ett heltal, fick \`${value}\``,
    unknownFormat: (unknown, expected) => `okänt format \`${unknown}\`; väntade några av ${expected}`,
    badBaseUrl: (value) => `--base-url måste börja med https:// eller http://, fick \`${value}\``,
    tooManyWarnings: (warnings, maximum) => `${warnings} varningar, fler än --max-warnings ${maximum}`,
    cannotWrite: (out, code) => `kan inte skriva \`${out}\` (${code}); det tidigare resultatet är oförändrat`,
    nothingWritten: (out) => `ingenting skrevs; ${out}/ är oförändrad`,
    shallowClone:
      'varning: det här är en grund klon (shallow clone), så historiken är ofullständig och alla tidigare versioner av beskrivningarna publiceras inte; klona hela historiken (i GitHub Actions: `fetch-depth: 0`)',
    notBuilt: (why, shown, hint) => `inte byggt: ${why}${shown}${hint}`,
    unreadable: (file) => `${file} kan inte läsas som ett register; rätta felen ovan`,
    undated: (file) => `${file} saknar datumet \`updated\`; lägg till det`,
    hasErrors: (file) => `${file} har fel`,
    staysPublished: '; dess tidigare publicerade beskrivning förblir som den var tills registret kan byggas igen',
    useForce: ' (--force bygger det ändå)',
    pdfNotPrinted: (path, file, reason) => `PDF-filen \`${path}\` för ${file} kunde inte skrivas ut (${reason})`,
    noneBuilt: (out) => `inget register kunde byggas; ${out}/ är oförändrad`,
    built: (count, languages, out, files, unchanged) =>
      `Byggde ${count} register på ${languages} i ${out}/ (${files} ${files === 1 ? 'fil' : 'filer'}${unchanged ? `, ${unchanged} oförändrade` : ''})`,
    serving: (url) => `Visar ${url} – byggs om vid varje ändring; tryck Ctrl-C för att sluta`,
  },
};
