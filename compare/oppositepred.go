package compare

// Opposite predicates deny each other without a negator: "the depot is open
// until further notice" / "the depot is closed until further notice". The
// reviewed antonym list (antonym.go) gives the opposites; to keep "opened
// fire" and "closed the road" apart, only a state given to a subject by a
// copula is read ("X is/was/remains Y"), and the two sentences must give it
// to the same subject. A predicate inside a negation's scope is left alone
// ("is not open" agrees with "is closed").

// copulas link a subject to the state a sentence gives it.
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"remain": true, "remains": true, "remained": true, "stay": true, "stays": true, "stayed": true}

// copulaFill are words that may stand inside a copula chain ("will still be", "has now been").
var copulaFill = map[string]bool{"will": true, "would": true, "has": true, "have": true, "had": true, "still": true,
	"now": true, "also": true, "currently": true, "being": true}

// copPred is a state a sentence gives a subject: subject and state lemmas.
type copPred struct {
	subj, state string
}

// copulaPredicates returns the states the sentence asserts of subjects by a
// copula, outside negations and conditional clauses; a speaker quoted
// giving the state gives it as narration does ("our facility is open").
func (r negReading) copulaPredicates() []copPred {
	covered := make([]bool, len(r.toks))
	for _, ss := range [][]negScope{r.scopes, r.implicit} {
		for _, s := range ss {
			for k := s.at; k < s.to && k < len(r.toks); k++ {
				covered[k] = true
			}
		}
	}
	var out []copPred
	for k, t := range r.toks {
		if !t.word || !copulas[t.low] || covered[k] || r.hypo[k] {
			continue
		}
		if p, ok := r.statePred(k, k+1, func(j int) bool { return covered[j] }); ok {
			out = append(out, p)
		}
	}
	return out
}

// statePred reads the subject and state around the copula at k, the state
// being the first word from j on past any copula fill ("has been", "now"),
// unless skip rules it out; the subject is the word before the copula's fill.
func (r negReading) statePred(k, j int, skip func(int) bool) (copPred, bool) {
	for j < len(r.toks) && (copulaFill[r.toks[j].low] || copulas[r.toks[j].low]) {
		j++
	}
	if j >= len(r.toks) || !r.toks[j].word || skip(j) {
		return copPred{}, false
	}
	i := k - 1
	for i >= 0 && (copulaFill[r.toks[i].low] || copulas[r.toks[i].low]) {
		i--
	}
	if i < 0 || !subjectWord(r.toks[i]) {
		return copPred{}, false
	}
	return copPred{subj: r.toks[i].lemma, state: r.toks[j].low}, true
}

// opposedState returns the state sentence a gives a subject whose opposite
// sentence b gives the same subject, and that opposite.
func opposedState(a, b negReading) (string, string, bool) {
	return opposedPreds(a.copulaPredicates(), b.copulaPredicates())
}

// opposedPreds is opposedState on the sentences' copula states, for callers
// that read them once per sentence rather than once per pair.
func opposedPreds(pa, pb []copPred) (string, string, bool) {
	for _, x := range pa {
		for _, y := range pb {
			if x.subj == y.subj && stateOpposites(x.state, y.state) {
				return x.state, y.state, true
			}
		}
	}
	return "", "", false
}

// negatedCopulas are a copula and its negator written as one word.
var negatedCopulas = map[string]bool{"isn't": true, "wasn't": true, "aren't": true, "weren't": true,
	"isnt": true, "wasnt": true, "arent": true, "werent": true}

// negatedStates returns the states the sentence denies of subjects right
// after a copula and its negator ("the bridge was not safe", "isn't open"),
// outside conditional clauses: "not safe" says what "dangerous" says, so
// two reports denying one subject opposite states contradict each other.
func (r negReading) negatedStates() []copPred {
	var out []copPred
	for k, t := range r.toks {
		if !t.word || r.hypo[k] {
			continue
		}
		j := k + 1
		switch {
		case negatedCopulas[t.low]:
		case copulas[t.low] && j < len(r.toks) && (r.toks[j].low == "not" || r.toks[j].low == "never" || r.toks[j].low == "n't"):
			j++
		default:
			continue
		}
		if p, ok := r.statePred(k, j, func(j int) bool { return notBound[r.toks[j].low] }); ok {
			out = append(out, p)
		}
	}
	return out
}

// deniedOpposites returns, of two sentences' denied states (negatedStates),
// a pair of opposites denied of one subject ("was not safe" / "is not
// dangerous"): each report asserts what the other denies.
func deniedOpposites(a, b []copPred) (string, string, bool) {
	if len(a) == 0 || len(b) == 0 {
		return "", "", false
	}
	for _, x := range a {
		for _, y := range b {
			if x.subj == y.subj && stateOpposites(x.state, y.state) {
				return x.state, y.state, true
			}
		}
	}
	return "", "", false
}
