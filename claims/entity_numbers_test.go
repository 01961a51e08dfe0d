package claims

import "testing"

func TestNumberWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"eleven", true}, {"thirty-one", true}, {"hundreds", true}, {"twenty", true},
		{"thirty-something", false}, {"seville", false}, {"", false}, {"tenby", false},
	} {
		if got := numberWord(c.w); got != c.want {
			t.Errorf("numberWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestSpelledFigureIsNoName(t *testing.T) {
	doc := &Document{ID: "s1", Body: "Thirty-one people were injured when the coach left the road near Tarrow.\n"}
	sents := Segment(doc)
	es := FindEntities(doc, sents)
	for i := range sents {
		for _, e := range es.In(i) {
			if e == "Thirty-one" || e == "Thirty-one people" {
				t.Errorf("spelled figure taken as a name: %q", e)
			}
		}
	}
}

func TestZoneIsNoName(t *testing.T) {
	doc := &Document{ID: "s1", Body: "The ferry left Tarrow at 6:20 a.m. (0520 GMT) and docked at 9:10 p.m. EDT, Harbour Master Ina Voss said.\n"}
	sents := Segment(doc)
	es := FindEntities(doc, sents)
	var names []string
	for i := range sents {
		for _, e := range es.In(i) {
			names = append(names, e)
			if e == "GMT" || e == "EDT" {
				t.Errorf("time zone taken as a name: %q", e)
			}
		}
	}
	if len(names) == 0 {
		t.Errorf("no names found in %q", doc.Body)
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"GMT", true}, {"ET", true}, {"EDT", true}, {"Est", false}, {"NATO", false}, {"", false}} {
		if got := zoneName(c.w); got != c.want {
			t.Errorf("zoneName(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
