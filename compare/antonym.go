package compare

import (
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
)

// antonymPairs is a reviewed list of opposite lemmas that news reports use
// about one fact: report verbs (confirm/deny, accept/reject), outcomes
// (win/lose, rise/fall), states (open/closed, alive/dead) and the light
// verbs and adverbs the content-word test skips (come/go, always/never).
// Each line is one pair; a word may have several opposites. WordNet's
// antonym relation is not in the embedded lexicon (it keeps synonyms and
// derivations only), so the list is kept here, small and reviewed, and
// morphological opposites (aware/unaware, legal/illegal) are found by rule.
// The opposite-state rules also read WordNet's adjective clusters
// (stateopposites.go); quotes and the soft scorer keep to this list.
var antonymPairs = [][2]string{
	// report verbs
	{"confirm", "deny"}, {"admit", "deny"}, {"accept", "reject"}, {"approve", "reject"}, {"agree", "disagree"},
	{"support", "oppose"}, {"allow", "forbid"}, {"allow", "ban"}, {"include", "exclude"}, {"remember", "forget"},
	{"acquit", "convict"}, {"accept", "refuse"}, {"praise", "criticise"}, {"praise", "criticize"},
	// outcomes and changes
	{"win", "lose"}, {"victory", "defeat"}, {"win", "defeat"}, {"success", "failure"}, {"succeed", "fail"},
	{"pass", "fail"}, {"gain", "lose"}, {"rise", "fall"}, {"increase", "decrease"}, {"increase", "fall"},
	{"rise", "drop"}, {"raise", "lower"}, {"raise", "cut"}, {"grow", "shrink"}, {"expand", "shrink"}, {"gain", "loss"},
	{"profit", "loss"}, {"buy", "sell"}, {"hire", "fire"}, {"impose", "lift"}, {"survive", "die"},
	// motion and state
	{"open", "close"}, {"open", "closed"}, {"start", "stop"}, {"begin", "end"}, {"come", "go"}, {"arrive", "depart"},
	{"arrive", "leave"}, {"enter", "exit"}, {"enter", "leave"}, {"appear", "disappear"}, {"ascend", "descend"},
	{"attack", "defend"}, {"push", "pull"}, {"find", "lose"},
	// qualities
	{"alive", "dead"}, {"guilty", "innocent"}, {"true", "false"}, {"safe", "dangerous"}, {"deep", "shallow"},
	{"high", "low"}, {"large", "small"}, {"big", "small"}, {"long", "short"}, {"early", "late"}, {"strong", "weak"},
	{"easy", "difficult"}, {"easy", "hard"}, {"good", "bad"}, {"happy", "sad"},
	{"proud", "ashamed"}, {"hot", "cold"},
	{"full", "empty"}, {"heavy", "light"}, {"fast", "slow"}, {"rich", "poor"}, {"right", "wrong"},
	{"positive", "negative"}, {"major", "minor"}, {"public", "private"}, {"domestic", "foreign"},
	{"permanent", "temporary"}, {"partial", "complete"}, {"minimum", "maximum"}, {"present", "absent"},
	{"young", "old"}, {"new", "old"}, {"blessing", "curse"}, {"pleased", "displeased"}, {"friend", "enemy"}, {"peace", "war"}, {"legal", "illegal"},
	// function words the content-word test skips
	{"always", "never"}, {"all", "none"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"},
	{"before", "after"}, {"above", "below"}, {"inside", "outside"}, {"first", "last"}, {"up", "down"},
	{"north", "south"}, {"east", "west"}, {"with", "without"}, {"everyone", "nobody"}, {"everything", "nothing"},
}

// antonymIndex maps each lemma of antonymPairs to its opposites. It is built
// once per process from the fixed list and shared read-only: every quote group
// and every run asked for it, and building it was 2% of a two-report run's
// allocations.
var antonymIndex = sync.OnceValue(buildAntonymIndex)

// buildAntonymIndex indexes antonymPairs both ways.
func buildAntonymIndex() map[string][]string {
	idx := map[string][]string{}
	for _, p := range antonymPairs {
		idx[p[0]] = append(idx[p[0]], p[1])
		idx[p[1]] = append(idx[p[1]], p[0])
	}
	return idx
}

// negPrefixes make a word's opposite: aware/unaware, legal/illegal.
var negPrefixes = []string{"un", "in", "im", "il", "ir", "dis", "non"}

// antonyms reports whether two words are opposites: a reviewed pair (on
// their lemmas or surface forms) or one the other with a negative prefix,
// the base being a dictionary word ("unaware", not "uncle"/"cle").
func antonyms(idx map[string][]string, a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b || a == "" || b == "" {
		return false
	}
	for _, x := range []string{a, claims.Lemma(a)} {
		for _, o := range idx[x] {
			if o == b || o == claims.Lemma(b) {
				return true
			}
		}
	}
	for _, p := range negPrefixes {
		for _, pair := range [][2]string{{a, b}, {b, a}} {
			if pair[1] == p+pair[0] && len(pair[0]) >= 4 && len(claims.Concepts(claims.Lemma(pair[0]))) > 0 {
				return true
			}
		}
	}
	return false
}
