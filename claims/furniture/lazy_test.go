package furniture

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// TestLazyRegexpsCompile compiles every expression the package compiles on first
// use, so a broken pattern fails here rather than on the first page that reaches it.
func TestLazyRegexpsCompile(t *testing.T) {
	all := map[string]*textcue.Regexp{
		"promoObjects": promoObjects, "secondPerson": secondPerson.Regexp, "siteWords": siteWords.Regexp,
		"selfReference": selfReference.Regexp, "cookieNotice": cookieNotice.Regexp, "kicker": kicker,
		"creditLabel": creditLabel.Regexp, "agencyCredit": agencyCredit.Regexp, "slashCredit": slashCredit,
		"fileTag": fileTag, "corporateName": corporateName, "authorBio": authorBio, "bylineWord": bylineWord,
		"leadDateline": leadDateline, "captionDate": captionDate, "handle": handle.Regexp,
		"embedMark": embedMark.Regexp, "embedSignature": embedSignature.Regexp, "titleClockTail": titleClockTail,
		"dateToken": dateToken, "dateLabel": dateLabel, "personalPronoun": personalPronoun,
		"datelinePrefix": datelinePrefix,
	}
	for name, re := range all {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s does not compile: %v", name, r)
				}
			}()
			if re.String() == "" {
				t.Fatalf("%s has an empty pattern", name)
			}
		})
	}
}
