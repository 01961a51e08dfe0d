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
	ids := map[string]rune{}
	var words []string
	enc := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := ids[w]
			if !ok {
				r = rune(0xE000 + len(words))
				ids[w] = r
				words = append(words, w)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := enc(wa), enc(wb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var ops []DiffOp
	for _, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			ws = append(ws, words[r-0xE000])
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

// Substantive returns the words changed by edits that are not allowed, trimming
// edits at either end (a shorter excerpt of the same quote is not a change).
func Substantive(ops []DiffOp) []DiffOp {
	first, last := -1, -1
	for i, o := range ops {
		if o.Op == "equal" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var out []DiffOp
	for i, o := range ops {
		if o.Op == "equal" || o.Allowed || i < first || i > last {
			continue
		}
		out = append(out, o)
	}
	return out
}
