package claims

// Sentence is one sentence (or headline, caption, list line) of a document.
type Sentence struct {
	Source string `json:"source"`
	Index  int    `json:"index"`
	// Para is the paragraph number (0-based); a heading is its own paragraph.
	Para int `json:"para"`
	// Text is the sentence as written; Norm is its normalised form for matching.
	Text string `json:"text"`
	Norm string `json:"-"`
	// normMap maps Norm byte offsets to Text byte offsets (len(Norm)+1 entries).
	normMap []int
	// BodyStart and BodyEnd are offsets into Document.Body; Start and End into the original file.
	BodyStart int  `json:"-"`
	BodyEnd   int  `json:"-"`
	Start     int  `json:"start"`
	End       int  `json:"end"`
	Line      int  `json:"line"`
	Heading   bool `json:"heading,omitempty"`
	// Excluded marks boilerplate or off-topic text; Reason says why.
	Excluded bool   `json:"excluded,omitempty"`
	Reason   string `json:"reason,omitempty"`
	// Class is the furniture class of an excluded sentence (caption, credit, promo...) and
	// Cue the evidence that decided it.
	Class string `json:"class,omitempty"`
	Cue   string `json:"cue,omitempty"`
}

// NewSentence builds a sentence from a span of doc.Body and fills its normalised form and offsets.
func NewSentence(doc *Document, index, para, bodyStart, bodyEnd int) Sentence {
	text := doc.Body[bodyStart:bodyEnd]
	norm, m := Normalize(text)
	start := doc.Orig(bodyStart)
	return Sentence{
		Source:    doc.ID,
		Index:     index,
		Para:      para,
		Text:      text,
		Norm:      norm,
		normMap:   m,
		BodyStart: bodyStart,
		BodyEnd:   bodyEnd,
		Start:     start,
		End:       doc.Orig(bodyEnd),
		Line:      doc.LineAt(start),
	}
}

// TextSpan maps a [i, j) span of Norm back to a [a, b) span of Text.
func (s *Sentence) TextSpan(i, j int) (int, int) {
	if s.normMap == nil {
		return i, j
	}
	clamp := func(k int) int {
		if k < 0 {
			return 0
		}
		if k >= len(s.normMap) {
			return len(s.Text)
		}
		return s.normMap[k]
	}
	return clamp(i), clamp(j)
}
