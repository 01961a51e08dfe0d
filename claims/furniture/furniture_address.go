package furniture

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// imperativeOpeners are verbs a page uses to address its reader at the start of a line.
var imperativeOpeners = map[string]bool{
	"sign": true, "subscribe": true, "follow": true, "click": true, "tap": true, "download": true,
	"get": true, "find": true, "read": true, "watch": true, "listen": true, "join": true, "share": true,
	"check": true, "see": true, "learn": true, "register": true, "log": true, "tune": true, "like": true,
	"visit": true, "support": true, "donate": true, "try": true, "discover": true, "explore": true,
	"don't": true, "never": true, "stay": true, "keep": true, "catch": true, "scroll": true,
}

// promoObjects are words that follow such an imperative when it promotes the site itself.
var promoObjects = textcue.Lazy(`(?i)\b(free|app|newsletter|updates?|here|now|today|our|us|more|latest|details|below|link|alerts?|podcast|channel|page|account|trending|stories|coverage|site|email|inbox)\b`)

var (
	// secondPerson is the reader addressed directly.
	secondPerson = textcue.Guard(textcue.Lazy(`(?i)\b(you|your|you're|you've)\b`), true, "you")
	// siteWords are the subjects of site furniture addressed to the reader.
	siteWords = textcue.Guard(textcue.Lazy(`(?i)\b(comment|comments|logged in|log in|login|subscribe|subscriber|newsletter|app|browser|cookies?|account|sign up|sign in|notifications?|inbox|javascript|ad ?blocker|premium|paywall|commission|affiliate)\b`), true, "comment", "log", "subscri", "newsletter", "app", "browser", "cookie", "account", "sign ", "notification", "inbox", "javascript", "ad", "premium", "paywall", "commission", "affiliate")
	// selfReference is the page talking about itself: "this developing story", "live
	// updates", "what we know", "below is", "check back".
	selfReference = textcue.Guard(textcue.Lazy(`(?i)\b((this|our) (is a )?(developing |breaking |live )?(news )?(story|article|page|blog|report)\b|live (updates|blog|coverage)|what we know|below is|here's what|here is what|check back|contributed to this|this article (was|has been)|editor's note|earn a commission|affiliate links?)`), true, "this", "our ", "live ", "what we know", "below is", "here's what", "here is what", "check back", "editor's note", "earn a commission", "affiliate link")
	// cookieNotice is a cookie banner or a link to the site's terms.
	cookieNotice = textcue.Guard(textcue.Lazy(`(use|uses|accept|allow|enable|manage|our) (all )?cookies|cookie (policy|settings|preferences|notice)|privacy policy|terms of (use|service)`), false, "cookie", "privacy policy", "terms of ")
	// kicker is a short label leading a line to another story ("More:", "Also Read |", "JUST IN:").
	kicker = textcue.Lazy(`^(?i)(>>\s*)?(also read|read also|read more|more|see also|related|just in|watch|listen|recommended|trending|breaking|latest|must read|don't miss)\s*[:|]`)
)

// addressVerdicts reads a line or sentence as a reader prompt, a promotion or an editor's note.
func addressVerdicts(t string, words int) []verdict {
	if words == 0 || words > 30 {
		return nil
	}
	var out []verdict
	first := strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '"' && r != '“' && r != '\'' && r != '‘' })
	quoted := strings.ContainsRune("\"“'‘", []rune(first + " ")[0])
	if !quoted {
		w := strings.ToLower(strings.Fields(first + " x")[0])
		if imperativeOpeners[w] && words <= 20 {
			out = append(out, verdict{ClassPromo, "imperative addressed to the reader", 0.6})
			if promoObjects.MatchString(t) {
				out = append(out, verdict{ClassPromo, "imperative promoting the site", 0.5})
			}
		}
	}
	if kicker.MatchString(strings.TrimSpace(t)) {
		out = append(out, verdict{ClassRelated, "kicker to another story", 1})
	}
	if secondPerson.MatchString(t) && siteWords.MatchString(t) {
		out = append(out, verdict{ClassPromo, "reader addressed about the site", 1})
	}
	if words <= 20 && selfReference.MatchString(t) {
		out = append(out, verdict{ClassEditorNote, "the page speaks about itself", 1})
	}
	return out
}

// legalVerdicts reads copyright and cookie notices.
func legalVerdicts(t string) []verdict {
	l := strings.ToLower(t)
	if len(l) > 400 {
		return nil
	}
	if strings.Contains(l, "©") || strings.Contains(l, "all rights reserved") || strings.Contains(l, "(c) 20") {
		return []verdict{{ClassLegal, "copyright notice", 1}}
	}
	if cookieNotice.MatchString(l) {
		return []verdict{{ClassLegal, "cookie or terms notice", 1}}
	}
	return nil
}
