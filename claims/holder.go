package claims

import "strings"

// pronounHolder returns the person a sentence opening with "He" or "She" is about, resolved
// to the most recent person named in subject position before it, or "" when it opens
// otherwise or no person fits. Only the sentence's subject is resolved: a pronoun later in
// the sentence may refer to anyone the sentence names.
func pronounHolder(ents *EntitySet, s *Sentence) string {
	w := strings.ToLower(strings.TrimLeft(s.Norm, " \"'“‘("))
	for _, p := range []string{"he ", "she "} {
		if strings.HasPrefix(w, p) {
			return ents.pronounRef(s.Index, 0, strings.TrimSpace(p))
		}
	}
	return ""
}
