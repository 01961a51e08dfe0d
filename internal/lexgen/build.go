package main

import (
	"cmp"
	"slices"
	"strings"
)

// options tune which senses and relations become shared concepts.
type options struct {
	maxSenses    int     // senses kept per lemma and part of speech
	joinSenses   int     // senses within which a word joins a synset another word keeps
	joinShare    float64 // like minShare, for joinSenses
	minShare     float64 // a later sense is kept only with at least this share of the top sense's count
	maxWords     int     // synsets with more member words are too general to signal paraphrase
	maxHyponyms  int     // a hypernym joins its hyponyms' concepts only when it has at most this many (0: never)
	minNounDepth int     // noun hypernyms nearer the top than this never join their hyponyms
	maxMembers   int     // concepts that end up with more lemmas than this are dropped
	multiword    bool    // also index collocations ("pass away")
}

// generalLemmas are words whose frequent senses are too broad to signal a paraphrase:
// their top senses would glue unrelated sentences together.
var generalLemmas = strings.Fields(`
be have do make get go come say tell take give put set see know think want use find let
keep seem become try call ask need feel leave show mean work run hold bring turn move live
thing person people time year day week month way man part place case point group number
fact world life hand world area lot kind sort type side end state form act matter
one two three first last new old good bad great little other same high long
change happen include
can will may might must shall would could should ought need dare
a an i in on at up out off over under to into by of for from with as so no not
it its is are was were am been being he she we they you me him her us them this that
all any some each every both either neither more most much many few such
what who whom which where when why how whether if then than there here
also just only very too again still yet even ever never now well
`)

// exclusion is the set of lemmas and synsets left out of the lexicon.
type exclusion struct {
	lemmas  map[string]bool
	synsets map[synsetKey]bool
}

// keptSenses picks a lemma's most frequent senses in one part of speech.
func keptSenses(refs []senseRef, o options) []synsetKey {
	if len(refs) == 0 {
		return nil
	}
	sorted := slices.Clone(refs)
	slices.SortStableFunc(sorted, func(a, b senseRef) int { return cmp.Compare(b.count, a.count) })
	out := []synsetKey{sorted[0].key}
	for _, r := range sorted[1:] {
		if len(out) >= o.maxSenses || r.count == 0 || float64(r.count) < o.minShare*float64(sorted[0].count) {
			break
		}
		out = append(out, r.key)
	}
	return out
}

// senseChoice returns the kept senses of a lemma over all parts of speech. A part of speech
// whose senses were never seen in the tagged corpora is skipped when another one was seen.
func (wn *wordnet) senseChoice(lemma string, o options) []synsetKey {
	byPos := wn.senses[lemma]
	seen := false
	for _, refs := range byPos {
		for _, r := range refs {
			seen = seen || r.count > 0
		}
	}
	var out []synsetKey
	for _, pf := range posFiles {
		refs := byPos[pf.pos]
		if len(refs) == 0 {
			continue
		}
		if seen && !slices.ContainsFunc(refs, func(r senseRef) bool { return r.count > 0 }) {
			continue
		}
		out = append(out, keptSenses(refs, o)...)
	}
	return out
}

// lexicon is the generator's result: lemma → sorted dense concept ids.
type lexicon struct {
	entries  map[string][]uint32
	concepts int
}

