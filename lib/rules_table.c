/*
 * The data of the built-in boilerplate rules: the names of the removal
 * reasons, the read-more phrases and the regular expression rules, in the
 * order they are tried.  The code that runs them is in rules.c.
 */
#include "rules.h"

/* As artstrip -v prints them; in the order of enum bp_reason. */
static const char *const reason_names[BP_NREASONS] = {
	"kept", "blank", "user", "repeated", "trailer", "share",
	"symbols", "readmore", "video", "photo", "audio", "liveblog",
	"cookie", "newsletter", "app", "tip", "social", "credit",
	"copyright", "source", "byline", "date", "tags", "embed", "ad",
	"subscribe", "comments", "nav", "meta"
};

const char *
bp_reason_name(enum bp_reason r)
{
	return (unsigned)r < BP_NREASONS ? reason_names[r] : "unknown";
}

#define PLATFORM "(instagram|twitter|x|facebook|tiktok|youtube|whatsapp|" \
	"linkedin|threads|bluesky|telegram|snapchat|mastodon|vimeo|spotify|soundcloud)"

/* One list for the pointers to more reading, so that a label, a whole
 * line and a line that points ahead know the same phrases. */
const struct rmphrase bp_readmore[] = {
	{ "lees", RM_ALL },
	{ "lees ook", RM_ALL },
	{ "lees ook hier", RM_ALL },
	{ "lees hier", RM_ALL },
	{ "lees hier ook", RM_ALL },
	{ "lees meer", RM_ALL },
	{ "lees verder", RM_ALL },
	{ "lees hier meer", RM_ALL },
	{ "lees het hele artikel", RM_ALL },
	{ "lees (ook|meer) (op|bij) [^ :]+", RM_ALL },
	{ "zie ook", RM_ALL },
	{ "ook interessant", RM_ALL },
	{ "ook lezen", RM_ALL },
	{ "ook leuk", RM_ALL },
	{ "ook gelezen", RM_ALL },
	{ "ook bekeken", RM_ALL },
	{ "meer lezen", RM_ALL },
	{ "meer over( dit onderwerp| dit nieuws| dit thema)?", RM_ALL },
	{ "meer hierover", RM_ALL },
	{ "meer nieuws", RM_ALL },
	{ "meer achtergrond", RM_ALL },
	{ "gerelateerd", RM_ALL },
	{ "gerelateerde (artikelen|berichten|verhalen|nieuws|links)", RM_ALL },
	{ "eerder verschenen", RM_ALL },
	{ "eerder (op|bij|in) [^ :]+", RM_ALL },
	{ "aanbevolen", RM_ALL },
	{ "aanbevolen artikelen", RM_ALL },
	{ "uitgelicht", RM_ALL },
	{ "tip van de redactie", RM_ALL },
	{ "leestip", RM_ALL },
	{ "leestips", RM_ALL },
	{ "read more", RM_ALL },
	{ "read also", RM_ALL },
	{ "also read", RM_ALL },
	{ "related", RM_ALL },
	{ "related (content|articles|stories|coverage|links|reading)", RM_ALL },
	{ "see also", RM_ALL },
	{ "more on this( story)?", RM_ALL },
	{ "more from [^:]{1,30}", RM_ALL },
	{ "more like this", RM_ALL },
	{ "recommended", RM_ALL },
	{ "recommended reading", RM_ALL },
	{ "read the (full|whole) (story|article)", RM_ALL },
	{ "must read", RM_ALL },
	/* a common word alone, or a section heading, is no pointer: only
	 * with a colon */
	{ "read", RM_LABEL },
	{ "in beeld", RM_LABEL },
	/* the rest of the article follows them, not a linked title */
	{ "continue reading", RM_LINE },
	{ "keep reading", RM_LINE },
	{ "meer (bekijken|lezen|zien|video's|foto's|nieuws)\\?", RM_LINE },
	{ "nog meer (bekijken|lezen|zien)\\?", RM_LINE },
	{ "meer weten over [^?]{1,60}\\?", RM_LINE },
	{ "wil je meer (weten|lezen|zien)( over [^?]{1,60})?\\?", RM_LINE },
	/* with a colon these are tags (the tags rule) */
	{ "tags", RM_LINE },
	{ "onderwerpen", RM_LINE },
	{ "trefwoorden", RM_LINE },
	{ "related topics", RM_LINE },
	{ "explore more on these topics", RM_LINE },
	/* pointers to video and audio: their reasons come from the video and
	 * audio rules, but they point ahead as the others do */
	{ "bekijk ook", RM_AHEAD },
	{ "kijk ook", RM_AHEAD },
	{ "luister ook", RM_AHEAD },
	{ "watch more", RM_AHEAD },
	{ NULL, 0 }
};

