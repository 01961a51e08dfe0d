package claims

// parseGameClocks reads the time left on a game clock: "with 6:08 to play", "4:08 to
// go", "2:30 left", "1:12 remaining" are minutes and seconds, not times of day nor
// two counts. The reading is claimed over its tokens but not reported: a game has
// many clock readings, one per play, and on the public sets they were aligned
// across plays as if one figure (a false discrepancy), so they are kept out of
// comparison until alignment can tell the plays apart.
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
		cs = append(cs, vcand{kind: KindDuration, i: i, j: i + 3, v: v, prio: prioDuration, silent: true})
		i += 2
	}
	return cs
}
