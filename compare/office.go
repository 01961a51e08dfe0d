package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The office ontology: which two descriptions of one person's position, at
// one time, cannot both be true. It is small and reviewed, in four parts:
//
//   - a deputy and the office it deputises (chair / vice-chair, president /
//     vice president, prime minister / deputy prime minister): exclusive;
//   - one office with different ordinals (first / second secretary): exclusive;
//   - two rungs of one rank ladder (sergeant / inspector, lieutenant /
//     colonel): exclusive;
//   - a few pairs of offices one person does not hold together in one event
//     (captain / coach, prosecutor / defence attorney, judge / prosecutor).
//
// Everything else is independent or a refinement ("minister" / "junior
// minister", "inspector" / "detective inspector", "CEO" / "chairman"):
// complementary, never a discrepancy. A role marked for another time
// ("former", "ex-", "then-", "outgoing", "-elect") never conflicts with a
// current one; "acting", "interim" and "caretaker" hold the office itself.
// WordNet's synonym sets (the embedded lexicon) decide when two words name
// one office ("chairman" / "chair") before the ontology is asked.

// timeMarks put a role at another time than the report's.
var timeMarks = map[string]bool{"former": true, "ex": true, "then": true, "outgoing": true, "incoming": true,
	"elect": true, "designate": true, "future": true, "late": true, "previous": true, "onetime": true, "erstwhile": true,
	"retired": true}

// holdMarks hold an office for now without changing which office it is.
var holdMarks = map[string]bool{"acting": true, "interim": true, "caretaker": true, "temporary": true}

// deputyMarks make an office its deputy.
var deputyMarks = map[string]bool{"deputy": true, "vice": true, "assistant": true, "under": true, "sub": true,
	"associate": true}

// ordinals number offices of one kind.
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
	"4th": 4, "fifth": 5, "5th": 5}

// rankLadders are ordered ranks of one service; two rungs of one ladder
// exclude each other for one officer.
var rankLadders = [][]string{
	{"private", "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "brigadier", "general"},
	{"constable", "sergeant", "inspector", "superintendent", "commander", "commissioner"},
	{"ensign", "lieutenant", "commander", "captain", "commodore", "admiral"},
}

// exclusiveOffices are pairs of offices one person does not hold together
// in one event.
var exclusiveOffices = [][2]string{
	{"captain", "coach"}, {"captain", "manager"}, {"player", "coach"}, {"player", "manager"},
	// "district attorney" and "prosecuting attorney" are prosecutors: only
	// the defence side excludes the prosecution.
	{"prosecutor", "defence"}, {"prosecuting", "defence"}, {"judge", "prosecutor"}, {"judge", "defence"}, {"judge", "juror"}, {"plaintiff", "defendant"}, {"pilot", "passenger"},
	{"ceo", "cfo"}, {"ceo", "coo"}, {"cfo", "coo"}, {"goalkeeper", "striker"},
}

// officeSynonyms fold common spellings of one office.
var officeSynonyms = map[string]string{"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"defense": "defence", "lawyer": "attorney", "counsel": "attorney", "skipper": "captain", "boss": "manager",
	"lt": "lieutenant", "sgt": "sergeant", "insp": "inspector", "supt": "superintendent", "cmdr": "commander",
	"capt": "captain", "col": "colonel", "gen": "general", "maj": "major", "cpl": "corporal", "pc": "constable"}

// office is a role read for the ontology.
type office struct {
	words  []string // folded words, marks removed
	time   bool     // marked for another time
	deputy bool
	ord    int
}

// readOffice splits a role into its words and marks: "then-vice-chair" →
// chair, deputy, another time.
func readOffice(role string) office {
	var o office
words:
	for _, w := range strings.FieldsFunc(strings.ToLower(claims.Fold(role)), func(r rune) bool {
		return r == ' ' || r == '-' || r == '/' || r == ','
	}) {
		w = strings.Trim(w, ".'’\"()")
		if syn, ok := officeSynonyms[w]; ok {
			w = syn
		}
		if w == "of" || w == "for" || w == "at" || w == "with" {
			break words // the body the office belongs to ("chair of the committee") follows
		}
		switch {
		case w == "" || roleFillerWord(w):
		case timeMarks[w]:
			o.time = true
		case holdMarks[w]:
		case deputyMarks[w]:
			o.deputy = true
		case ordinals[w] > 0:
			o.ord = ordinals[w]
		default:
			o.words = append(o.words, w)
		}
	}
	return o
}

// roleFillerWord reports articles and possessives that say nothing of the office.
func roleFillerWord(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "of", "for", "and", "in", "at", "on", "to":
		return true
	}
	return false
}

// head is an office's last word, the noun it names ("prime minister" → minister).
func (o office) head() string {
	if len(o.words) == 0 {
		return ""
	}
	return o.words[len(o.words)-1]
}

// sameOffice reports whether two heads name one office, as words or as one
// WordNet synonym set.
func sameOffice(a, b string) bool {
	return a == b || claims.Related(a, b) && claims.Lemma(a) != "" && !rungsOfLadder(a, b)
}

// rungsOfLadder reports whether two different words are rungs of one rank ladder.
func rungsOfLadder(a, b string) bool {
	if a == b {
		return false
	}
	for _, l := range rankLadders {
		ia, ib := -1, -1
		for i, r := range l {
			if r == a {
				ia = i
			}
			if r == b {
				ib = i
			}
		}
		if ia >= 0 && ib >= 0 {
			return true
		}
	}
	return false
}

// roleConflict reports whether two descriptions of one person's position
// cannot both be true at one time, and why (see the ontology above).
func roleConflict(a, b string) (string, bool) {
	oa, ob := readOffice(a), readOffice(b)
	if oa.time || ob.time {
		return "", false // another time: "former chair" and "vice-chair" can both be true
	}
	ha, hb := oa.head(), ob.head()
	if ha == "" || hb == "" {
		return "", false
	}
	for _, p := range exclusiveOffices {
		if has(oa.words, p[0]) && has(ob.words, p[1]) || has(oa.words, p[1]) && has(ob.words, p[0]) {
			return fmt.Sprintf("%q and %q: offices one person does not hold together", a, b), true
		}
	}
	if sameOffice(ha, hb) {
		switch {
		case oa.deputy != ob.deputy && sameModifiers(oa, ob):
			return fmt.Sprintf("%q and %q: an office and its deputy are held by different people", a, b), true
		case oa.ord > 0 && ob.ord > 0 && oa.ord != ob.ord:
			return fmt.Sprintf("%q and %q: different ordinals of one office", a, b), true
		}
		return "", false
	}
	// Two rungs with the same other words ("police inspector" / "police
	// sergeant", "detective sergeant" / "detective inspector") are two ranks
	// of one service; other words that differ may name another service.
	if rungsOfLadder(ha, hb) && sameModifiers(oa, ob) {
		return fmt.Sprintf("%q and %q: two ranks of one service", a, b), true
	}
	return "", false
}

// sameModifiers reports whether two offices with one head share their other
// words, or one has none: "deputy prime minister" / "prime minister" are
// deputy and office, "deputy minister" / "foreign minister" may not be.
func sameModifiers(a, b office) bool {
	ma, mb := a.words[:len(a.words)-1], b.words[:len(b.words)-1]
	if len(ma) == 0 || len(mb) == 0 {
		return len(ma) == len(mb)
	}
	for _, w := range ma {
		if !has(mb, w) {
			return false
		}
	}
	return len(ma) == len(mb)
}

// has reports whether ws holds w.
func has(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
