package claims

import "testing"

// TestLazyRegexpsCompile compiles every expression the package compiles on first
// use, so a broken pattern fails here rather than on the first page that reaches it.
func TestLazyRegexpsCompile(t *testing.T) {
	all := map[string]*lazyRegexp{
		"promoObjects": promoObjects, "secondPerson": secondPerson.lazyRegexp, "siteWords": siteWords.lazyRegexp,
		"selfReference": selfReference.lazyRegexp, "cookieNotice": cookieNotice.lazyRegexp, "kicker": kicker,
		"creditLabel": creditLabel.lazyRegexp, "agencyCredit": agencyCredit.lazyRegexp, "slashCredit": slashCredit,
		"fileTag": fileTag, "corporateName": corporateName, "authorBio": authorBio, "bylineWord": bylineWord,
		"leadDateline": leadDateline, "captionDate": captionDate, "handle": handle.lazyRegexp,
		"embedMark": embedMark.lazyRegexp, "embedSignature": embedSignature.lazyRegexp, "titleClockTail": titleClockTail,
		"dateToken": dateToken, "dateLabel": dateLabel, "personalPronoun": personalPronoun,
		"datelinePrefix": datelinePrefix, "pubLabel": pubLabel,
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

// TestLazyRegexpDefersCompiling: an invalid pattern costs nothing until it is
// matched, and then fails as regexp.MustCompile does.
func TestLazyRegexpDefersCompiling(t *testing.T) {
	bad := lazy(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Fatal("matching an invalid pattern did not panic")
		}
	}()
	bad.MatchString("x")
}
