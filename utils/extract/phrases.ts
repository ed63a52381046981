/**
 * Multilingual phrase lists (English, French, German, Spanish) and the thresholds that go with them,
 * in one place like Readability's REGEXPS table: rules read these, never inline their own words.
 * Matching is on lower-cased text with accents kept; each list is a pattern source, anchored by the rule.
 */

/** Headings or lead-ins of blocks that point to other articles ("Read also", "Lire aussi", "Lesen Sie auch"...). */
export const RELATED_HEADINGS = [
  'read also', 'read more', 'also read', 'see also', 'related', 'related articles?', 'related stories', 'related content',
  'related coverage', 'more from', 'more on this( story| topic)?', 'more stories', 'more news', 'latest', 'latest news',
  'latest stories', 'most read', 'most popular', 'most viewed', 'trending', 'trending now', 'popular', 'recommended',
  'recommended for you', 'you may also like', 'you might also like', 'top stories', 'editor\'?s picks', 'don\'?t miss',
  'further reading', 'what to read next', 'up next', 'next up', 'in other news', 'in case you missed it',
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'sur le même sujet',
  'dans la même rubrique', 'les plus lus', 'articles les plus lus', 'les plus populaires', 'dernières? (infos|actualités|nouvelles)',
  'à la une', 'nos articles', 'articles liés', 'articles similaires', 'vous aimerez aussi', 'à découvrir',
  'lesen sie auch', 'auch interessant', 'mehr zum thema', 'mehr dazu', 'weitere artikel', 'verwandte artikel',
  'meistgelesen', 'am meisten gelesen', 'neueste artikel', 'das könnte sie auch interessieren', 'empfohlen',
  'top-artikel', 'aktuell', 'lee también', 'leer también', 'lea también', 'ver también', 'más noticias', 'noticias relacionadas',
  'relacionad[oa]s', 'lo más leído', 'más leídas?', 'más vist[oa]s', 'últimas noticias', 'te puede interesar',
  'también te puede interesar', 'recomendad[oa]s',
  // "More:" over a list of links (a bare "More" is a button), the site's own name ("More Great WIRED Stories",
  // "Also on rt.com", "On SFGate.com:"), recent and related posts.
  'more(?=\\s*:)', 'more great .{1,30} stories', 'more \\S+ news', 'also on .{2,40}', 'on [\\w\\u00c0-\\uffff-]+\\.(?:com|net|org|co\\.uk)',
  'related posts?', 'recent (?:articles|posts|stories)', 'popular this week',
];

/** Newsletter and subscription prompts. */
export const NEWSLETTER_PHRASES = [
  'sign up', 'sign-up', 'subscribe', 'newsletter', 'enter your email', 'your email address', 'get the .{1,40} in your inbox',
  'delivered to your inbox', 'in your inbox', 'join our mailing list',
  "s'abonner", 'abonnez-vous', 'inscrivez-vous', 'lettre d\'information', 'votre adresse e-mail', 'votre e-mail',
  'abonnieren', 'jetzt abonnieren', 'anmelden', 'ihre e-mail-adresse', 'newsletter bestellen',
  'suscríbete', 'suscribirse', 'suscribete', 'boletín', 'tu correo electrónico', 'regístrate',
];

/** Cookie and consent banners. */
export const CONSENT_PHRASES = [
  'we use cookies', 'this (web)?site uses cookies', 'cookie policy', 'cookie settings', 'accept all cookies', 'accept cookies',
  'your privacy choices', 'manage consent', 'consent preferences',
  'nous utilisons des cookies', 'ce site utilise des cookies', 'accepter les cookies', 'gestion des cookies',
  'wir verwenden cookies', 'diese website verwendet cookies', 'cookies akzeptieren', 'cookie-einstellungen',
  'utilizamos cookies', 'usamos cookies', 'este sitio (web )?utiliza cookies', 'aceptar cookies', 'política de cookies',
];

/** Share bars: their labels and the networks they list. */
export const SHARE_LABELS = [
  'share', 'share this', 'share this (article|story|page)', 'share on', 'tweet', 'email', 'print', 'copy link',
  'partager', 'partager cet article', 'partagez', 'teilen', 'artikel teilen', 'diesen artikel teilen',
  'compartir', 'comparte', 'compartir en',
];
export const SOCIAL_NETWORKS = [
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'email', 'e-mail', 'mail',
  'messenger', 'threads', 'bluesky', 'mastodon', 'flipboard', 'print', 'copy', 'copy link', 'sms', 'xing', 'tumblr',
];