// build turns WordNet into the lemma → concept lexicon.
func build(wn *wordnet, o options) *lexicon {
	ex := exclusion{lemmas: map[string]bool{}, synsets: map[synsetKey]bool{}}
	for _, l := range generalLemmas {
		ex.lemmas[l] = true
		for _, k := range wn.senseChoice(l, o) {
			ex.synsets[k] = true
		}
	}
	hyponyms := map[synsetKey]int{}
	for k, s := range wn.synsets {
		if len(s.words) > o.maxWords {
			ex.synsets[k] = true
		}
		for _, p := range s.ptrs {
			if p.symbol == "~" || p.symbol == "~i" {
				hyponyms[k]++
			}
		}
	}

	// depth is a noun synset's shortest distance from the top of the hierarchy ("entity" is 0):
	// hypernyms near the top ("event", "change") are too broad to join their hyponyms.
	depths := map[synsetKey]int{}
	var depth func(k synsetKey) int
	depth = func(k synsetKey) int {
		if d, ok := depths[k]; ok {
			return d
		}
		depths[k] = 0 // breaks cycles, which WordNet does not have
		best := -1
		if s := wn.synsets[k]; s != nil {
			for _, p := range s.ptrs {
				if p.symbol == "@" || p.symbol == "@i" {
					if d := depth(p.target) + 1; best < 0 || d < best {
						best = d
					}
				}
			}
		}
		best = max(best, 0)
		depths[k] = best
		return best
	}

	members := map[synsetKey]map[string]bool{}
	add := func(k synsetKey, lemma string) {
		if ex.synsets[k] || ex.lemmas[lemma] || len(lemma) < 3 || (!o.multiword && strings.ContainsRune(lemma, ' ')) {
			return
		}
		if members[k] == nil {
			members[k] = map[string]bool{}
		}
		members[k][lemma] = true
	}

	// keeps records, per synset, the lemmas for which it is a kept sense.
	keeps := map[synsetKey][]string{}
	for lemma := range wn.senses {
		for _, k := range wn.senseChoice(lemma, o) {
			keeps[k] = append(keeps[k], lemma)
		}
	}
	// addKeepers makes the lemmas that keep the broader synset members of the narrow one.
	// Linking upwards this way, and never the narrow senses into the broad one, relates
	// "slay" and "drown" to "kill" without relating them to each other.
	addKeepers := func(narrow, broad synsetKey) {
		if ex.synsets[broad] {
			return
		}
		for _, w := range keeps[broad] {
			add(narrow, w)
		}
	}

	// A word also joins a kept synset that is among its own next most frequent senses:
	// "confiscate" keeps {impound, confiscate, seize}, which is only seize's fourth sense.
	if o.joinSenses > 0 {
		wide := o
		wide.maxSenses, wide.minShare = o.joinSenses, o.joinShare
		for lemma := range wn.senses {
			for _, k := range wn.senseChoice(lemma, wide) {
				if len(keeps[k]) > 0 && !slices.Contains(keeps[k], lemma) {
					add(k, lemma)
				}
			}
		}
	}

	for lemma := range wn.senses {
		if ex.lemmas[lemma] || (!o.multiword && strings.ContainsRune(lemma, ' ')) {
			continue
		}
		for _, k := range wn.senseChoice(lemma, o) {
			s := wn.synsets[k]
			if s == nil || ex.synsets[k] {
				continue
			}
			add(k, lemma)
			idx := slices.Index(s.words, lemma) + 1
			for _, p := range s.ptrs {
				t := wn.synsets[p.target]
				if t == nil {
					continue
				}
				lexicalFromLemma := p.source == 0 || p.source == idx
				switch p.symbol {
				case "+": // derivationally related form: "death" ↔ "die"
					if lexicalFromLemma && p.dest > 0 && p.dest <= len(t.words) {
						add(k, t.words[p.dest-1])
					}
				case "&": // the head adjective joins its satellite: "injured" → "wounded"
					if s.satellite {
						addKeepers(k, p.target)
					}
				case "<", "\\": // participle of a verb, pertainym of a noun or adjective
					if lexicalFromLemma {
						add(p.target, lemma)
					}
				case "@": // a narrow hypernym's words join the specific sense: "kill" → "slay"
					if o.maxHyponyms > 0 && hyponyms[p.target] <= o.maxHyponyms &&
						(p.target.pos != 'n' || depth(p.target) >= o.minNounDepth) {
						addKeepers(k, p.target)
					}
				}
			}
		}
	}

	// Drop concepts that cannot link two words, or that grew too broad.
	for k, m := range members {
		if len(m) < 2 || len(m) > o.maxMembers {
			delete(members, k)
		}
	}

	byLemma := map[string][]synsetKey{}
	for k, m := range members {
		for l := range m {
			byLemma[l] = append(byLemma[l], k)
		}
	}

	// Antonyms must never share a concept. Removals are collected first so that the
	// result does not depend on the order the pairs are visited in.
	drop := map[string][]synsetKey{}
	for _, s := range wn.synsets {
		for _, p := range s.ptrs {
			if p.symbol != "!" || p.source == 0 || p.dest == 0 {
				continue
			}
			t := wn.synsets[p.target]
			if t == nil || p.source > len(s.words) || p.dest > len(t.words) {
				continue
			}
			a, b := s.words[p.source-1], t.words[p.dest-1]
			shared := intersect(byLemma[a], byLemma[b])
			drop[a] = append(drop[a], shared...)
			drop[b] = append(drop[b], shared...)
		}
	}
	for l, ks := range drop {
		byLemma[l] = removeAll(byLemma[l], ks)
	}

	// Irregular forms also carry their base forms' concepts, so "fled" finds "flee".
	// Bases are looked up before any form is added, so chains ("ganned" → "gan") stay out.
	forms := map[string][]synsetKey{}
	for form, bases := range wn.exceptions {
		// A form that is a word of its own ("wound", "left") keeps only its own senses.
		if ex.lemmas[form] || wn.senses[form] != nil || (!o.multiword && strings.ContainsRune(form, ' ')) {
			continue
		}
		for _, b := range bases {
			forms[form] = append(forms[form], byLemma[b]...)
		}
	}
	for form, ks := range forms {
		byLemma[form] = ks
	}

	// Antonym removal can leave a concept with one lemma, which links nothing: drop those.
	used := map[synsetKey]int{}
	for _, ks := range byLemma {
		for _, k := range ks {
			used[k]++
		}
	}
	for l, ks := range byLemma {
		byLemma[l] = slices.DeleteFunc(ks, func(k synsetKey) bool { return used[k] < 2 })
	}

	// Dense ids in synset order keep the output deterministic.
	keys := make([]synsetKey, 0, len(used))
	for k, n := range used {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b synsetKey) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.offset, b.offset))
	})
	id := make(map[synsetKey]uint32, len(keys))
	for i, k := range keys {
		id[k] = uint32(i)
	}
	lx := &lexicon{entries: map[string][]uint32{}, concepts: len(keys)}
	for l, ks := range byLemma {
		if len(ks) == 0 {
			continue
		}
		ids := make([]uint32, 0, len(ks))
		for _, k := range ks {
			ids = append(ids, id[k])
		}
		slices.Sort(ids)
		lx.entries[l] = slices.Compact(ids)
	}
	return lx
}

func intersect(a, b []synsetKey) []synsetKey {
	var out []synsetKey
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func removeAll(a, drop []synsetKey) []synsetKey {
	return slices.DeleteFunc(a, func(k synsetKey) bool { return slices.Contains(drop, k) })
}
