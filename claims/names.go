package claims

import (
	"strings"
	"unicode"

	"github.com/adrg/strutil/metrics"
)

// honorifics are courtesy titles: stripped from names, never reported as roles.
var honorifics = wordSet("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam", "madame",
	"prof", "professor", "rev", "reverend", "hon", "honourable", "honorable", "rt", "right", "st", "messrs", "mme", "mlle",
	"m", "herr", "frau", "señor", "senor", "sra", "sr", "jr")

// titleWords are office and rank titles that stand before a name; they are
// stripped from the name and read as roles ("President X", "Cpl. Y").
var titleWords = wordSet("president", "vice-president", "premier", "chancellor", "minister", "secretary", "speaker",
	"senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
	"judge", "justice", "magistrate", "attorney", "prosecutor", "sheriff", "undersheriff", "deputy",
	"gen", "general", "col", "colonel", "capt", "captain", "cpl", "corporal", "sgt", "sergeant", "lt", "lieutenant",
	"maj", "major", "adm", "admiral", "cmdr", "commander", "officer", "detective", "det", "inspector", "insp",
	"superintendent", "supt", "constable", "pc", "chief", "commissioner", "ambassador", "councillor", "cllr",
	"alderman", "coach", "king", "queen", "prince", "princess", "pope", "archbishop", "bishop", "cardinal",
	"father", "rabbi", "imam", "sheikh", "emir", "sultan", "ayatollah", "baroness", "baron", "earl", "duke",
	"duchess", "count", "countess", "viscount", "mp", "mep", "msp", "leader", "chairman", "chairwoman", "chair",
	"editor", "correspondent", "spokesman", "spokeswoman", "spokesperson", "trooper", "marshal", "agent",
	"pastor", "private", "pvt", "ceo", "director", "dean", "principal", "mayor-elect", "president-elect")

// multiTitles are titles of several words, matched before the single-word ones.
var multiTitles = [][]string{
	{"prime", "minister"}, {"first", "minister"}, {"deputy", "prime", "minister"}, {"foreign", "secretary"},
	{"home", "secretary"}, {"health", "secretary"}, {"culture", "secretary"}, {"defence", "secretary"},
	{"defense", "secretary"}, {"business", "secretary"}, {"education", "secretary"}, {"justice", "secretary"},
	{"secretary", "of", "state"}, {"attorney", "general"}, {"chief", "executive"}, {"chief", "justice"},
	{"lord", "speaker"}, {"commons", "speaker"}, {"house", "speaker"}, {"lord", "chancellor"},
	{"the", "honourable"}, {"the", "honorable"}, {"right", "honourable"}, {"rt", "hon"},
}

// countryPrefixes are country names and adjectives dropped from an institution's key
// ("UK Parliament", "British Parliament" → "parliament").
var countryPrefixes = wordSet("uk", "u.k", "u.k.", "british", "britain's", "us", "u.s", "u.s.", "american", "america's",
	"united", "states", "kingdom", "english", "scottish", "welsh", "irish", "french", "german", "chinese", "indian",
	"australian", "canadian", "greek", "iranian", "indonesian", "japanese", "russian", "italian", "spanish",
	"european", "eu", "new", "zealand", "zealand's", "national", "federal", "state")

// institutionWords head organisation names whose country prefix is redundant within one report.
var institutionWords = wordSet("parliament", "government", "senate", "congress", "commons", "lords", "house",
	"army", "navy", "police", "cabinet", "treasury", "embassy", "supreme", "court", "parliament's", "government's",
	"assembly", "ministry", "department", "administration", "military", "coastguard", "coast")

// orgWords mark a capitalised sequence as an organisation.
var orgWords = wordSet("parliament", "government", "senate", "congress", "commons", "lords", "house", "committee",
	"party", "council", "ministry", "department", "agency", "authority", "commission", "office", "bank", "company",
	"corporation", "corp", "inc", "ltd", "plc", "llc", "group", "association", "union", "university", "college",
	"school", "institute", "foundation", "society", "police", "army", "navy", "court", "board", "service", "services",
	"news", "times", "post", "press", "herald", "journal", "reporter", "telegraph", "guardian", "tribune", "network",
	"channel", "tv", "radio", "club", "fc", "team", "academy", "federation", "league", "organisation",
	"organization", "administration", "cabinet", "treasury", "hospital", "church", "airlines", "airways", "systems",
	"technologies", "technology", "financial", "media", "studios", "pictures", "records", "foundation", "trust",
	"fund", "centre", "center", "museum", "force", "forces", "guard", "coastguard", "brigade", "squad")

