package claims

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// detectSamples are invented sentences in several scripts and languages, and edge cases.
var detectSamples = []string{
	"",
	"   ",
	"12 345, 67.8 % — !!!",
	"The council said on Tuesday that the new bridge would open to traffic next spring.",
	"Le conseil a annoncé mardi que le nouveau pont ouvrirait à la circulation au printemps prochain.",
	"El ayuntamiento anunció el martes que el nuevo puente se abrirá al tráfico la próxima primavera.",
	"Der Stadtrat teilte am Dienstag mit, dass die neue Brücke im nächsten Frühjahr für den Verkehr geöffnet wird.",
	"A câmara anunciou na terça-feira que a nova ponte será aberta ao trânsito na próxima primavera.",
	"Il consiglio comunale ha annunciato martedì che il nuovo ponte sarà aperto al traffico la prossima primavera.",
	"De gemeenteraad maakte dinsdag bekend dat de nieuwe brug volgend voorjaar voor het verkeer opengaat.",
	"Городской совет во вторник сообщил, что новый мост откроют для движения следующей весной.",
	"Міська рада у вівторок повідомила, що новий міст відкриють для руху наступної весни.",
	"أعلن المجلس البلدي يوم الثلاثاء أن الجسر الجديد سيفتح أمام حركة المرور في الربيع المقبل.",
	"नगर परिषद ने मंगलवार को कहा कि नया पुल अगले वसंत में यातायात के लिए खुलेगा।",
	"מועצת העיר הודיעה ביום שלישי כי הגשר החדש ייפתח לתנועה באביב הבא.",
	"市议会星期二宣布新桥将于明年春天通车。",
	"Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι η νέα γέφυρα θα ανοίξει την επόμενη άνοιξη.",
	"Bridge bridge BRIDGE brïdge \u00a0\t\n café naïve coöperate",
	"abc",
	"a b c d e f g",
	"zzzz qqqq xxxx",
	"\xff\xfe invalid \xc3 bytes",
}

// agrees reports whether detectLang matches whatlanggo.Detect on text. The library
// breaks exact distance ties by map order, at random, so another language is accepted
// when it is at the same distance from the text with the same confidence.
func agrees(text string) (bool, whatlanggo.Lang, float64, whatlanggo.Info) {
	lang, conf := detectLang(text)
	info := whatlanggo.Detect(text)
	if info.Confidence != conf {
		return false, lang, conf, info
	}
	if info.Lang == lang {
		return true, lang, conf, info
	}
	d1, ok1 := langDistance(text, lang)
	d2, ok2 := langDistance(text, info.Lang)
	return ok1 && ok2 && d1 == d2, lang, conf, info
}

// langDistance is the distance of text from a language's profile, if it has one.
func langDistance(text string, lang whatlanggo.Lang) (int, bool) {
	pos := trigramPositions(text)
	load, ok := langProfiles[scriptOf(text)]
	if !ok {
		return 0, false
	}
	for _, p := range load() {
		if p.lang == lang {
			return p.distance(pos), true
		}
	}
	return 0, false
}

func TestDetectLangAgrees(t *testing.T) {
	texts := append([]string{}, detectSamples...)
	// Our own fixtures, whole and cut to the detector's sample length.
	_ = filepath.WalkDir("../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".md")) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err == nil {
			texts = append(texts, string(b), string(b[:min(len(b), maxLanguageSample)]))
		}
		return nil
	})
	if len(texts) < len(detectSamples)+20 {
		t.Fatalf("read only %d texts", len(texts))
	}
	for _, s := range texts {
		if !sameScript(s) {
			t.Errorf("scriptOf(%.60q) = %v, whatlanggo.DetectScript = %v", s, scriptOf(s), whatlanggo.DetectScript(s))
		}
		if ok, lang, conf, info := agrees(s); !ok {
			t.Errorf("detectLang(%.60q) = %v %v, whatlanggo.Detect = %v %v", s, lang, conf, info.Lang, info.Confidence)
		}
	}
}

func TestDetectLanguageNames(t *testing.T) {
	for _, tt := range []struct {
		text, name, code string
		reliable         bool
	}{
		{detectSamples[3], "English", "en", true},
		{detectSamples[4], "French", "fr", true},
		{detectSamples[10], "Russian", "ru", true},
		{"", "", "", false},
	} {
		name, code, reliable := DetectLanguage(tt.text)
		if name != tt.name || code != tt.code || reliable != tt.reliable {
			t.Errorf("DetectLanguage(%.40q) = %q %q %v, want %q %q %v", tt.text, name, code, reliable, tt.name, tt.code, tt.reliable)
		}
	}
}

// FuzzDetectLang checks the integer-trigram detector against the library on any text.
func FuzzDetectLang(f *testing.F) {
	for _, s := range detectSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !sameScript(s) {
			t.Fatalf("scriptOf(%q) = %v, whatlanggo.DetectScript = %v", s, scriptOf(s), whatlanggo.DetectScript(s))
		}
		if ok, lang, conf, info := agrees(s); !ok {
			t.Fatalf("detectLang(%q) = %v %v, whatlanggo.Detect = %v %v", s, lang, conf, info.Lang, info.Confidence)
		}
	})
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat(detectSamples[3]+" ", 60)[:maxLanguageSample]
	b.ReportAllocs()
	for b.Loop() {
		DetectLanguage(text)
	}
}

// sameScript reports whether scriptOf and whatlanggo.DetectScript agree on text; the
// library's kana table is its own, equal to kanaTable and in no unicode.Scripts entry.
func sameScript(text string) bool {
	ours, theirs := scriptOf(text), whatlanggo.DetectScript(text)
	if ours == kanaTable {
		return theirs != nil && whatlanggo.Scripts[theirs] == ""
	}
	return ours == theirs
}

func TestScriptOfAgrees(t *testing.T) {
	for _, s := range append(detectSamples,
		"Tokyo 東京は日本の首都です。", "東京都", "カタカナ and English", "ひらがな",
		"Ελληνικά και English words mixed here", "한국어 텍스트", "\x01\x02\x7f", "ªº") {
		if !sameScript(s) {
			t.Errorf("scriptOf(%q) = %v, whatlanggo.DetectScript = %v", s, scriptOf(s), whatlanggo.DetectScript(s))
		}
	}
}
