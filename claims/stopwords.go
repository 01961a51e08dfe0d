package claims

// stopWords are function words that carry no claim content (English).
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
		"be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
		"can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
		"had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
		"i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
		"same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
		"there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
		"was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
		"you", "your", "yours", "yourself", "yourselves", "said", "say", "says", "told", "tell", "according",
		"mr", "mrs", "ms", "dr", "may", "might", "must", "shall", "one", "however", "yet", "since", "still",
		"s", "t", "ve", "ll", "re", "d", "m", "get", "got", "make", "made", "go", "went", "come", "came", "take", "took",
		"new", "time", "like", "well",
		"including", "include", "includes", "among", "per", "around", "within", "without", "across", "via", "upon",
	} {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether a lower-case word is a function word without claim content.
func IsStopWord(w string) bool { return stopWords[w] }