// placeWords mark a capitalised sequence as a place.
var placeWords = wordSet("street", "road", "avenue", "square", "city", "county", "province", "state", "island",
	"islands", "mountain", "mount", "lake", "river", "valley", "bay", "gulf", "sea", "ocean", "region", "district",
	"park", "hills", "beach", "coast", "north", "south", "east", "west", "rue", "strait")

// knownPlaces are a few common countries and cities, so one-word places are not taken for people.
var knownPlaces = wordSet("uk", "britain", "england", "scotland", "wales", "ireland", "london", "us", "usa", "america",
	"china", "beijing", "india", "iran", "russia", "moscow", "ukraine", "kyiv", "kiev", "france", "paris", "germany",
	"berlin", "italy", "rome", "spain", "madrid", "greece", "athens", "japan", "tokyo", "australia", "canada",
	"indonesia", "jakarta", "europe", "asia", "africa", "brussels", "washington", "california", "texas",
	"new york", "oklahoma", "michigan", "israel", "gaza", "syria", "iraq", "afghanistan", "pakistan", "turkey",
	"egypt", "nigeria", "kenya", "brazil", "mexico", "xinjiang", "hong kong", "taiwan", "korea", "somalia",
	"yemen", "new zealand", "wellington", "auckland", "sydney", "melbourne", "dublin", "edinburgh", "cardiff")

// demonyms are nationality adjectives; alone they are not entities.
var demonyms = wordSet("british", "american", "chinese", "english", "scottish", "welsh", "irish", "french", "german",
	"indian", "australian", "canadian", "greek", "iranian", "indonesian", "japanese", "russian", "italian",
	"spanish", "european", "african", "asian", "israeli", "palestinian", "ukrainian", "korean", "mexican",
	"brazilian", "turkish", "egyptian", "somali", "pakistani", "afghan", "iraqi", "syrian", "western", "eastern",
	"tory", "tories", "conservative", "labour", "democrat", "democrats", "republican", "republicans", "liberal",
	"muslim", "christian", "jewish", "catholic", "islamic", "arab", "kiwi")

// calendarWords are capitalised but never entities.
var calendarWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"christmas", "easter", "i", "am", "pm", "a.m", "p.m", "ok", "tv")

// wordSet builds a read-only lookup table.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// nameTokens splits a name into words, folded to lower case, without dots and possessive endings.
func nameTokens(name string) []string {
	f := Fold(name)
	fields := strings.FieldsFunc(f, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' || r == '.' || r == '&')
	})
	out := fields[:0]
	for _, w := range fields {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		w = strings.Trim(w, ".-'")
		if w == "" {
			continue
		}
		if strings.Count(w, ".") > 0 && len(w) <= 6 {
			w = strings.ReplaceAll(w, ".", "") // U.S. → us, Cpl. → cpl
		}
		out = append(out, w)
	}
	return out
}

// stripTitles removes leading honorifics and titles from folded name tokens,
// keeping at least one token.
func stripTitles(toks []string) []string {
	for len(toks) > 1 {
		if n := multiTitleLen(toks); n > 0 && n < len(toks) {
			toks = toks[n:]
			continue
		}
		if honorifics[toks[0]] || titleWords[toks[0]] || toks[0] == "the" {
			toks = toks[1:]
			continue
		}
		break
	}
	return toks
}

// multiTitleLen returns the length of a multi-word title at the start of toks, or 0.
func multiTitleLen(toks []string) int {
	best := 0
	for _, t := range multiTitles {
		if len(t) <= len(toks) && len(t) > best {
			ok := true
			for i, w := range t {
				if toks[i] != w {
					ok = false
					break
				}
			}
			if ok {
				best = len(t)
			}
		}
	}
	return best
}