/* The word lists of the rules in rules.c. */

const char *const bp_second_person[] = {
	"je", "jij", "jou", "jouw", "u", "uw", "you", "your", NULL
};
const char *const bp_platforms[] = {
	"instagram", "twitter", "x", "facebook", "tiktok", "youtube", "whatsapp",
	"linkedin", "threads", "bluesky", "telegram", "snapchat", "mastodon", NULL
};

/* Verbs that open a pointer line, by what they point at. */
const char *const bp_verbs_view[] = {
	"bekijk", "kijk", "zie", "herbeleef", "bekijken", "kijken", "watch", "see",
	NULL
};
const char *const bp_verbs_listen[] = {
	"luister", "beluister", "luisteren", "listen", NULL
};
const char *const bp_verbs_read[] = { "lees", "read", NULL };
const char *const bp_verbs_follow[] = { "volg", "follow", NULL };

/* What pointer lines point at. */
const char *const bp_nouns_video[] = {
	"video", "video's", "videos", "videootje", "filmpje", "filmpjes",
	"beelden", "videobeelden", "camerabeelden", "dronebeelden", "reportage",
	"videoreportage", "uitzending", "uitzendingen", "aflevering",
	"afleveringen", "livestream", "stream", "fragment", "fragmenten", "clip",
	"clips", "footage", "highlights", "samenvatting", "documentaire",
	"compilatie", "vlog", "journaal", "tv-uitzending", "videoverslag",
	"live", "videos", NULL
};
const char *const bp_nouns_photo[] = {
	"foto's", "fotos", "foto", "fotoserie", "fotoreeks", "fotoalbum",
	"fotospecial", "fotoverslag", "galerij", "fotogalerij", "gallery",
	"photos", "pictures", "images", NULL
};
const char *const bp_nouns_audio[] = {
	"podcast", "podcasts", "podcastaflevering", "audio", "radio-uitzending",
	"radiofragment", "radio", "luisterverhaal", NULL
};
const char *const bp_nouns_liveblog[] = {
	"liveblog", "liveblogs", "live-blog", "blog", NULL
};
const char *const bp_nouns_text[] = {
	"artikel", "artikelen", "verhaal", "verhalen", "interview", "interviews",
	"analyse", "achtergrond", "achtergronden", "achtergrondverhaal",
	"column", "columns", "recensie", "reconstructie", "uitleg", "explainer",
	"dossier", "overzicht", "tijdlijn", "longread", "nieuwsoverzicht",
	"story", "stories", "article", "articles", "analysis", "coverage",
	"gesprek", NULL
};
/* Words that may follow a pointer verb in a line that says only "see
 * more", "read on", "listen here too". */
const char *const bp_pointer_adverbs[] = {
	"ook", "hier", "meer", "verder", "terug", "alles", "nu", "nog", "even",
	"dan", "hieronder", "hierboven", "onder", "more", "here", "also", "too",
	"now", "on", "again", "below", "above", "mee", NULL
};
const char *const bp_here_words[] = {
	"hier", "hieronder", "hierboven", "onderstaande", "bovenstaande",
	"below", "above", "beneath", "here", NULL
};

const char *const bp_agencies[] = {
	"anp", "afp", "ap", "epa", "efe", "reuters", "getty", "shutterstock",
	"istock", "istockphoto", "pexels", "unsplash", "pixabay", "belga", "dpa",
	"novum", "proshots", "imago", "alamy", "xinhua", "zuma", "sipa", "kippa",
	"hh", "nurphoto", "abaca", "sopa", "ritzau", "anadolu", "corbis",
	"eyevine", "soccrates", "sportida", "broederland", "bsr", "ansa", "aap",
	"kyodo", "yonhap", NULL
};
/* Name particles and joiners that may stand between capitalised names. */
const char *const bp_particles[] = {
	"van", "de", "der", "den", "het", "ten", "ter", "t", "von", "da", "di",
	"le", "la", "du", "des", "del", "el", "al", "bin", "ben", "op", "in",
	"en", "and", "via", "for", "voor", "s", "y", "e", "dos", "das", "do",
	NULL
};

