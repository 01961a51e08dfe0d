package claims

import "strings"

// numberWord reports whether a word is a spelled-out cardinal ("Eleven", "Thirty-one",
// "Hundreds"): capitalised at the start of a sentence it is a figure, not a name, and a
// figure must not be taken for the name it is about.
func numberWord(lw string) bool {
	for _, part := range strings.Split(lw, "-") {
		p := strings.TrimSuffix(part, "s")
		_, u := unitWords[part]
		_, t := tensWords[part]
		_, sc := scaleWords[part]
		_, sp := scaleWords[p]
		_, tp := tensWords[p]
		if !(u || t || sc || sp || tp || p == "hundred") {
			return false
		}
	}
	return lw != ""
}

// IsNumberWord reports whether a lower-case word is a spelled-out cardinal
// ("twenty", "thirty-one"): a figure, not a word naming what it counts.
func IsNumberWord(lw string) bool { return numberWord(lw) }
