package claims_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/pipecheck"
)

func FuzzSegment(f *testing.F) {
	pipecheck.AddFixtures(f, "testdata/input")
	f.Add("x", []byte("Mr. A. B.\n\nC.\u00a0D\n  \nE"))
	f.Fuzz(func(t *testing.T, _ string, data []byte) {
		doc := &claims.Document{Raw: data, Body: string(data)}
		pipecheck.CheckDoc(t, doc)
	})
}
