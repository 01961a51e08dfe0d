package compare

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff diffs two texts word by word with go-diff and marks edits that keep
// the meaning (case, bracketed insertions, ellipses, punctuation) as allowed.
//
// go-diff has no word mode, so each distinct word becomes one private-use rune;
// DiffTimeout is zero so the result never depends on machine speed.
func WordDiff(a, b string) []DiffOp {
	wa, wb := strings.Fields(a), strings.Fields(b)
	// Words are matched on their folded form, so a re-cased or re-punctuated
	// word is equal; each side keeps its own spelling for display.
	ids := map[string]rune{}
	enc := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			k := wordsKey(w)
			if k == "" {
				k = w
			}
			r, ok := ids[k]
			if !ok {
				r = rune(0xE000 + len(ids))
				ids[k] = r
			}
			out[i] = r
		}
		return out
	}
	ra, rb := enc(wa), enc(wb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	// Semantic cleanup would swallow a short shared run inside a long trimmed
	// quotation, so only adjacent edits are merged.
	diffs := dmp.DiffCleanupMerge(dmp.DiffMainRunes(ra, rb, false))
	var ops []DiffOp
	ia, ib := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		var ws []string
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			ws = wb[ib : ib+n]
			ib += n
		case diffmatchpatch.DiffDelete:
			ws = wa[ia : ia+n]
			ia += n
		default:
			ws = wa[ia : ia+n]
			ia += n
			ib += n
		}
		op := DiffOp{Text: strings.Join(ws, " ")}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			op.Op = "equal"
		case diffmatchpatch.DiffInsert:
			op.Op = "insert"
		case diffmatchpatch.DiffDelete:
			op.Op = "delete"
		}
		ops = append(ops, op)
	}
	markAllowed(ops)
	return ops
}

// markAllowed flags edits that a quotation may carry without changing what was said.
func markAllowed(ops []DiffOp) {
	for i := range ops {
		if ops[i].Op == "equal" {
			continue
		}
		t := ops[i].Text
		if isEditorial(t) {
			ops[i].Allowed = true
			continue
		}
		// A delete followed by an insert that differ only in case or punctuation is a re-casing.
		if ops[i].Op == "delete" && i+1 < len(ops) && ops[i+1].Op == "insert" && wordsKey(t) == wordsKey(ops[i+1].Text) {
			ops[i].Allowed, ops[i+1].Allowed = true, true
		}
	}
}

// isEditorial reports whether text is only an editorial insertion, an ellipsis or punctuation.
func isEditorial(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || wordsKey(t) == "" {
		return true
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(strings.TrimRight(t, ".,;:"), "]") {
		return true
	}
	return strings.Trim(t, ".… ") == ""
}

// wordsKey folds case and punctuation so re-cased or re-punctuated words compare equal.
func wordsKey(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Substantive returns the words changed by edits that are not allowed. Edits
// at either end are trimming (a shorter excerpt of the same quote is not a
// change) unless both sides carry different words there, which is a rewording.
func Substantive(ops []DiffOp) []DiffOp {
	first, last := equalSpan(ops)
	if first < 0 {
		first, last = len(ops), len(ops)-1
	}
	head := reworded(ops[:first])
	tail := reworded(ops[last+1:])
	var out []DiffOp
	for i, o := range ops {
		if o.Op == "equal" || o.Allowed {
			continue
		}
		if i < first && !head || i > last && !tail {
			continue
		}
		out = append(out, o)
	}
	return out
}

// equalSpan returns the indices of the first and last equal runs of a diff,
// or -1, -1 when the two texts share no word.
func equalSpan(ops []DiffOp) (first, last int) {
	first, last = -1, -1
	for i, o := range ops {
		if o.Op == "equal" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// reworded reports whether an end of a diff both drops and adds words that
// are not allowed edits: other words in place of the original, not trimming.
func reworded(end []DiffOp) bool {
	ins, del := false, false
	for _, o := range end {
		switch {
		case o.Allowed:
		case o.Op == "insert":
			ins = true
		case o.Op == "delete":
			del = true
		}
	}
	return ins && del
}
