/**
 * News outlets an article may attribute facts to, with the names and domains that mean the same outlet
 * ("AP", "The Associated Press", apnews.com), and the words that mark an unlisted name as an outlet
 * ("The Kyiv Independent", "Diario de Navarra"). Data only, like phrases.ts.
 */

export interface Outlet {
  /** The name shown to the reader. */
  name: string;
  /** Lower-cased spellings, without a leading article ("the", "l'", "der"...). */
  aliases: string[];
  /** Registrable domains; subdomains match too. */
  domains: string[];
}

export const OUTLETS: Outlet[] = [
  { name: 'Reuters', aliases: ['reuters', 'thomson reuters'], domains: ['reuters.com'] },
  { name: 'The Associated Press', aliases: ['associated press', 'ap', 'ap news'], domains: ['apnews.com', 'ap.org'] },
  { name: 'AFP', aliases: ['afp', 'agence france-presse', 'agence france presse'], domains: ['afp.com'] },
  { name: 'BBC', aliases: ['bbc', 'bbc news', 'bbc mundo'], domains: ['bbc.co.uk', 'bbc.com'] },
  { name: 'dpa', aliases: ['dpa', 'deutsche presse-agentur', 'deutschen presse-agentur', 'deutsche presse agentur'], domains: ['dpa.com', 'dpa.de'] },
  { name: 'EFE', aliases: ['efe', 'agencia efe'], domains: ['efe.com'] },
  { name: 'Europa Press', aliases: ['europa press'], domains: ['europapress.es'] },
  { name: 'ANSA', aliases: ['ansa'], domains: ['ansa.it'] },
  { name: 'Bloomberg', aliases: ['bloomberg', 'bloomberg news'], domains: ['bloomberg.com'] },
  { name: 'The New York Times', aliases: ['new york times', 'nyt'], domains: ['nytimes.com'] },
  { name: 'The Washington Post', aliases: ['washington post'], domains: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', aliases: ['wall street journal', 'wsj'], domains: ['wsj.com'] },
  { name: 'Financial Times', aliases: ['financial times', 'ft'], domains: ['ft.com'] },
  { name: 'The Guardian', aliases: ['guardian'], domains: ['theguardian.com', 'guardian.co.uk'] },
  { name: 'The Economist', aliases: ['economist'], domains: ['economist.com'] },
  { name: 'CNN', aliases: ['cnn'], domains: ['cnn.com'] },
  { name: 'NBC News', aliases: ['nbc news', 'nbc'], domains: ['nbcnews.com'] },
  { name: 'CBS News', aliases: ['cbs news', 'cbs'], domains: ['cbsnews.com'] },
  { name: 'ABC News', aliases: ['abc news'], domains: ['abcnews.go.com'] },
  { name: 'NPR', aliases: ['npr'], domains: ['npr.org'] },
  { name: 'Politico', aliases: ['politico'], domains: ['politico.com', 'politico.eu'] },
  { name: 'Axios', aliases: ['axios'], domains: ['axios.com'] },
  { name: 'Al Jazeera', aliases: ['al jazeera'], domains: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Sky News', aliases: ['sky news'], domains: ['news.sky.com'] },
  { name: 'Le Monde', aliases: ['le monde', 'monde'], domains: ['lemonde.fr'] },
  { name: 'Le Figaro', aliases: ['le figaro', 'figaro'], domains: ['lefigaro.fr'] },
  { name: 'Libération', aliases: ['libération', 'liberation'], domains: ['liberation.fr'] },
  { name: 'franceinfo', aliases: ['franceinfo', 'france info'], domains: ['francetvinfo.fr'] },
  { name: 'Der Spiegel', aliases: ['spiegel', 'der spiegel'], domains: ['spiegel.de'] },
  { name: 'Süddeutsche Zeitung', aliases: ['süddeutsche zeitung', 'süddeutschen zeitung'], domains: ['sueddeutsche.de'] },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['frankfurter allgemeine zeitung', 'frankfurter allgemeinen zeitung', 'faz'], domains: ['faz.net'] },
  { name: 'Die Zeit', aliases: ['zeit', 'die zeit'], domains: ['zeit.de'] },
  { name: 'El País', aliases: ['el país', 'país'], domains: ['elpais.com'] },
  { name: 'El Mundo', aliases: ['el mundo'], domains: ['elmundo.es'] },
  { name: 'Xinhua', aliases: ['xinhua'], domains: ['xinhuanet.com', 'news.cn'] },
  { name: 'TASS', aliases: ['tass'], domains: ['tass.com', 'tass.ru'] },
  { name: 'Interfax', aliases: ['interfax'], domains: ['interfax.com', 'interfax.ru'] },
  { name: 'Kyodo News', aliases: ['kyodo', 'kyodo news'], domains: ['kyodonews.net'] },
  { name: 'Yonhap', aliases: ['yonhap'], domains: ['yna.co.kr'] },
];

/** A word in a name (or a domain label) that makes it an outlet's: "The Daily Herald", "Rheinische Post", "Diario Sur". */
export const OUTLET_WORDS = [
  'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'observer', 'chronicle',
  'independent', 'express', 'mirror', 'standard', 'press', 'radio', 'television', 'tv', 'broadcasting', 'agency',
  'magazine', 'daily', 'weekly', 'wire', 'courier', 'examiner', 'inquirer', 'sun',
  'presse', 'journal', 'quotidien', 'hebdo', 'dépêche', 'nouvelles', 'libre', 'matin', 'parisien',
  'zeitung', 'rundschau', 'anzeiger', 'nachrichten', 'kurier', 'tagesspiegel', 'tageblatt', 'abendblatt', 'morgenpost', 'rundfunk',
  'diario', 'periódico', 'noticias', 'prensa', 'gaceta', 'heraldo', 'correo', 'crónica', 'informador', 'televisión', 'vanguardia',
];

/** Words before a name that say it is an outlet: "the news agency Interfax", "die Nachrichtenagentur dpa", "el diario Clarín". */
export const OUTLET_DESCRIPTORS = [
  'news agency', 'newspaper', 'broadcaster', 'wire service', 'magazine', 'news site', 'news outlet', 'daily', 'tabloid',
  'agence de presse', 'agence', 'quotidien', 'journal', 'hebdomadaire', 'chaîne', 'magazine', 'site d\'information',
  'nachrichtenagentur', 'agentur', 'zeitung', 'tageszeitung', 'zeitschrift', 'magazin', 'sender', 'nachrichtenmagazin', 'wochenzeitung',
  'agencia de noticias', 'agencia', 'diario', 'periódico', 'cadena', 'revista', 'emisora',
];
