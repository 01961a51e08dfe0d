package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// otherHolder reports whether two ages are about two different people: each
// has a personal name beside it and the names differ ("Joseph Rosenbaum, 36" and
// "Anthony Huber, 26"). An age is its holder's; two people's ages are never one
// fact, however alike the sentences that give them.
func otherHolder(a, b vitem) bool {
	// Only personal names count: the nearest capitalised word is often a
	// nationality or a place ("a 36-year-old Australian man"), no holder at all.
	// A surname spelt two ways ("Klitschko" / "Kltischko") is one person whose
	// name a report slipped on: the name rules need the ages to meet.
	return a.c.Value.Type == "age" && b.c.Value.Type == "age" && personLike(a.anchor) && personLike(b.anchor) &&
		!sameHolder(a.anchor, b.anchor)
}

// respeltSurname reports whether two personal names end in one surname spelt two ways.
func respeltSurname(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	return len(x) > 0 && len(y) > 0 && insideRespelt(x[len(x)-1], y[len(y)-1])
}

// sameHolder reports whether two names beside figures name one holder: one
// entity, or one surname a report slipped on ("Kltischko" / "Wladimir Klitschko").
func sameHolder(a, b string) bool {
	return a != "" && b != "" && (claims.SameEntity(a, b) || respeltSurname(a, b))
}
