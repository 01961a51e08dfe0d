package claims

// proportionVerbs are verbs of proportional change with the change they state, in
// per cent of the starting figure: "doubled" is a rise of 100%, "halved" a fall of 50%.
var proportionVerbs = map[string]float64{
	"doubled": 100, "doubling": 100, "doubles": 100, "tripled": 200, "trebled": 200, "tripling": 200,
	"triples": 200, "trebles": 200, "quadrupled": 300, "quadrupling": 300, "quadruples": 300,
	"halved": 50, "halving": 50, "halves": 50,
}

// parseProportions proposes proportional changes as percentages: "profits doubled"
// (100), "the price halved" (50), "fell by a third" (33.3), "cut by half" (50),
// "rose by two-thirds". Like "rose 40%", the figure is the size of the change; its
// direction is the verb's. "doubled over" and "doubled up" are postures, not changes.
func parseProportions(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if p, ok := proportionVerbs[low(toks, i)]; ok && toks[i].kind == 'w' {
			if isWord(toks, i+1, "over", "up", "down", "back", "as") {
				continue
			}
			cs = append(cs, vcand{kind: KindPercent, i: i, j: i + 1, v: qtyValue("percent", "%", point(p, i, i+1)), prio: prioTyped, mod: true})
			continue
		}
		if !isWord(toks, i, "by") || !changeVerbs[low(toks, i-1)] {
			continue // "slipped by two quarters" is a delay, not a proportion
		}
		num, k := 0.0, i+1
		switch {
		case isWord(toks, k, "half"):
			cs = append(cs, vcand{kind: KindPercent, i: i + 1, j: k + 1, v: qtyValue("percent", "%", point(50, k, k+1)), prio: prioTyped})
			continue
		case isWord(toks, k, "a", "one"):
			num, k = 1, k+1
		case isWordNum(toks, k) && unitWords[low(toks, k)] > 1 && unitWords[low(toks, k)] < 10:
			num, k = unitWords[low(toks, k)], k+1
			if isPunct(toks, k, "-") && glued(toks, k) {
				k++
			}
		default:
			continue
		}
		d, ok := fractionWords[low(toks, k)]
		if !ok || d == 2 || isWord(toks, k+1, "of") {
			continue // "by a quarter of" is another reading; "by a half" is rare
		}
		w := toks[k].low
		if num > 1 != (w[len(w)-1] == 's') {
			continue
		}
		if isWord(toks, k+1, "million", "billion", "mile", "miles", "point", "points", "hour", "hours", "century") {
			continue
		}
		cs = append(cs, vcand{kind: KindPercent, i: i + 1, j: k + 1, v: qtyValue("percent", "%", point(100*num/d, i+1, k+1)), prio: prioTyped})
		i = k
	}
	return cs
}

// changeVerbs are the verbs after which "by a third" measures a proportional change.
var changeVerbs = wordSet("rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "cut", "cuts",
	"reduced", "reduce", "increased", "increase", "increases", "decreased", "decrease", "dropped", "drop",
	"grew", "grow", "grown", "shrank", "shrunk", "shrink", "slashed", "slash", "jumped", "climbed", "declined",
	"slumped", "plunged", "soared", "surged", "boosted", "lowered", "raised", "up", "down", "lifted", "trimmed")
