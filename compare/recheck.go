package compare

// recheck re-reads the finished agreements with the sentence-level rules
// that alignment cannot apply while it groups: a negation one report adds
// (splitNegated), a quotation one report words differently
// (splitQuoteWording), and a figure, date or time of the same frame that
// the sentences state differently (splitInsideValues), and a name they spell
// two ways (splitInsideNames). Each sentence is read
// once for all of them.
func (m *model) recheck(fs []Finding, opt Options) []Finding {
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
	fs = m.splitInsideValues(fs, opt)
	fs = m.splitInsideNames(fs)
	return m.completePolarity(mergePolarity(m.strayNegations(fs)))
}