/** Labels of ad slots. */
export const AD_LABELS = [
  'advertisement', 'advertising', 'advert', 'adverts', 'sponsored', 'ad', 'ads', 'sponsored content', 'paid content', 'partner content', 'publicité', 'publicite', 'annonce', 'anzeige', 'werbung',
  'publicidad', 'anuncio', 'story continues below advertisement', 'article continues below', 'continue reading below',
];

/** Comment sections. */
export const COMMENT_HEADINGS = [
  'comments?', '\\d+ comments?', 'leave a (comment|reply)', 'join the (discussion|conversation)', 'reader comments',
  'commentaires?', 'réagissez', 'laisser un commentaire', 'kommentare?', 'diskussion', 'kommentieren',
  'comentarios?', 'deja un comentario', 'deja tu comentario',
];

/** Tag lists ("Tags: Mali Russia Wagner"). */
export const TAG_LABELS = [
  'tags?', 'topics?', 'filed under', 'related topics', 'keywords', 'mots-clés', 'mots clés', 'thèmes?', 'sujets?',
  'schlagwörter', 'schlagworte', 'themen', 'etiquetas', 'temas',
];

/** Skip links. */
export const SKIP_LINK_PHRASES = [
  'skip to (main )?content', 'skip to navigation', 'skip navigation', 'jump to content', 'aller au contenu',
  'passer au contenu', 'aller au contenu principal', 'zum inhalt springen', 'zum hauptinhalt', 'direkt zum inhalt',
  'saltar al contenido', 'ir al contenido', 'ir al contenido principal',
];

/** What only a `u` pattern can say: property escapes (`\\p{L}`), code point escapes, characters beyond the BMP. */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

/**
 * A case-insensitive pattern, with the `u` flag only where its source needs it. V8 compiles an `iu` pattern
 * several times slower than an `i` one (it closes every letter over Unicode case folding), and the first
 * extraction on a page pays that for each phrase list it tests; `i` alone still folds é and É.
 */
export function caseInsensitivePattern(source: string, flags = ''): RegExp {
  return new RegExp(source, `${flags}i${NEEDS_UNICODE.test(source) ? 'u' : ''}`);
}

/**
 * A label is a short text: a pattern matching a whole text tries none longer than this. Such a pattern's trailing
 * run of spaces and marks can share characters with a `.{1,80}` in its phrases, and on a long run the engine
 * tries each of the 80 splits at each character; bounded, a megabyte of such text costs what a label does.
 */
export const MAX_LABEL_TEXT_LENGTH = 1000;
/** The start of a pattern matching a whole text: `^`, and at most MAX_LABEL_TEXT_LENGTH characters to the end. */
export const LABEL_TEXT_START = `^(?=[\\s\\S]{0,${MAX_LABEL_TEXT_LENGTH}}$)`;

/** Builds an anchored, case-insensitive pattern matching a whole (trimmed) text against one of `phrases`. */
export function wholePhrasePattern(phrases: readonly string[], trailing = '[\\s:.!?…»›>→-]*'): RegExp {
  return caseInsensitivePattern(`${LABEL_TEXT_START}\\s*(?:${phrases.join('|')})${trailing}$`);
}

/** Builds a case-insensitive pattern finding any of `phrases` inside a text. */
export function anyPhrasePattern(phrases: readonly string[]): RegExp {
  return caseInsensitivePattern(`(?:${phrases.join('|')})`);
}

/** Photo credit lines: "Photo: Jane Doe / AP", "Credit: ESA", "Foto: dpa", "Crédit photo : AFP", "Imagen: EFE". */
export const CREDIT_PREFIXES = [
  'photo', 'photos', 'photograph', 'photography', 'image', 'images', 'picture', 'pictures', 'illustration', 'graphic', 'video',
  'credit', 'credits', 'photo credit', 'image credit', 'source', 'crédit', 'crédits', 'crédit photo', 'photo d\'archives',
  'foto', 'fotos', 'bild', 'bildquelle', 'quelle', 'archivbild', 'imagen', 'fotografía', 'créditos', 'fuente',
];
export const CREDIT_AGENCIES = ['getty images', 'ap photo', 'afp', 'reuters', 'dpa', 'epa', 'shutterstock', 'istock', 'alamy', 'efe', 'associated press'];

