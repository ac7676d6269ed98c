/**
 * The words news prose credits a quotation with, in the seven languages the name matcher knows: verbs of
 * saying in the forms reporters write (past and present, participles and gerunds, the genders of Slavic
 * past tenses) and the prepositions of "according to". Compared with normalised words (lowercase, straight
 * apostrophe), one word at a time: multi-word markers are listed by the word that carries the meaning
 * ("according", "словам" of "по словам", "après" of "d'après"; French and Spanish compound tenses by their
 * participle: "a déclaré", "ha dicho").
 */

const VERBS: Record<string, string> = {
  en:
    'say says said saying tell tells told telling state states stated stating declare declares declared declaring ' +
    'add adds added adding write writes wrote writing post posts posted posting tweet tweets tweeted tweeting ' +
    'warn warns warned warning insist insists insisted insisting remark remarks remarked remarking note notes noted ' +
    'noting argue argues argued arguing claim claims claimed claiming comment comments commented commenting explain ' +
    'explains explained explaining assert asserts asserted asserting reply replies replied replying respond responds ' +
    'responded responding announce announces announced announcing stress stresses stressed stressing emphasise ' +
    'emphasised emphasize emphasizes emphasized emphasizing promise promises promised promising vow vowed pledge ' +
    'pledged describe describes described describing quote quotes quoted quoting according',
  uk:
    'сказав сказала сказали каже кажуть заявив заявила заявили заявляє заявляють наголосив наголосила наголошує ' +
    'зазначив зазначила зазначає написав написала написали пише додав додала додає повідомив повідомила повідомляє ' +
    'підкреслив підкреслила підкреслює відповів відповіла попередив попередила говорить сказано словами запевнив ' +
    'пообіцяв стверджує заявивши наголосивши',
  ru:
    'сказал сказала сказали говорит говорят заявил заявила заявили заявляет заявляют отметил отметила отмечает ' +
    'подчеркнул подчеркнула подчеркивает написал написала написали пишет добавил добавила добавляет сообщил ' +
    'сообщила сообщает ответил ответила предупредил предупредила утверждает словам заверил пообещал заявив',
  de:
    'sagte sagt sagten sagen gesagt erklärte erklärt erklärten schrieb schreibt geschrieben betonte betont warnte ' +
    'warnt meinte meint fügte äußerte äußert behauptete behauptet laut zufolge versprach versicherte kommentierte ' +
    'twitterte postete antwortete',
  fr:
    'déclaré déclare déclarait dit dire affirmé affirme affirmait écrit écrivait ajouté ajoute souligné souligne ' +
    'estimé estime averti avertit prévenu lancé répondu selon après martelé martèle assuré assure promis indiqué ' +
    'indique expliqué explique insisté insiste tweeté',
  es:
    'dijo dice dicho decir afirmó afirma afirmado declaró declara declarado aseguró asegura asegurado escribió ' +
    'escribe escrito señaló señala añadió añade según advirtió advierte sostuvo subrayó explicó indicó prometió ' +
    'insistió manifestó publicó tuiteó',
  pl:
    'powiedział powiedziała powiedzieli mówi mówił mówiła stwierdził stwierdziła stwierdza oświadczył oświadczyła ' +
    'napisał napisała pisze dodał dodała dodaje podkreślił podkreśliła podkreśla ostrzegł ostrzegła zaznaczył ' +
    'zaznaczyła według zdaniem twierdzi ocenił oceniła przekonywał zapewnił zapewniła obiecał wpisie',
};

/** Third-person pronouns a speech verb may take instead of a name ("…,” he said). */
const PRONOUNS = 'he she they er sie il elle él ella він вона вони он она они on ona oni';

/** Words that may stand between a quotation and its speaker without breaking the link ("… that", "has said"). */
const LINKS =
  'that has had have was were is are the a an as who also then later again once first ' +
  'dass hat habe hatte hätte so auch noch dann später ' +
  'que qu a t ai avait aussi encore alors ensuite puis ' +
  'también ha había luego después entonces ' +
  'że jak jak też również potem także ' +
  'що як і й та також теж потім ' +
  'что как и а также тоже потом затем';

/** Words before a name that make it a place of publication ("on X", "в X") rather than a speaker. */
const MEDIUM_PREPOSITIONS = 'on in via auf im bei sur dans en na w we в у на через dla';

/**
 * Words before a name that make it the one spoken to or about ("told Lavrov", "à Lavrov", "gegenüber der BBC",
 * "critics of Putin", "про Путіна"): the name is an object, not the speaker.
 */
const RECIPIENT_WORDS =
  'told tells telling to with of about against for versus gegenüber mit von über gegen für à au de contre pour ' +
  'sur a con sobre contra para z ze o wobec przeciw dla до з про проти для с со о об про против для';

/** Words of "according to X" (the speaker follows them). */
const ACCORDING = 'according словами словам laut selon après según według zdaniem zufolge';

const toSet = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs of saying and "according to" words, all languages together. */
export const SPEECH_WORDS: ReadonlySet<string> = toSet(Object.values(VERBS).join(' '));
/** Third-person pronouns. */
export const PRONOUN_WORDS: ReadonlySet<string> = toSet(PRONOUNS);
/** Short words that may sit between a quotation, its verb and its speaker. */
export const LINK_WORDS: ReadonlySet<string> = toSet(LINKS);
/** Prepositions that mark a publication ("on X"). */
export const MEDIUM_WORDS: ReadonlySet<string> = toSet(MEDIUM_PREPOSITIONS);
/** Words that mark the one spoken to. */
export const RECIPIENT_MARKERS: ReadonlySet<string> = toSet(RECIPIENT_WORDS);
/** Words of "according to": a name after them is the speaker. */
export const ACCORDING_WORDS: ReadonlySet<string> = toSet(ACCORDING);
