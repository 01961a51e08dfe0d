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
		if isWord(toks, j, "wins", "victories") && isWord(toks, j+1, "and") {
			// "58 wins and three defeats" is a record
			if b, ok := parseNumber(toks, j+2); ok && b.i == j+2 && !b.scaled && b.min == b.max && isWord(toks, b.j, "defeats", "losses") {
				v := Value{Type: "tally", For: F(a.min), Against: F(b.min), Bound: "exact", Of: "win-loss"}
				cs = append(cs, vcand{kind: KindTally, i: i, j: b.j + 1, v: v, prio: prioTally})
				i = b.j
				continue
			}
		}
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
		score := !explicit && !inFavour && sportsScore(toks, i, j, k)
		if !score && (!(explicit || inFavour || vote) || (!explicit && !inFavour && a.min < b.min && !isWord(toks, i-1, "by"))) {
			continue
		}
		v := Value{Type: "tally", For: F(a.min), Against: F(b.min), Bound: "exact"}
		if score {
			// A season's win-loss record and a game's score are different facts.
			switch {
			case winLossRecord(toks, i, k) && isWord(toks, k, "in", "on", "at", "away", "against", "when", "vs", "versus", "home", "road"):
				// "9-1 in one-possession games", "4-4 away": a part of the season.
				v.Of = "split-record"
			case winLossRecord(toks, i, k):
				v.Of = "win-loss"
			case runningScore(toks, i, k):
				v.Of = "running-score"
			default:
				v.Of = "game-score"
			}
		}
		start := i
		if isWord(toks, i-1, "by") {
			start = i - 1
		}
		cs = append(cs, vcand{kind: KindTally, i: start, j: k, v: v, prio: prioTally})
		i = k - 1
	}
	return cs
}

// sportsWords mark a sentence about a game or a season, where "10-5" is a
// record or a score, not a range.
var sportsWords = map[string]bool{
	"record": true, "lead": true, "led": true, "leading": true, "win": true, "wins": true, "won": true, "beat": true,
	"beating": true, "defeat": true, "defeated": true, "victory": true, "halftime": true, "score": true, "scored": true,
	"game": true, "match": true, "season": true, "trailing": true, "trailed": true, "loss": true, "losses": true,
}

// scoreFollowers may stand right after a score or record ("a 20-13 lead",
// "(10-5, 4-4 away)"); any other word makes "10-15" a range of that thing.
var scoreFollowers = map[string]bool{
	"record": true, "lead": true, "win": true, "victory": true, "defeat": true, "loss": true, "halftime": true,
	"at": true, "in": true, "on": true, "and": true, "with": true, "away": true, "overall": true, "home": true,
	"mark": true, "start": true, "after": true, "before": true, "for": true, "to": true, "but": true,
}

// sportsScore reports whether the hyphenated pair of whole numbers at tokens
// i..k ("10-5") is a game score or a win-loss record.
func sportsScore(toks []vtok, i, j, k int) bool {
	if !isPunct(toks, j-1, "-") || toks[i].dec || toks[j].dec || toks[i].num > 200 || toks[j].num > 200 {
		return false
	}
	if k < len(toks) && toks[k].kind == 'w' && !scoreFollowers[toks[k].low] {
		return false
	}
	for _, t := range toks {
		if t.kind == 'w' && sportsWords[t.low] {
			return true
		}
	}
	return false
}

// winLossRecord reports whether the score-like pair at tokens i..k is a
// win-loss record: "record rose to 9-5", "the Colts (10-5)", "a 4-4 mark".
func winLossRecord(toks []vtok, i, k int) bool {
	if isPunct(toks, i-1, "(") || isWord(toks, k, "record", "mark", "overall", "away", "road", "home") {
		return true
	}
	if isPunct(toks, i-1, ",") && isPunct(toks, i-4, "(") {
		return true // "(10-5, 4-4 away)"
	}
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if isWord(toks, b, "record", "mark") {
			return true
		}
	}
	return isWord(toks, i-1, "to") && isWord(toks, i-2, "improved", "improves", "rose", "moved", "fell", "dropped", "went", "improve")
}

// runningScore reports whether a game score is a moment of the game, not its
// result: "led 13-3 at the half", "trailing 13-10", "a 20-13 lead".
func runningScore(toks []vtok, i, k int) bool {
	if isWord(toks, k, "lead", "halftime", "deficit") || wordsAt(toks, k, "at", "the", "half") || wordsAt(toks, k, "at", "halftime") {
		return true
	}
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		if isWord(toks, b, "led", "leading", "trailing", "trailed", "tied", "up", "down", "lead") {
			return true
		}
	}
	return false
}
