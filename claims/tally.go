package claims

// voteWords mark a sentence about a vote, where "312-204" is a tally, not a range.
var voteWords = map[string]bool{
	"vote": true, "votes": true, "voted": true, "voting": true, "ballot": true, "ballots": true, "majority": true,
	"mps": true, "senators": true, "lawmakers": true, "legislators": true, "councillors": true, "delegates": true,
	"motion": true, "bill": true, "amendment": true, "resolution": true, "ayes": true, "noes": true,
	"passed": true, "defeated": true, "approved": true, "rejected": true, "margin": true, "jury": true, "judges": true,
}

// parseTallies proposes vote tallies: "by 312 votes to 206", "312-204", "312 to 204",
// "12 in favour and 3 against".
func parseTallies(toks []vtok, cs []vcand) []vcand {
	vote := false
	for _, t := range toks {
		if t.kind == 'w' && voteWords[t.low] {
			vote = true
			break
		}
	}
	for i := 0; i < len(toks); i++ {
		a, ok := parseNumber(toks, i)
		if !ok || a.scaled || a.min < 0 || a.min != a.max {
			continue
		}
		j := a.j
		explicit := false
		if isWord(toks, j, "votes", "vote") {
			explicit = true
			j++
		}
		inFavour := false
		if isWord(toks, j, "for") || wordsAt(toks, j, "in", "favour") || wordsAt(toks, j, "in", "favor") {
			inFavour = true
			if toks[j].low == "for" {
				j++
			} else {
				j += 2
			}
			if isPunct(toks, j, ",") {
				j++
			}
			if !isWord(toks, j, "and", "with", "to") {
				continue
			}
			j++
		} else if isWord(toks, j, "to") {
			j++
		} else if isPunct(toks, j, "-") && glued(toks, j) && glued(toks, j+1) {
			j++
		} else {
			continue
		}
		b, ok := parseNumber(toks, j)
		if !ok || b.scaled || b.min < 0 || b.min != b.max || b.i != j {
			continue
		}
		k := b.j
		if inFavour && !isWord(toks, k, "against") {
			continue
		}
		if isWord(toks, k, "against") || isWord(toks, k, "votes") && explicit {
			k++
		}
		if !(explicit || inFavour || vote) || (!explicit && !inFavour && a.min < b.min && !isWord(toks, i-1, "by")) {
			continue
		}
		v := Value{Type: "tally", For: F(a.min), Against: F(b.min), Bound: "exact"}
		start := i
		if isWord(toks, i-1, "by") {
			start = i - 1
		}
		cs = append(cs, vcand{kind: KindTally, i: start, j: k, v: v, prio: prioTally})
		i = k - 1
	}
	return cs
}
