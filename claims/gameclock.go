package claims

// parseGameClocks proposes the time left on a game clock as a duration: "with 6:08
// to play", "4:08 to go", "2:30 left", "1:12 remaining" are minutes and seconds,
// not times of day nor two counts.
func parseGameClocks(toks []vtok, cs []vcand) []vcand {
	for i := 0; i+3 < len(toks); i++ {
		t := toks[i]
		if t.kind != 'n' || t.dec || t.grouped || t.ndig > 2 || !isPunct(toks, i+1, ":") || !glued(toks, i+1) ||
			toks[i+2].kind != 'n' || toks[i+2].ndig != 2 || toks[i+2].dec || !glued(toks, i+2) || toks[i+2].num > 59 {
			continue
		}
		if !gameClock(toks, i+3) {
			continue
		}
		secs := t.num*60 + toks[i+2].num
		v := qtyValue("duration", "s", point(secs, i, i+3))
		v.Of = "left"
		cs = append(cs, vcand{kind: KindDuration, i: i, j: i + 3, v: v, prio: prioDuration})
		i += 2
	}
	return cs
}
