package claims

import "strings"

// ordinalWords are the spelled-out ordinals with their positions.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
	"ninetieth": 90, "hundredth": 100,
}

// ordinalNouns are the nouns whose position in a series reports state and dispute:
// "the second time", "a third term", "her fifth title". Lexicalised compounds
// ("first lady", "first responders", "second half") are left out on purpose.
var ordinalNouns = wordSet("time", "day", "week", "month", "year", "round", "term", "attempt", "place", "title",
	"titles", "win", "victory", "defeat", "loss", "game", "match", "set", "major", "slam", "goal", "test", "launch",
	"landing", "mission", "death", "case", "attack", "incident", "trial", "vote", "ballot", "season", "anniversary",
	"child", "wife", "husband", "marriage", "visit", "trip", "bid", "run", "straight", "consecutive", "successive",
	"championship", "final", "appearance", "medal", "crash", "fire", "quake", "earthquake", "explosion", "shooting",
	"strike", "storm", "wave", "reading", "lockdown", "arrest", "conviction", "offence", "album", "film", "book",
	"novel", "budget", "meeting", "summit", "stage", "leg", "lap", "inning", "innings", "period", "overtime")

// ordinalAt reads an ordinal at token i ("second", "twenty-first", "3rd", "21st")
// and returns its position and the index past it.
func ordinalAt(toks []vtok, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	t := toks[i]
	if t.kind == 'n' && !t.dec && !t.grouped && isWord(toks, i+1, "st", "nd", "rd", "th") && glued(toks, i+1) {
		return t.num, i + 2, true
	}
	if t.kind != 'w' {
		return 0, 0, false
	}
	if v, ok := ordinalWords[t.low]; ok {
		return v, i + 1, true
	}
	// "twenty-first"
	if tv, ok := tensWords[t.low]; ok && isPunct(toks, i+1, "-") && glued(toks, i+1) && glued(toks, i+2) {
		if v, ok := ordinalWords[low(toks, i+2)]; ok && v < 10 {
			return tv + v, i + 3, true
		}
	}
	return 0, 0, false
}

// parseOrdinals proposes positions in a series as values of their own type,
// "ordinal", so "the second time" is judged against "the first time", never
// against a count of two: "for the third time", "his fifth title", "a first-ever
// win", "finished second".
func parseOrdinals(toks []vtok, cs []vcand) []vcand {
	for _, c := range cs {
		if c.kind == KindDate && (c.v.Grain == "year" || c.v.Grain == "month") && namesYear(toks, c.i, c.j) {
			// "In 2008, he stopped him in the 11th round": a sentence dated to a year or
			// month of its own tells an earlier story, and its positions are that story's
			return cs
		}
	}
	for i := 0; i < len(toks); i++ {
		pos, j, ok := ordinalAt(toks, i)
		if !ok {
			continue
		}
		of := ""
		end := j
		k := j
		// "first-ever", "first ever", "second straight", "third consecutive"
		if isPunct(toks, k, "-") && glued(toks, k) && isWord(toks, k+1, "ever") {
			k += 2
		} else if isWord(toks, k, "ever") {
			k++
		}
		if isWord(toks, k, "straight", "consecutive", "successive") && k+1 < len(toks) && toks[k+1].kind == 'w' {
			k++
		}
		if k < len(toks) && toks[k].kind == 'w' && ordinalNouns[toks[k].low] && !(isPunct(toks, k+1, "-") && glued(toks, k+1)) {
			of = strings.TrimSuffix(toks[k].low, "s")
			end = k + 1
		} else if isWord(toks, i-1, "finished", "placed", "ranked", "ranks", "finishes") || isWord(toks, i-1, "in") && isWord(toks, i-2, "came", "finished") ||
			isWord(toks, i-1, "came") && (pos > 1 || isWord(toks, j, "in", "at", "place")) {
			// "came first" alone is as often an idiom of priority ("safety came first")
			of = "place"
		}
		if of == "time" && !isWord(toks, i-2, "for") && !isWord(toks, k+1, "ever", "in", "since", "this") {
			// "hosting for the second time" states a count of occasions; a bare "the first
			// time" more often points back at an earlier occasion than counts this one
			continue
		}
		if of != "" && of != "place" && isWord(toks, i-2, "of") && isWord(toks, i-1, "the") &&
			isWord(toks, i-3, "end", "start", "beginning", "middle", "close", "half", "part") {
			// "near the end of the fifth round" places a moment inside the round, a
			// different fact from "stopped in the sixth round"
			of = toks[i-3].low + " of " + of
		}
		if of == "" {
			continue
		}
		v := Value{Type: "ordinal", Min: F(pos), Max: F(pos), Bound: "exact", Of: of}
		cs = append(cs, vcand{kind: KindNumber, i: i, j: end, v: v, prio: prioTyped})
		i = end - 1
	}
	return cs
}

// namesYear reports whether tokens [i, j) write out a year ("2008", "March 2008"),
// as "this year" or "last month" do not.
func namesYear(toks []vtok, i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := yearNum(toks, k); ok {
			return true
		}
	}
	return false
}
