package compare

// recheck re-reads the finished agreements with the sentence-level rules
// that alignment cannot apply while it groups: a negation one report adds
// (splitNegated) and a quotation one report words differently
// (splitQuoteWording). Each sentence is read once for all of them.
func recheck(fs []Finding) []Finding {
	cache := map[string]negReading{}
	read := func(s string) negReading {
		r, ok := cache[s]
		if !ok {
			r = readNegation(s)
			cache[s] = r
		}
		return r
	}
	fs = splitNegated(fs, read)
	fs = splitQuoteWording(fs, read)
	return mergePolarity(fs)
}
