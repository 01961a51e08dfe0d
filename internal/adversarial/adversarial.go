// Package adversarial generates hostile report texts of a chosen size, for the
// worst-case tests and benchmarks of the claims and compare packages.
//
// Every generator is deterministic and returns exactly n bytes (or as close as the
// repeating unit allows), so a benchmark run at n and 2n shows how a stage scales.
package adversarial

import (
	"bytes"
	"strconv"
)

// Input is one named adversarial text generator.
type Input struct {
	// Name is used in sub-test and sub-benchmark names.
	Name string
	// File is the file name the input is parsed under (its extension picks the format).
	File string
	// Limit is the size the issue asks for; benchmarks run at Limit/2 (1x) and Limit (2x).
	Limit int
	// Gen returns about n bytes of the input.
	Gen func(n int) []byte
}

// MB is one mebibyte.
const MB = 1 << 20

// Inputs lists every adversarial input, each at its size from the issue.
var Inputs = []Input{
	{Name: "OneLine", File: "line.txt", Limit: 2 * MB, Gen: OneLine},
	{Name: "TinySentences", File: "tiny.txt", Limit: 300000, Gen: TinySentences},
	{Name: "DigitsCommas", File: "digits.txt", Limit: 5 * MB, Gen: DigitsCommas},
	{Name: "QuoteMarks", File: "quotes.txt", Limit: 5 * MB, Gen: QuoteMarks},
	{Name: "CapitalisedWords", File: "caps.txt", Limit: 50000 * 8, Gen: CapitalisedWords},
	{Name: "NestedBrackets", File: "brackets.txt", Limit: 2 * MB, Gen: NestedBrackets},
	{Name: "Ellipses", File: "ellipses.txt", Limit: 2 * MB, Gen: Ellipses},
	{Name: "NestedHTML", File: "nested.html", Limit: 2 * MB, Gen: NestedHTML},
	{Name: "IdenticalSentences", File: "same.txt", Limit: 2000 * 66, Gen: IdenticalSentences},
}

// repeat fills n bytes with unit repeated.
func repeat(unit string, n int) []byte {
	if n <= 0 || unit == "" {
		return nil
	}
	out := bytes.Repeat([]byte(unit), n/len(unit)+1)
	return out[:n]
}

// words is a small vocabulary mixing capitals, numbers and punctuation, so that one
// line of them exercises entities, values and terms together.
var words = []string{"the", "Council", "approved", "42", "million", "said", "Harbour", "on", "Tuesday,", "about", "7", "people", "and"}

// OneLine is n bytes of words on a single line without any full stop.
func OneLine(n int) []byte {
	var b bytes.Buffer
	b.Grow(n + 16)
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[(i*7+i/13)%len(words)])
		b.WriteByte(' ')
	}
	return b.Bytes()[:n]
}

// TinySentences is "A. B. C. ..." : n/3 one-letter sentences.
func TinySentences(n int) []byte {
	var b bytes.Buffer
	b.Grow(n + 4)
	for i := 0; b.Len() < n; i++ {
		b.WriteByte(byte('A' + i%26))
		b.WriteString(". ")
	}
	return b.Bytes()[:n]
}

// DigitsCommas is n bytes of digits and commas: "1,234,567,1,234,567,...".
func DigitsCommas(n int) []byte { return repeat("1,234,567,", n) }

// QuoteMarks is n bytes of straight and curly quotation marks, no words.
func QuoteMarks(n int) []byte { return repeat("\"\u201c\u201d'\u2018\u2019", n) }

// CapitalisedWords is one sentence of distinct capitalised words ("Word1 Word2 ... .").
func CapitalisedWords(n int) []byte {
	var b bytes.Buffer
	b.Grow(n + 16)
	for i := 0; b.Len() < n-1; i++ {
		b.WriteString("Name")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(' ')
	}
	out := b.Bytes()[:n-1]
	return append(out, '.')
}

// NestedBrackets is one deep nest of round and square brackets around a sentence.
func NestedBrackets(n int) []byte {
	core := " The council said 12 people came. "
	depth := (n - len(core)) / 2
	if depth < 0 {
		depth = 0
	}
	var b bytes.Buffer
	b.Grow(n)
	for i := 0; i < depth; i++ {
		if i%2 == 0 {
			b.WriteByte('(')
		} else {
			b.WriteByte('[')
		}
	}
	b.WriteString(core)
	for i := depth - 1; i >= 0; i-- {
		if i%2 == 0 {
			b.WriteByte(')')
		} else {
			b.WriteByte(']')
		}
	}
	return b.Bytes()
}

// Ellipses is a quoted sentence interrupted by long runs of "[...]".
func Ellipses(n int) []byte {
	return repeat("He said \u201cwe [...] will [...] [...] build\u201d [...] [\u2026] (...) 3 [...]. ", n)
}

// NestedHTML is an HTML page whose article text sits under thousands of nested divs.
func NestedHTML(n int) []byte {
	head := "<!doctype html><html><head><title>T</title></head><body>"
	core := "<p>The council approved the budget of 12 million dollars on Tuesday.</p>"
	tail := "</body></html>"
	depth := (n - len(head) - len(core) - len(tail)) / len("<div></div>")
	if depth < 0 {
		depth = 0
	}
	var b bytes.Buffer
	b.Grow(n)
	b.WriteString(head)
	for i := 0; i < depth; i++ {
		b.WriteString("<div>")
	}
	b.WriteString(core)
	for i := 0; i < depth; i++ {
		b.WriteString("</div>")
	}
	b.WriteString(tail)
	return b.Bytes()
}

// IdenticalSentences is one sentence with a number repeated to fill n bytes; reports
// made of it align every claim with every other in the worst case.
func IdenticalSentences(n int) []byte {
	return repeat("The council approved the budget of 12 million dollars on Tuesday. ", n)
}

// IdenticalSentencesAlt is IdenticalSentences with a different figure, so a comparison
// of the two disagrees on every pair.
func IdenticalSentencesAlt(n int) []byte {
	return repeat("The council approved the budget of 14 million dollars on Tuesday. ", n)
}
