package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// relativeAgo matches "3 days ago", "a week ago", "two months ago".
var relativeAgo = regexp.MustCompile(`^(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+ago$`)

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// parsePublished reads a --published value: a date (YYYY-MM-DD), or a date relative to
// today ("today", "yesterday", "last week", "last month", "last year", "3 days ago"),
// resolved to a calendar day in today's location.
func parsePublished(s string, today time.Time) (time.Time, error) {
	v := strings.ToLower(strings.Join(strings.Fields(s), " "))
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	shift := func(n int, unit string) time.Time {
		switch unit {
		case "day":
			return day.AddDate(0, 0, -n)
		case "week":
			return day.AddDate(0, 0, -7*n)
		case "month":
			return sameDayMonthsBack(day, n)
		}
		return sameDayMonthsBack(day, 12*n)
	}
	switch v {
	case "today":
		return day, nil
	case "yesterday":
		return shift(1, "day"), nil
	case "last week", "last month", "last year":
		return shift(1, strings.TrimPrefix(v, "last ")), nil
	}
	if m := relativeAgo.FindStringSubmatch(v); m != nil {
		n, ok := smallNumbers[m[1]]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		return shift(n, m[2]), nil
	}
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, fmt.Errorf("--published %q: want YYYY-MM-DD or a day relative to today (today, yesterday, last week, last month, 3 days ago)", s)
	}
	return t, nil
}

// sameDayMonthsBack steps n months back to the same day, or to the month's last day
// when it is shorter (a month before 31 March is 28 February, not 3 March).
func sameDayMonthsBack(day time.Time, n int) time.Time {
	first := time.Date(day.Year(), day.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(day.Day(), last)-1)
}