const struct rerule bp_rerules[] = {
	/* labels: everything after them is the linked or credited item */
	{ BP_VIDEO, 1, LABEL("video|video's|videos|kijk|bekijk|watch|livestream|"
	    "beelden|videobeelden|camerabeelden|kijktip|tv-tip|bekijk (hier )?de "
	    "(video|beelden)|kijk hier|bekijk hier|zie hier|zie de (video|beelden)|"
	    "kijk ook|bekijk ook|watch more|watch again|watch live"), 0 },
	{ BP_AUDIO, 1, LABEL("luister|luister ook|luister hier|beluister|listen|"
	    "podcast|audio|luistertip|listen to this"), 0 },
	{ BP_PHOTO, 1, LABEL("foto|foto's|fotos|afbeelding|illustratie|fotografie|"
	    "fotograaf|bron foto|bron beeld|photo|photos|photograph|photographs|image|"
	    "images|picture|pictures|illustration|composite|screenshot|archieffoto|"
	    "archiefbeeld|(foto|beeld) ter illustratie|(foto|foto's|beeld) en "
	    "(tekst|video)|tekst en (foto|foto's|beeld)|credit|credits|fotocredit|"
	    "bijschrift|caption"), 0 },
	{ BP_PHOTO, 1, H "(image source|image caption|media caption|video caption|"
	    "getty images),( |$)", 0 },
	{ BP_READMORE, 1, NULL, RM_LABEL },
	{ BP_TAGS, 1, LABEL("tags|tag|onderwerpen|trefwoorden|trefwoord|topics|"
	    "related topics|gerelateerde onderwerpen|lees meer over|categorie|"
	    "categorieën|rubriek|keywords|explore more on these topics|more about"), 0 },
	{ BP_BYLINE, 1, LABEL("tekst|text|door|auteur|auteurs|author|authors|"
	    "redactie|eindredactie|verslaggever|words|written by|geschreven door|"
	    "samenstelling"), 0 },
	{ BP_BYLINE, 1, "^\\(?(reporting|additional reporting|writing|editing|"
	    "compiled|research|graphics|reporting and writing|written|edited|"
	    "with reporting|additional reporting) by ", 0 },
	{ BP_NEWSLETTER, 1, LABEL("privacy notice|nieuwsbrief|newsletter"), 0 },
	{ BP_SOURCE, 1, LABEL("our standards"), 0 },

	/* embeds: attributions and fallback texts of embedded posts */
	{ BP_EMBED, 1, "^(—|–|―|-|&mdash;) ?[^ ].{0,80}\\(@[a-z0-9_.-]{1,60}\\) "
	    ".{0,40}(19|20)[0-9][0-9]$", 0 },
	{ BP_EMBED, 1, "^(deze|dit|die|this|the|that) (inhoud|content|video|"
	    "video's|element|onderdeel|bericht|embed|tweet|post|media|artikel|"
	    "widget|kaart|grafiek|infographic|stemwijzer|poll|peiling|module|"
	    "pagina|podcast|audio|livestream|stream|uitzending|fragment|afbeelding|"
	    "foto|image|player|speler)( [^ ]+){0,4} (kan|kon|wordt|werd|is|can|"
	    "could|cannot|can't|isn't|won't|will|may)( (helaas|momenteel|hier|nu|"
	    "not|niet|no|longer|meer|langer|worden|be|nog|op|dit|moment|been))* "
	    "(weergegeven|getoond|geladen|afgespeeld|bekeken|beschikbaar|gevonden|"
	    "ondersteund|available|displayed|shown|loaded|played|found|supported)"
	    "[^ ]{0,2}( .{0,120})?$", 0 },
	{ BP_EMBED, 1, "^to (play|view|watch|see|use) this (video|content|media|"
	    "item|feature|player)", 0 },
	{ BP_EMBED, 1, "^(je|jouw|uw|your) browser (ondersteunt|does not support|"
	    "doesn't support|kan|can|heeft)", 0 },
	{ BP_EMBED, 1, "^.{0,60}javascript.{0,60}(inschakelen|ingeschakeld|"
	    "uitgeschakeld|aanzetten|nodig|vereist|enable|enabled|required|"
	    "disabled)[^ ]{0,2}( .{0,60})?$", 0 },

	/* site furniture, whole lines */
	{ BP_SHARE, 0, H "(deel|delen|share|deel dit artikel|deel dit bericht|"
	    "deel artikel|share this( article| story| page| post)?|share on|deel op|"
	    "delen op|deel via|delen via)( (via|op|on|met|with) " PLATFORM ")?"
	    "(( |, )(en |and |or |of )?" PLATFORM ")*" T, 0 },
	{ BP_SHARE, 0, H "(" PLATFORM "|e-?mail|mail|messenger|pinterest|reddit|"
	    "print|printen|afdrukken|kopieer( de)? link|kopieer|link kopi(e|ë)ren|"
	    "copy link|copy|gekopieerd|copied|sms|e-?mailen|mailen)" T, 0 },
	{ BP_AD, 0, H "(advertentie|advertenties|advertisement|ad|ads|reclame|"
	    "gesponsord|gesponsorde content|sponsored|sponsored content|promoted|"
	    "promoted content|partnercontent|partner content|advertorial|anzeige|"
	    "skip advertisement|skip ad|ad feedback|(het )?(artikel|verhaal|bericht) "
	    "gaat (hieronder )?verder (onder|na) (de|deze) (advertentie|reclame)|"
	    "lees verder (onder|na) (de|deze) (advertentie|reclame)|(the )?(story|"
	    "article) continues (below|after)( (the|this))?( advertisement)?|"
	    "advertisement continues below|continue reading( the main story| below)?)" T, 0 },
	{ BP_COOKIE, 0, H "(cookies?|cookies? (accepteren|toestaan|instellingen|"
	    "voorkeuren|wijzigen|aanpassen|beheren|settings|preferences|policy)|"
	    "(accepteer|accepteren|sta)( alle| de)? cookies( toe)?|alle cookies "
	    "accepteren|cookie-?instellingen( (wijzigen|aanpassen|beheren))?|"
	    "cookievoorkeuren( (wijzigen|aanpassen|beheren))?|(wijzig|pas) (je |uw )?"
	    "cookie-?(instellingen|voorkeuren)( aan)?|accept( all)? cookies|manage "
	    "(cookies|consent|preferences)|cookie (settings|preferences|policy|"
	    "notice)|cookiebeleid|cookieverklaring|privacyverklaring|privacybeleid|"
	    "privacy policy|privacy settings|privacy-instellingen|externe inhoud|"
	    "inhoud van derden|content van derden|laad (externe )?(inhoud|content)|"
	    "(inhoud|content) laden|toon (externe )?(inhoud|content)|load (external )?"
	    "content|show (external )?content|alles accepteren|accept all|reject all|"
	    "ga akkoord|ik ga akkoord)" T, 0 },
	{ BP_EMBED, 0, H "(tweet|tweets|instagram-?post|instagram-?bericht|"
	    "x-?bericht|x-?post|tiktok-?video|youtube-?video|embed|embedded content|"
	    "ingesloten inhoud|ingesloten content|social media-?bericht|(bericht|"
	    "post) (op|on) " PLATFORM "|(bekijk|bekijken|view|watch|zie|open|kijk|"
	    "lees|read)( meer| more| het| de| dit| deze| this| the)?( bericht| post| "
	    "tweet| video| foto| reel| photo)? (op|on|in) " PLATFORM "|(a post shared "
	    "by|een bericht gedeeld door|bericht gedeeld door|gedeeld door|een "
	    "bericht van|a video posted by|een video van) .{1,80}\\(@[^)]{1,60}\\)|"
	    "pic\\.twitter\\.com/[a-z0-9]+|https?://t\\.co/[a-z0-9]+)" T, 0 },
	{ BP_NEWSLETTER, 0, H "(nieuwsbrief|nieuwsbrieven|newsletter|newsletters|"
	    "de nieuwsbrief|onze nieuwsbrief|nieuwsbrief ontvangen|aanmelden "
	    "(voor )?(de |onze )?nieuwsbrief|newsletter sign-?up|sign up|sign up for "
	    "free|after newsletter promotion|skip past newsletter promotion|gratis "
	    "nieuwsbrief|ontvang (de|onze) nieuwsbrief)" T, 0 },
	{ BP_SUBSCRIBE, 0, H "(word abonnee|neem een abonnement|abonneer( je)?( nu| "
	    "hier)?|abonneren|al abonnee\\?( log in| inloggen)?|(log|meld) (je |u )?"
	    "(hier )?(in|aan)|inloggen|login|registreer( je)?( gratis| nu)?|"
	    "registreren|account aanmaken|maak een account aan|probeer (gratis|nu|"
	    "een maand)|gratis proberen|steun ons|steun onze journalistiek|doneer|"
	    "doneren|subscribe( now)?|sign in|log in to continue|become a (member|"
	    "subscriber|supporter)|support us|support the guardian|donate|premium|"
	    "plus|exclusief voor abonnees|alleen voor abonnees|voor abonnees|for "
	    "subscribers|subscribers? only|dit artikel is exclusief voor abonnees|"
	    "plusartikel|premium artikel)" T, 0 },
	{ BP_SOCIAL, 0, H "(volg|follow|like|vind)( ons| nos| nu\\.nl| de redactie| "
	    "[^ ]{1,30})?( ook| nu| hier)? (op|on|via) " PLATFORM "(( |, )(en |and |"
	    "or |of )?" PLATFORM ")*|(word lid van|join|abonneer je op|volg) (ons|"
	    "onze|het|our) (whatsapp|telegram|nos)[- ]?(kanaal|channel|groep|group|"
	    "community))" T, 0 },
	{ BP_COMMENTS, 0, H "([0-9]+ (reacties|reactie|comments?)|reageer( op dit "
	    "artikel| hier| mee)?|bekijk (de |alle )?reacties|lees (de |alle )?"
	    "reacties|toon reacties|comments|view comments|show comments|join the "
	    "conversation|plaats een reactie|reactie plaatsen|schrijf een reactie|"
	    "praat mee|discussieer mee|reacties zijn gesloten|comments are closed)" T, 0 },
	{ BP_NAV, 0, H "(terug naar boven|naar boven|back to top|scroll to top|menu|"
	    "open menu|sluit menu|hoofdmenu|home|homepage|zoeken|search|meer laden|"
	    "laad meer|toon meer|show more|load more|lees minder|show less|toon "
	    "minder|uitklappen|inklappen|sluiten|close|volgende artikel|vorige "
	    "artikel|volgend artikel|vorig artikel|next article|previous article|"
	    "next story|previous story|skip to (main )?content|ga (direct )?naar "
	    "(de )?(hoofd)?inhoud|naar (de )?(hoofd)?inhoud|klik hier|click here|"
	    "tap here|ga naar (de )?(homepage|voorpagina)|naar de (homepage|"
	    "voorpagina)|reuse this content|most viewed|most read|meest gelezen|meest "
	    "bekeken|top stories|elsewhere on the bbc|kopieer url|print dit artikel|"
	    "artikel printen|stuur door|doorsturen|e-?mail dit artikel|mail dit "
	    "artikel|tekstgrootte|lettergrootte)" T, 0 },
	{ BP_META, 0, "^(leestijd|reading time|lees ?tijd|read time) ?:? ?(ca\\. |"
	    "circa |ongeveer )?[0-9]+ ?(min\\.?|minuten|minuut|minutes|minute|mins)$", 0 },
	{ BP_META, 0, "^[0-9]+ ?(min\\.?|minuten|minuut|minutes|minute|mins) "
	    "(leestijd|lezen|read|reading time)$", 0 },
	{ BP_READMORE, 0, NULL, RM_LINE },
	{ BP_BYLINE, 0, "^(door|van) (onze|een|de) (eigen )?([a-z]*correspondente?|"
	    "verslaggever|verslaggeefster|[a-z]*redactie|redacteur|redactrice|"
	    "medewerker|medewerkster|reporter|journalist)( [^.!?]{1,60})?$", 0 },
	{ BP_PHOTO, 0, H "(foto|foto's|fotos|archieffoto|archiefbeeld|"
	    "illustratiefoto|illustratie|(foto|beeld) ter (illustratie|archief)|"
	    "ter illustratie|stockfoto|stockbeeld|fotoserie|fotoreeks|fotospecial|"
	    "bekijk (de |alle )?foto's|bekijk de (fotoserie|fotoreeks)|image|photo|"
	    "photos|picture|gallery|galerij|fotogalerij|afbeelding|afbeeldingen|"
	    "vergroot( afbeelding)?|enlarge( image| this image)?|open afbeelding|"
	    "bekijk afbeelding)" T, 0 },
	{ BP_VIDEO, 0, H "(video|video's|videos|videoplayer|video player|afspelen|"
	    "video afspelen|speel (de )?video af|speel af|play|play video|pause|"
	    "watch video|watch|bekijk video|bekijk de video|bekijk hier de video|"
	    "bekijk de beelden|bekijk hier de beelden|naar de video|live|livestream|"
	    "kijk live|bekijk live|kijk live mee|kijk mee|nu live|embedded video|"
	    "video niet beschikbaar|video is niet beschikbaar|geluid aan|unmute|mute|"
	    "meer video's|meer video|more videos|bekijk meer video's|"
	    "volledig scherm|fullscreen|full screen|[0-9]{1,2}:[0-9]{2} min)" T, 0 },
	{ BP_AUDIO, 0, H "(luister|luisteren|listen|audio|podcast|audio afspelen|"
	    "play audio|listen to this article|listen to this story|luister naar "
	    "dit artikel|beluister dit artikel|dit artikel (voorlezen|beluisteren|"
	    "luisteren)|lees voor|laat dit artikel voorlezen|voorlezen|luister de "
	    "podcast|beluister de podcast|luister hier|beluister hier|luister naar "
	    "de podcast|luister ook)" T, 0 },
};


const size_t bp_nrerules = sizeof bp_rerules / sizeof bp_rerules[0];