/** Copyright and rights notices. */
export const COPYRIGHT_PHRASES = [
  '©', '\\(c\\) \\d{4}', 'copyright', 'all rights reserved', 'this (document|article|material|content) (is subject to|is protected by) copyright',
  'tous droits réservés', 'alle rechte vorbehalten', 'todos los derechos reservados', 'reproduction interdite',
];

/** Labels of gallery and player widgets left behind without their widget. */
export const WIDGET_LABELS = [
  'close', 'caption', 'hide caption', 'show caption', 'toggle caption', 'image', 'expand', 'enlarge', 'zoom', 'next', 'previous', 'prev',
  'play', 'pause', 'replay', 'loading', 'loading\\.\\.\\.', 'view gallery', 'open gallery', 'fullscreen', 'full screen', 'back to top', 'scroll to top',
  'fermer', 'suivant', 'précédent', 'agrandir', 'légende', 'schließen', 'weiter', 'zurück', 'vergrößern', 'bildunterschrift',
  'cerrar', 'siguiente', 'anterior', 'ampliar', 'cargando', 'this slideshow requires javascript\\.?',
  // Account links, "read more" buttons and player notices that lose their widget but keep their text.
  'sign in', 'log in', 'read more', 'enlarge (image|photo)', 'image copyright', 'media playback is unsupported on your device',
  'se connecter', 'connexion', 'lire la suite', 'anmelden', 'einloggen', 'weiterlesen', 'iniciar sesión', 'leer más', 'seguir leyendo',
];

/** First crumb of a breadcrumb trail. */
export const HOME_CRUMBS = ['home', 'homepage', 'start', 'accueil', 'startseite', 'inicio', 'início', 'portada', 'news'];

/** Promotions written into the body: "Click here to get the app", "Read more on X by clicking here". */
export const PROMO_PHRASES = [
  'click here', 'clicking here', 'tap here', 'download the .{1,30} app', 'get the .{1,30} app', 'follow us on',
  'cliquez ici', 'téléchargez l\'application', 'hier klicken', 'klicken sie hier', 'laden sie die app', 'haz clic aquí', 'pulsa aquí', 'descarga la app',
];

/** Headings of author bio boxes. */
export const AUTHOR_BIO_HEADINGS = [
  'about the author', 'about the authors', 'about the writer', 'author bio', 'à propos de l\'auteur', 'à propos de l\'autrice', 'l\'auteur',
  'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'sobre el autor', 'sobre la autora', 'acerca del autor',
];

/**
 * Headings of a page's list of sources or footnotes ("Sources", "Références", "Einzelnachweise", "Fuentes"...).
 * Two may be joined: "References and notes", "Sources et références".
 */
export const NOTES_HEADINGS = [
  'sources?', 'references?', 'notes?', 'footnotes?', 'endnotes?', 'sidenotes?', 'citations?', 'works cited', 'bibliography',
  'sources? and further reading', 'notes and references',
  'références', 'notes de bas de page', 'bibliographie', 'renvois',
  'quellen', 'quelle', 'quellenangaben?', 'einzelnachweise', 'anmerkungen', 'fußnoten', 'fussnoten', 'belege', 'literatur',
  'fuentes?', 'referencias', 'notas', 'notas al pie', 'bibliografía',
];

/** Headings or bold lead lines of an article's own list of implications or key points. */
export const IMPLICATION_HEADINGS = [
  'implications?( for .{1,80})?', '(the )?key (takeaways?|points|facts|findings)', 'takeaways?', 'main points',
  'what (it|this|that) means( for .{1,80})?', 'what does (it|this) mean( for .{1,80})?', 'why (it|this) matters',
  '(the )?bottom line', 'what\'s next', 'what comes next', 'what happens next', 'what to know', 'what you need to know',
  '(the )?big picture', 'at a glance', 'in brief', 'the essentials',
  'ce qu\'il faut retenir', 'à retenir', 'a retenir', '(les )?points clés', '(les )?principaux points', 'ce que (cela|ça) (signifie|change)',
  'pourquoi c\'est important', 'conséquences', 'l\'essentiel', 'en bref', 'et maintenant',
  'was das bedeutet( für .{1,80})?', 'was bedeutet das( für .{1,80})?', 'das wichtigste( in kürze)?', 'auswirkungen( auf .{1,80})?',
  'folgen', 'warum das wichtig ist', 'kernpunkte', 'die wichtigsten punkte', 'wie es weitergeht', 'fazit',
  '(lo )?que significa( para .{1,80})?', 'qué significa( para .{1,80})?', 'por qué (es importante|importa)', '(las )?claves',
  'puntos clave', 'implicaciones( para .{1,80})?', 'consecuencias', 'lo esencial', 'en resumen', 'qué sigue', 'lo que viene',
];