// stripCountry drops country prefixes when what remains is an institution.
func stripCountry(toks []string) []string {
	i := 0
	for i < len(toks)-1 && countryPrefixes[toks[i]] {
		i++
	}
	if i > 0 && institutionWords[toks[len(toks)-1]] {
		return toks[i:]
	}
	if i > 0 && i < len(toks) && institutionWords[toks[i]] {
		return toks[i:]
	}
	return toks
}

// EntityKey returns the comparison key of a name: folded, titles, honorifics,
// possessives and redundant country prefixes of institutions removed.
//
// "Sir Iain Duncan Smith" → "iain duncan smith"; "UK Parliament" → "parliament".
func EntityKey(name string) string {
	toks := nameTokens(name)
	if len(toks) == 0 {
		return ""
	}
	toks = stripTitles(toks)
	toks = stripCountry(toks)
	return strings.Join(toks, " ")
}

// SameEntity reports whether two names denote the same person or organisation:
// equal keys, a surname or first name alone against the full name, or a
// spelling variant of a full personal name that shares its other name.
//
// Single words are linked by spelling only when identical, so "Somani" and
// "Somali" stay apart; a variant needs two names of two or more words each.
func SameEntity(a, b string) bool {
	return sameKeys(EntityKey(a), EntityKey(b))
}

// sameKeys is SameEntity on two names already passed through EntityKey, so loops over a
// document's entities fold and strip each name once rather than at every comparison.
func sameKeys(ka, kb string) bool {
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	ta, tb := strings.Fields(ka), strings.Fields(kb)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 1 && len(tb) >= 2 {
		// Surname alone ("Smith") or first name alone ("Iain", from "Sir Iain").
		if len(ta[0]) < 2 || stopWords[ta[0]] || orgWords[tb[len(tb)-1]] {
			return false
		}
		return ta[0] == tb[len(tb)-1] || ta[0] == tb[0]
	}
	if len(ta) >= 2 && len(tb) > len(ta) && hasSuffix(tb, ta) && !orgWords[ta[len(ta)-1]] {
		return true // "Duncan Smith" of "Iain Duncan Smith"
	}
	if len(ta) >= 2 && len(ta) == len(tb) && looksPersonal(ta) && looksPersonal(tb) {
		return variantName(ta, tb)
	}
	if len(ta) == 2 && len(tb) > 2 && ta[0] == tb[0] && ta[1] == tb[len(tb)-1] && looksPersonal(ta) && looksPersonal(tb) {
		return true // "Christopher Simpson" of "Christopher Kenyon Simpson": a middle name left out
	}
	return false
}

// hasSuffix reports whether long ends with the words of short.
func hasSuffix(long, short []string) bool {
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// looksPersonal reports whether name words could be a personal name (no organisation or place words).
func looksPersonal(toks []string) bool {
	for _, w := range toks {
		if orgWords[w] || placeWords[w] || knownPlaces[w] || demonyms[w] {
			return false
		}
	}
	return true
}

// variantName links two personal names of equal length that differ by spelling in one word only,
// with the other words equal (or an initial matching a name).
func variantName(a, b []string) bool {
	jw := metrics.NewJaroWinkler()
	jw.CaseSensitive = false
	diff := 0
	for i := range a {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if (len(x) == 1 && strings.HasPrefix(y, x)) || (len(y) == 1 && strings.HasPrefix(x, y)) {
			continue
		}
		diff++
		if diff > 1 || len(x) < 4 || len(y) < 4 || jw.Compare(x, y) < 0.88 {
			return false
		}
	}
	return true
}

// IsTitle reports whether a word is a courtesy title or an office title
// that stands before a name ("Mr", "President", "King"), not a first name.
func IsTitle(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	return honorifics[l] || titleWords[l]
}

// IsDictionaryWord reports whether a word, lower-cased, is a form the
// embedded English dictionary knows: a capitalised word that is one
// ("State", "Three") is rarely a respelt name.
func IsDictionaryWord(w string) bool { return isDictWord(w) }
