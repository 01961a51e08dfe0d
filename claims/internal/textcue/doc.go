// Package textcue holds the small text helpers that the loading, segmenting and
// furniture stages of claims share: lazily compiled regular expressions, literal
// guards in front of them, and the end-of-sentence and trimming tests on spans.
package textcue