/** Labels of dateline and byline lines ("Published", "Mis à jour le", "Aktualisiert am", "Actualizado el", "By"). */
export const DATELINE_LABELS = [
  'published', 'updated', 'last updated', 'posted', 'first published', 'modified', 'on', 'at', 'by', 'written by', 'and',
  'publié', 'publié le', 'mis à jour', 'mis à jour le', 'modifié le', 'le', 'à', 'par', 'et',
  'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand', 'am', 'um', 'von', 'uhr', 'und',
  'publicado', 'publicado el', 'actualizado', 'actualizado el', 'el', 'a las', 'por', 'y', 'de',
];

/** Labels that open a credit line: "By Jane Doe", "Par Jane Doe", "Von Jane Doe", "Por Jane Doe". */
export const BYLINE_CREDIT_LABELS = ['by', 'written by', 'par', 'écrit par', 'von', 'geschrieben von', 'por', 'escrito por'];

/** Month and weekday names, full and abbreviated, in the four languages. */
export const MONTH_NAMES = [
  'jan(uary|\\.)?', 'feb(ruary|\\.)?', 'mar(ch|\\.)?', 'apr(il|\\.)?', 'may', 'june?', 'july?', 'aug(ust|\\.)?', 'sep(t(ember)?)?\\.?', 'oct(ober|\\.)?', 'nov(ember|\\.)?', 'dec(ember|\\.)?',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv\\.', 'févr\\.', 'juil\\.', 'sept\\.', 'oct\\.', 'déc\\.',
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
];
export const WEEKDAY_NAMES = [
  'mon(day)?', 'tue(s|sday)?', 'wed(nesday)?', 'thu(rs|rsday)?', 'fri(day)?', 'sat(urday)?', 'sun(day)?', 'today', 'yesterday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "aujourd'hui", 'hier',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'ayer',
];

/**
 * Reading times ("4 min read", "4 min de lecture", "Lesezeit: 4 Min.", "4 min de lectura"). A number opening a
 * phrase has at most four digits: `\d+` there is tried from each digit of a long run, and read the rest of the run
 * each time (quadratic). After a label, `\s*(?::\s*)?`: `\s*:?\s*` could share a run of spaces between its two
 * stars in as many ways as it has spaces.
 */
export const READING_TIME_PHRASES = [
  '\\d{1,4}\\s*(min(ute)?s?|mins?\\.?)\\s*(read|reading|reading time)', 'reading time:?\\s*\\d+\\s*min(ute)?s?\\.?', 'read time:?\\s*\\d+\\s*min(ute)?s?\\.?',
  '\\d{1,4}\\s*min(utes)?\\.?\\s*de lecture', '(temps de )?lecture\\s*(?::\\s*)?\\d+\\s*min(utes)?\\.?',
  'lesezeit:?\\s*(ca\\.\\s*)?\\d+\\s*min(uten|\\.)?', '\\d{1,4}\\s*min(uten|\\.)?\\s*lesezeit',
  '\\d{1,4}\\s*min(utos)?\\.?\\s*de lectura', '(tiempo de )?lectura:?\\s*\\d+\\s*min(utos|\\.)?',
];

/** Relative times ("3 hours ago", "il y a 3 heures", "vor 3 Stunden", "hace 3 horas", "just now"). A number opens as above. */
export const RELATIVE_TIME_PHRASES = [
  '(\\d{1,4}|an?|one)\\s*(s|sec(ond)?s?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\\s*ago', 'just now', 'moments? ago',
  'il y a\\s*\\d+\\s*(s|sec(ondes?)?|min(utes?)?|h|heures?|j|jours?|semaines?|mois|ans?)', "à l'instant",
  'vor\\s*\\d+\\s*(sek(unden)?|min(uten?)?|std\\.?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)', 'gerade eben',
  'hace\\s*\\d+\\s*(s|seg(undos?)?|min(utos?)?|h|horas?|d|días?|semanas?|mes(es)?|años?)', 'ahora mismo',
];

