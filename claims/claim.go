package claims

// Kind names what a claim is about; it decides which verdict rules apply.
type Kind string

// The claim kinds claimdiff knows; they are the "kind" values of the JSON schema.
const (
	KindStatement   Kind = "statement"
	KindNumber      Kind = "number"
	KindMoney       Kind = "money"
	KindPercent     Kind = "percent"
	KindDuration    Kind = "duration"
	KindAge         Kind = "age"
	KindMeasure     Kind = "measure"
	KindDate        Kind = "date"
	KindTime        Kind = "time"
	KindTally       Kind = "tally"
	KindRole        Kind = "role"
	KindQuote       Kind = "quote"
	KindAttribution Kind = "attribution"
	KindPolarity    Kind = "polarity"
)

// Claim is one checkable assertion of one report, tied to its evidence.
type Claim struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Kind     Kind   `json:"kind"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of Text in the original file (half-open).
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
	// SentenceIndex is the position of the sentence in its document's sentence list.
	SentenceIndex int    `json:"sentence_index"`
	Value         *Value `json:"value,omitempty"`
	// Slot holds the lemmas that say what a value measures ("account", "last").
	Slot []string `json:"slot,omitempty"`
	// Terms are the sentence's content lemmas, used to align statements.
	Terms []string `json:"terms,omitempty"`
	// Entities are canonical names of people, organisations and places mentioned.
	Entities    []string `json:"entities,omitempty"`
	Negated     bool     `json:"negated,omitempty"`
	Hedged      bool     `json:"hedged,omitempty"`
	Attribution string   `json:"attribution,omitempty"`
	// Holder is the person an age is about when the sentence names them only by a
	// pronoun ("She was 91."): the pronoun resolved to the person named before it.
	Holder string `json:"holder,omitempty"`
}

// Value is a normalised value; which fields are set depends on Type.
//
// Quantities are intervals [Min, Max]; a nil bound is unbounded on that side.
type Value struct {
	Type string `json:"type"`
	// Quantities: number, money, percent, duration, age, measure, magnitude.
	Min    *float64 `json:"min,omitempty"`
	Max    *float64 `json:"max,omitempty"`
	Unit   string   `json:"unit,omitempty"`
	Approx bool     `json:"approx,omitempty"`
	// Bound is exact, at-least, at-most, about, nearly (just below Max) or range;
	// a time read with no a.m. or p.m. ("at 6:04") is bound "12-hour": either half of the day.
	Bound string `json:"bound,omitempty"`
	Of    string `json:"of,omitempty"`
	// Round marks a round figure ("a week", "a dozen") that tolerates its precision.
	Round bool `json:"round,omitempty"`
	// Precision is the granularity of the stated figure in canonical units (a week: 1 day).
	Precision float64 `json:"precision,omitempty"`
	// Tallies.
	For     *float64 `json:"for,omitempty"`
	Against *float64 `json:"against,omitempty"`
	// Dates and times: RFC 3339, half-open; Relative keeps unresolved expressions.
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
	Relative string `json:"relative,omitempty"`
	Grain    string `json:"grain,omitempty"`
	// Quotes.
	Speaker string `json:"speaker,omitempty"`
	Words   string `json:"words,omitempty"`
	// Canonical is the quote's comparison form (case-folded, brackets and ellipses marked).
	Canonical string   `json:"canonical,omitempty"`
	Inserted  []string `json:"inserted,omitempty"`
	Elided    bool     `json:"elided,omitempty"`
	// Roles.
	Person string `json:"person,omitempty"`
	Role   string `json:"role,omitempty"`
}

// F returns a pointer to f, for building Values.
func F(f float64) *float64 { return &f }
