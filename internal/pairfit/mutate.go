package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/evalscore"
)

// editRecord is the part of a planted-edit case's gold that says what was changed.
type editRecord struct {
	Edit struct {
		Type     string `json:"type"`
		Class    string `json:"class"`
		GoldItem int    `json:"gold_item"`
	} `json:"edit"`
}

// mutate measures planted edits held out: each case is compared with the
// weights fitted without its event. A changed fact counts as detected when a
// discrepancy carries the edited item's whole evidence (score.py's rule); a
// control counts as a false alarm when a discrepancy carries it.
func mutate(dir string, folds map[string]*compare.PairModel) {
	golds, _ := filepath.Glob(filepath.Join(dir, "*", "gold.json"))
	sort.Strings(golds)
	type tally struct{ n, hit int }
	per := map[string]*tally{}
	var changed, control tally
	for _, gp := range golds {
		cdir := filepath.Dir(gp)
		name := filepath.Base(cdir)
		ev := strings.SplitN(name, "--", 2)[0]
		pm := folds[ev]
		if pm == nil {
			continue
		}
		data, err := os.ReadFile(gp)
		if err != nil {
			continue
		}
		var er editRecord
		if json.Unmarshal(data, &er) != nil || er.Edit.Type == "" {
			continue
		}
		g, err := evalscore.LoadGold(cdir)
		if err != nil || er.Edit.GoldItem >= len(g.Items) {
			continue
		}
		var docs []*claims.Document
		for _, p := range g.Paths(cdir) {
			d, err := claims.Load(p, claims.LoadOptions{})
			if err != nil {
				docs = nil
				break
			}
			docs = append(docs, d)
		}
		if docs == nil {
			continue
		}
		res := compare.Run(docs, compare.Options{PairModel: pm, MinConfidence: minConfidence})
		out, _ := json.Marshal(res)
		rep, err := evalscore.ParseReport(out)
		if err != nil {
			continue
		}
		item := g.Items[er.Edit.GoldItem]
		item.Verdict = "discrepancy"
		one := &evalscore.Gold{Files: g.Files, Items: []evalscore.Item{item}}
		s, err := evalscore.Score(one, rep)
		if err != nil {
			continue
		}
		if per[er.Edit.Type] == nil {
			per[er.Edit.Type] = &tally{}
		}
		per[er.Edit.Type].n++
		per[er.Edit.Type].hit += s.DiscHit
		if er.Edit.Class == "control" {
			control.n++
			control.hit += s.DiscHit
		} else {
			changed.n++
			changed.hit += s.DiscHit
		}
	}
	var types []string
	for t := range per {
		types = append(types, t)
	}
	sort.Strings(types)
	var parts []string
	for _, t := range types {
		parts = append(parts, fmt.Sprintf("%s %d/%d", t, per[t].hit, per[t].n))
	}
	fmt.Printf("held-out planted edits: %s\n", strings.Join(parts, ", "))
	if changed.n > 0 && control.n > 0 {
		fmt.Printf("held-out mutate: changed-recall=%.2f control-flagged=%.2f (controls flagged include discrepancies already there)\n",
			float64(changed.hit)/float64(changed.n), float64(control.hit)/float64(control.n))
	}
}
