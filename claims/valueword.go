package claims

// ValueWord reports whether a lower-case word names a value by itself: a number
// ("three", "dozen"), an ordinal ("third"), a month, a weekday or a part of the day.
// Such words sit close to their siblings in any distributional space ("three"/"four",
// "monday"/"tuesday"), so a paraphrase match must never pair them: the pair would be a
// conflict, not a rewording.
func ValueWord(w string) bool {
	if _, ok := unitWords[w]; ok {
		return true
	}
	if _, ok := tensWords[w]; ok {
		return true
	}
	if _, ok := scaleWords[w]; ok {
		return true
	}
	if _, ok := ordinalWords[w]; ok {
		return true
	}
	if _, ok := monthNames[w]; ok {
		return true
	}
	if _, ok := weekdayNames[w]; ok {
		return true
	}
	if _, ok := partsOfDay[w]; ok {
		return true
	}
	if _, ok := dayMoments[w]; ok {
		return true
	}
	return calendarWords[w]
}
