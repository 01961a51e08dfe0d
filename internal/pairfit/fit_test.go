package main

import (
	"math"
	"math/rand"
	"testing"
)

// The logistic fit recovers known weights from data drawn from them.
func TestFitRecoversWeights(t *testing.T) {
	want := []float64{-1, 2, -3}
	r := rand.New(rand.NewSource(1))
	var xs [][]float64
	var ys []float64
	for i := 0; i < 20000; i++ {
		x := []float64{1, r.NormFloat64(), r.NormFloat64()}
		y := 0.0
		if r.Float64() < logistic(want, x) {
			y = 1
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	got := fit(xs, ys, 0.01)
	for i := range want {
		if math.Abs(got[i]-want[i]) > 0.15 {
			t.Errorf("weight %d = %.2f, want %.2f", i, got[i], want[i])
		}
	}
}

// AUC is 1 for a perfect ranking and 0.5 for ties.
func TestAUC(t *testing.T) {
	if a := auc([]scoredPair{{0.1, 0}, {0.2, 0}, {0.8, 1}, {0.9, 1}}); a != 1 {
		t.Errorf("perfect ranking: auc %.2f", a)
	}
	if a := auc([]scoredPair{{0.9, 0}, {0.1, 1}}); a != 0 {
		t.Errorf("inverted ranking: auc %.2f", a)
	}
}
