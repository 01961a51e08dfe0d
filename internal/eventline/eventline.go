// Package eventline is one event of claimdiff batch, in and out: it reads an
// event from its JSON line, compares it, and writes its result line. claimdiff
// batch and the Beam pipeline (cmd/claimdiff-beam) both use it, so the same
// input line gives the same output line wherever it runs.
package eventline

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// Event is one event to compare, as read from the input.
type Event struct {
	ID      string
	Reports []Report
	// Err is a problem found while reading the event; it becomes the event's error line.
	Err error
}

// Report is one report of an event: a file path, or the text itself.
type Report struct {
	Name string  `json:"name"`
	Path string  `json:"path"`
	Text *string `json:"text"`
}

// Line is one output line: the event's result or its error.
type Line struct {
	ID     string          `json:"id"`
	Result *compare.Result `json:"result,omitempty"`
	Error  string          `json:"error,omitempty"`
}

// Parse decodes line n (from 1) of a JSON Lines input; ok is false for a blank
// line. Relative report paths are taken from dir, when given. Errors are
// carried in the event, so they are reported in order as its output line; an
// event whose id cannot be read is named "line-N".
func Parse(line []byte, n int, dir string) (ev Event, ok bool) {
	if len(trimSpace(line)) == 0 {
		return Event{}, false
	}
	var in struct {
		ID      *string  `json:"id"`
		Reports []Report `json:"reports"`
	}
	ev.ID = fmt.Sprintf("line-%d", n)
	if err := json.Unmarshal(line, &in); err != nil {
		// Salvage the id if the line has one, so the error line names the event.
		var idOnly struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(line, &idOnly) == nil && idOnly.ID != "" {
			ev.ID = idOnly.ID
		}
		ev.Err = fmt.Errorf("line %d: not a JSON event: %w", n, err)
		return ev, true
	}
	if in.ID == nil || *in.ID == "" {
		ev.Err = fmt.Errorf(`line %d: no "id"`, n)
		return ev, true
	}
	ev.ID = *in.ID
	for i, r := range in.Reports {
		switch {
		case r.Text != nil && r.Path != "":
			ev.Err = fmt.Errorf("line %d: report %d has both \"path\" and \"text\"", n, i+1)
		case r.Text == nil && r.Path == "":
			ev.Err = fmt.Errorf("line %d: report %d has neither \"path\" nor \"text\"", n, i+1)
		}
		if ev.Err != nil {
			return ev, true
		}
	}
	for i := range in.Reports {
		if p := in.Reports[i].Path; p != "" && dir != "" && !filepath.IsAbs(p) && !IsRemote(p) {
			in.Reports[i].Path = filepath.Join(dir, p)
		}
	}
	ev.Reports = in.Reports
	return ev, true
}

// IsRemote reports an http(s) URL, which claims.Load fetches instead of opening.
func IsRemote(p string) bool {
	return len(p) > 7 && (p[:7] == "http://" || (len(p) > 8 && p[:8] == "https://"))
}

// Comparer compares events with one set of options.
type Comparer struct {
	Load    claims.LoadOptions
	Options compare.Options
	// Outlets, when not nil, maps reports to their canonical outlets.
	Outlets *claims.Outlets
}

// Process compares one event and encodes its output line, newline included;
// it never panics, so one bad event cannot stop a batch of thousands.
func (c *Comparer) Process(ev Event) (line []byte, failed bool) {
	line, _, _, failed = c.ProcessDocs(ev)
	return line, failed
}

// ProcessDocs is Process that also returns the result and the loaded reports
// of an event that compared (nil for a failed one), for callers that record it.
func (c *Comparer) ProcessDocs(ev Event) (line []byte, res *compare.Result, docs []*claims.Document, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			line, res, docs, failed = ErrorLine(ev.ID, fmt.Errorf("internal error: %v", r)), nil, nil, true
		}
	}()
	if ev.Err != nil {
		return ErrorLine(ev.ID, ev.Err), nil, nil, true
	}
	res, docs, err := c.Compare(ev)
	if err != nil {
		return ErrorLine(ev.ID, err), nil, nil, true
	}
	data, err := json.Marshal(Line{ID: ev.ID, Result: res})
	if err != nil {
		return ErrorLine(ev.ID, fmt.Errorf("encode result: %w", err)), nil, nil, true
	}
	return append(data, '\n'), res, docs, false
}

// Compare loads an event's reports as claimdiff compare does and runs the comparison.
func (c *Comparer) Compare(ev Event) (*compare.Result, []*claims.Document, error) {
	if len(ev.Reports) < 2 {
		return nil, nil, fmt.Errorf("an event needs at least two reports, got %d", len(ev.Reports))
	}
	docs := make([]*claims.Document, len(ev.Reports))
	for i, r := range ev.Reports {
		var d *claims.Document
		var err error
		path := r.Path
		if r.Text != nil {
			path = r.Name
			if path == "" {
				path = fmt.Sprintf("report%d", i+1)
			}
			d, err = claims.Parse(path, []byte(*r.Text), c.Load)
		} else {
			d, err = claims.Load(path, c.Load)
		}
		if err != nil {
			return nil, nil, err
		}
		d.ID = fmt.Sprintf("s%d", i+1)
		// The same rule as compare's --name: metadata wins unless it is only the file name.
		if r.Name != "" && (d.Name == "" || d.Name == filepath.Base(path) || d.Outlet == "") {
			d.Name = r.Name
		}
		if d.Name == "" {
			d.Name = filepath.Base(path)
		}
		docs[i] = d
	}
	c.Outlets.Apply(docs)
	return compare.Run(docs, c.Options), docs, nil
}

// ErrorLine encodes an event's error line, newline included.
func ErrorLine(id string, err error) []byte {
	data, _ := json.Marshal(Line{ID: id, Error: err.Error()})
	return append(data, '\n')
}

// ID reads the id of one output line.
func ID(line []byte) (string, error) {
	var l struct {
		ID *string `json:"id"`
	}
	if err := json.Unmarshal(line, &l); err != nil {
		return "", err
	}
	if l.ID == nil {
		return "", errors.New(`no "id"`)
	}
	return *l.ID, nil
}

// trimSpace drops ASCII white space at both ends.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
