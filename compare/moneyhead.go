package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// An amount of money has no counted noun; what it measures is said by the
// words right around it: the noun it qualifies or is "in" ("a $3.6 billion
// loss", "$1.8 billion in losses") or the verb it is the object of ("raise
// more than $2 billion"). Two reports that each give one amount for the same
// such word give one figure for it, as with a counted noun (solecount.go).

// moneyHeads returns the lemmas of the words that say what an amount measures:
// the content word after it (past "in"), and the content word before it (past
// bound words and articles).
func moneyHeads(it vitem) []string {
	if it.u.stmt == nil {
		return nil
	}
	sent := it.u.stmt.Sentence
	at := it.c.Start - it.u.stmt.Start
	end := at + (it.c.End - it.c.Start)
	if at < 0 || end > len(sent) || at > end {
		return nil
	}
	word := func(w string) string {
		w = strings.ToLower(strings.Trim(w, ".,;:!?()\"'"))
		if w == "" || claims.IsStopWord(w) || strings.ContainsAny(w, "0123456789$£€") || moneyFiller[w] {
			return ""
		}
		return claims.Lemma(w)
	}
	var out []string
	after := strings.Fields(sent[end:])
	for k := 0; k < len(after) && k < 2; k++ {
		if w := strings.ToLower(strings.Trim(after[k], ".,;:")); k == 0 && w == "in" {
			continue
		}
		if w := word(after[k]); w != "" {
			out = append(out, w)
		}
		break
	}
	before := strings.Fields(sent[:at])
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		if w := word(before[k]); w != "" {
			out = append(out, w)
			break
		}
		if strings.HasSuffix(before[k], ",") {
			break
		}
	}
	return out
}

// moneyFiller are words around an amount that say nothing of what it measures:
// bounds, scales and currency names.
var moneyFiller = map[string]bool{
	"over": true, "under": true, "nearly": true, "almost": true, "about": true, "around": true, "some": true,
	"roughly": true, "approximately": true, "estimated": true, "least": true, "most": true, "than": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "m": true, "bn": true,
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "pound": true, "sterling": true, "us": true,
	"worth": true, "total": true, "extra": true, "additional": true, "further": true,
}

// soleMoneyFor reports whether an amount is its report's only amount said
// with the head word h (repeats of the same amount count once).
func (m *model) soleMoneyFor(it vitem, h string) bool {
	k := soleKey{it.c, soleMoney, h}
	if v, ok := m.sole[k]; ok {
		return v
	}
	return m.remember(k, m.scanSoleMoneyFor(it, h))
}

// scanSoleMoneyFor is soleMoneyFor, read off the report's figures.
func (m *model) scanSoleMoneyFor(it vitem, h string) bool {
	for _, u := range m.units[it.u.src] {
		for _, c := range u.typed {
			if c == it.c || c.Value.Type != "money" {
				continue
			}
			other := vitem{c: c, u: u}
			if !slices.Contains(moneyHeads(other), h) {
				continue
			}
			if ok, _ := valueRule(c.Kind, c.Value, it.c.Value, Options{}); !ok {
				return false
			}
		}
	}
	return true
}

// sameSoleMoney reports whether two amounts share a head word and are each
// their report's only amount said with it, and nothing marks them as two
// facts (a sentence about an earlier happening, amounts an order of magnitude
// apart, another currency).
func (m *model) sameSoleMoney(a, b vitem) bool {
	va, vb := a.c.Value, b.c.Value
	if va.Type != "money" || vb.Type != "money" || va.Unit != vb.Unit {
		return false
	}
	if background(a.u) || background(b.u) || farApart(va, vb) {
		return false
	}
	hb := moneyHeads(b)
	for _, h := range moneyHeads(a) {
		if slices.Contains(hb, h) && m.soleMoneyFor(a, h) && m.soleMoneyFor(b, h) {
			return true
		}
	}
	return false
}