/** Reporting credits at the end of a wire story: "(Reporting by ...; Editing by ...)", "X contributed to this report." */
export const REPORTING_CREDIT_STARTS = [
  'reporting by', 'additional reporting by', 'writing by', 'editing by', 'edited by', 'compiled by',
  'avec (l\'?)?(afp|reuters|ap)', 'édité par', 'mitarbeit', 'mit material von', 'con información de', 'edición de', 'redacción de',
];
export const REPORTING_CREDIT_PHRASES = [
  'contributed (reporting|to this (report|story|article))', 'contributed additional reporting', 'a contribué à cet article', 'hat zu diesem bericht beigetragen', 'colaboró (en|con) (este|esta) (informe|nota)',
];

/** What follows the author's name in a closing tagline: "Jane Doe is a reporter for ...", "Jane Doe may be reached at ...". */
export const TAGLINE_VERBS = [
  'is', 'was', 'has been', 'covers', 'writes', 'reports', 'joined', 'lives', 'may be reached', 'can be reached',
  'est', 'était', 'couvre', 'écrit', 'ist', 'war', 'schreibt', 'berichtet', 'lebt', 'es', 'fue', 'escribe', 'cubre', 'vive',
];

/** How a company's boilerplate opens after its name: "Acme is a global provider ...", "Acme est un groupe ...". */
export const SELF_DESCRIPTION_OPENINGS = [
  'is (?:a|an|the|one of)', 'was founded', 'est (?:un|une|le|la|l\'|l’)', 'ist (?:ein|eine|der|die|das)', 'es (?:un|una|el|la)',
];

/** Headings of a company's boilerplate at the end of a press release: "About Acme", "À propos d'Acme", "Über Acme". */
export const ABOUT_LABELS = ['about', 'à propos de', 'à propos d\'', 'à propos d’', 'über', 'acerca de', 'sobre'];

/**
 * Openings of the sign-off lines that send the reader elsewhere once the story is over: "Follow Newsbeat on
 * Instagram", "Follow AP's full coverage of ... at", "Join our forums", "Like this story? Share it", "Reach the
 * reporters on Twitter at", "Note: comments are moderated".
 */
export const SIGN_OFF_STARTS = [
  'follow (?:us|\\S+(?: \\S+){0,3}) (?:on|at|via) ', 'follow .{1,40}\'s (?:full |complete |live )?coverage', 'join (?:us|our|the (?:conversation|discussion|debate))\\b',
  'like (?:this|the) (?:story|article|post)\\?', '(?:reach|contact) the (?:reporters?|authors?|writers?|newsroom) (?:on|at|via)\\b',
  'listen to .{1,40} (?:live|on|at)\\b', 'share (?:this|it) with', '(?:note: )?(?:we are (?:temporarily )?moderating|comments are (?:moderated|closed))',
  'suivez(?:-nous)? (?:\\S+ ){0,3}sur\\b', 'retrouvez(?:-nous)? (?:\\S+ ){0,3}sur\\b', 'rejoignez-nous\\b',
  'folgen sie (?:uns|\\S+(?: \\S+){0,3}) (?:auf|bei)\\b', 'diskutieren sie mit\\b',
  's[íi]guenos en\\b', 'sigue a .{1,40} en\\b', '[úu]nete a\\b',
];

/** What a sign-up pitch offers: a newsletter, something in the reader's inbox (not just an account to sign up for). */
export const NEWSLETTER_NOUNS = ['newsletter', 'inbox', 'mailing list', 'lettre d\'information', 'lettre d’information', 'infolettre', 'boletín', 'posteingang'];

/** Titles abbreviated before a name ("Mr. Trump", "Dr. Weber", "Mme. Dupont", "Sra. López"): no sentence ends there. */
export const NAME_TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev',
  'Mme', 'Mlle', 'Hr', 'Fr', 'Sra', 'Srta', 'Dra',
];

/** How a sentence opens when it turns the story ("But...", "Despite...", "Pourtant...", "Trotzdem...", "Sin embargo..."). */
export const TURN_OPENINGS = [
  'but', 'however', 'yet', 'still', 'despite', 'although', 'though', 'nevertheless', 'instead',
  'mais', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'malgré', 'en revanche',
  'aber', 'doch', 'jedoch', 'allerdings', 'trotz', 'trotzdem', 'dennoch',
  'pero', 'sin embargo', 'no obstante', 'a pesar de', 'pese a', 'aunque',
];
/** The same turn set inside the sentence: "The Taliban, however, claimed...". */
export const TURN_ASIDES = ['however', 'though', 'cependant', 'toutefois', 'pourtant', 'jedoch', 'allerdings', 'aber', 'sin embargo', 'no obstante'];
