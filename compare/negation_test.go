package compare

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDenies(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"inserted not", "The two workers were not killed in the fire.", "The two workers were killed in the fire.", true},
		{"coordinated participle", "Nine pupils were not shot and killed at the school.", "Nine pupils were killed at the school.", true},
		{"quantifier", "No rowers were taken to hospital after the crash.", "Four rowers were taken to hospital after the crash.", true},
		{"never", "The ferry never reached the harbour at Kessel.", "The ferry reached the harbour at Kessel late.", true},
		{"bare contraction", "The council didnt approve the budget for the depot.", "The council approved the budget for the depot.", true},
		{"object words shared", "He will not appear at Dunmore district court this morning.", "He is due before Dunmore district court today.", true},
		{"subject around an aside", "At least 26 people — including 20 children — were not killed in the blaze.", "At least 26 people were killed in the blaze.", true},
		{"light verb's complement", "The ferry's cook was also not found dead on the deck.", "The ferry's cook had also been killed.", true},
		{"reported speech against the quotation", "The mayor, aged 52, said the bridge over the Tarrow was not safe.", `The 52-year-old mayor said: "The bridge over the Tarrow is safe."`, true},
		{"definite description for a name", "But the company has not accepted responsibility for the leak.", "Harbour Water has accepted responsibility for the leak.", true},
		{"possessive names the subject", "Kelby is not hoping to become the third town to host the rowing regatta.", "The vote cements Kelby's place as the third town to host the rowing regatta.", true},
		{"approximator before a figure", "The ferry was not delivered to Arden Lines in August.", "The ferry was delivered to Arden Lines barely two months ago in August.", true},
		{"the aside names the subject", "The blast at the Hollin pit, in which 12 people — including 4 miners — were not killed, closed the mine.", "A blast killed 4 miners and eight guards at the Hollin pit.", true},
		{"light verb's complement among shared words", "The family cat was also not found dead.", "A dead cat, thought to be the family's pet, was discovered in the house.", true},
		{"dashes typed as hyphens", "The four guards-two men and a woman-were not hurt in the blast.", "A man and two women were hurt in the blast at the depot.", true},
		{"negated role noun", "The Orbitel board was not appointed as the administrator of the fund.", "Orbitel, now the sole administrator, said it would act quickly.", true},
		{"phrasal verb", "Mayor Ada Vance will not stand down before the vote.", "Mayor Ada Vance said she will step down before the vote.", true},
		{"phrasal verb for its verb", "Mayor Ada Vance will not resign.", "Mayor Ada Vance will step aside.", true},
		{"pronoun for the names the sentence opens with", "Vance and Orrin were at the depot when the deal closed and they were not escorted out.", "Vance and Orrin were escorted out of the depot by guards.", true},
		{"a number word counts, it does not name", "Twelve of those are not in intensive care.", "Ambulance crews say 12 people are in intensive care.", true},
		{"a negation of other words does not shield", "The reservoir is not full, so the town may face water cuts.", "The reservoir is full, so the town will not face water cuts.", true},
		{"a list of modifiers stays in scope", "The board replaced Ada Vance and Tomas Orrin, who was not Marlow's finance, welfare, and safety officer.", "Tomas Orrin, the welfare and safety officer, was also replaced.", true},
		// not contradictions
		{"approximator before a verb", "The pier was not repaired in May.", "The pier was barely repaired in May.", false},
		{"light verb, other complement", "The ferry's cook was not found guilty of theft.", "The ferry's cook had been killed.", false},
		{"light verb, other subject", "The lamp was not found broken.", "The ferry's cook had been killed.", false},
		{"both negate", "The gulf is not deep enough, so a wave is not expected.", "The gulf is not deep enough so that we can expect a wave.", false},
		{"bound not negation", "Not more than 20 people were hurt in the blast.", "20 people were hurt in the blast.", false},
		{"not just", "The win is not just the team's alone.", "The win is not the team's alone.", false},
		{"adjunct of time", "Marsh never recovered from the blow near the end of the third round.", "Marsh went down near the end of the third round.", false},
		{"no longer", "Residents no longer need to boil their tap water.", "Residents can drink their tap water again.", false},
		{"first claim", "No company has built such a bridge before.", "The firm is the first company to build such a bridge.", false},
		{"number not negator", "World No 1 Ada Vance won the final.", "Vance won the final.", false},
		{"reported question", "Police did not say why the driver was held.", "The driver was held overnight.", false},
		{"quote against narration", `She said the shootings "didn't happen."`, "The shootings happened shortly after 8 p.m.", false},
		{"different subject", "The surrounding area has not been hit by a quake in 25 years.", "The island was hit two years after a quake in the north.", false},
		{"reported speech, another speaker", "The mayor said the bridge over the Tarrow was not safe.", `The engineer said: "The bridge over the Tarrow is safe."`, false},
		{"definite description, no name", "The company has not accepted responsibility for the leak.", "The council has accepted responsibility for the leak.", false},
		{"lone verb, pronoun subject", `"It doesn't appear it was random," the chief said.`, `"There appeared to be some purpose," the chief said.`, false},
		{"conditional", "The defendant was not guilty on all counts.", "He would have faced life if found guilty.", false},
		{"implicit negation", "He did not want another child.", "He showed reluctance to have another child.", false},
		{"role noun, other subject", "The Orbitel board was not appointed as the administrator of the fund.", "Lumira, now the sole administrator, said it would act quickly.", false},
		{"as opens a clause, no role", "The Orbitel board was not consulted as the fund was sold.", "The Orbitel board sold the fund.", false},
		{"phrasal verb, other particle", "Mayor Ada Vance will not stand up in the vote.", "Mayor Ada Vance will step down.", false},
		{"pronoun, sentence opens otherwise", "After the deal closed they were not escorted out.", "Vance and Orrin were escorted out by guards.", false},
		{"pronoun for other names", "Vance and Orrin were at the depot when the deal closed and they were not escorted out.", "Lumira and Tervo were escorted out by guards.", false},
		{"noun phrase split", "In 2020 there were no bank failures at all.", "The failure raised fears more banks would incur losses.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := denies(readNegation(tc.a), readNegation(tc.b))
			if got != tc.want {
				t.Errorf("denies(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestNegatedAt(t *testing.T) {
	tests := []struct {
		sentence, figure string
		subject, want    bool
	}{
		{"Hiller has not worked for the firm for 15 years.", "15 years", false, true},
		{"A total of 10 people had not been killed.", "10 people", true, true},
		{"A total of 10 people had not been killed.", "10 people", false, false},
		{"He said on Thursday he did not buy the firm.", "on Thursday", true, false},
		{"Police did not say why the 30-year-old was held.", "30-year-old", false, false},
		{"Not more than 20 people were hurt.", "20 people", true, false},
		{"In the attack 26 people — including 20 children — were not killed.", "26 people", true, true}, // the subject steps over the aside
		{"In the attack 26 people (including 20 children) were not killed.", "26 people", true, true},
		{"Officials said that 26 people — they did not say how many — were hurt.", "26 people", true, false},
		// A clause opened by "after" with a subject and verb of its own is outside the scope.
		{"No damage was reported after the 4.1 tremor struck.", "4.1", false, false},
		{"No damage was reported after the magnitude 4.1 tremor had struck.", "4.1", false, false},
		{"The road was not reopened before the two cranes were moved.", "two", false, false},
		{"The school has not reopened after the 2019 flood.", "2019", false, true}, // no verb after it: a phrase, in scope
	}
	for _, tc := range tests {
		k := strings.Index(tc.sentence, tc.figure)
		_, got := readNegation(tc.sentence).negatedAt(k, k+len(tc.figure), tc.subject)
		if got != tc.want {
			t.Errorf("negatedAt(%q in %q, subject=%v) = %v, want %v", tc.figure, tc.sentence, tc.subject, got, tc.want)
		}
	}
}

func TestListTail(t *testing.T) {
	tests := []struct {
		s, at string
		want  bool
	}{
		{"He was not its legal, policy, and safety lead.", ",", true},
		{"He was not its legal, policy and safety lead", ",", true},
		{"He was not hurt, police said.", ",", false},
		{"He was not hurt, and the driver escaped.", ",", false},
		{"He was not hurt and she was.", "and", false},
		{"He was not hurt, unlike the driver; the bus was empty.", ",", false},
		{"He was not hurt,", ",", false},
	}
	for _, tc := range tests {
		ts := negTokens(tc.s)
		k := -1
		for i, tk := range ts {
			if tk.low == tc.at {
				k = i
				break
			}
		}
		if got := listTail(ts, k); got != tc.want {
			t.Errorf("listTail(%q at %q) = %v, want %v", tc.s, tc.at, got, tc.want)
		}
	}
}

func TestPronounSpeaker(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`He added: "We were lucky."`, true},
		{`She told reporters the road was shut.`, true},
		{`The mayor said: "We were lucky."`, false},
		{`He and the mayor said they were lucky.`, false},
		{`"We were lucky," the mayor said.`, false},
		{`They were lucky.`, false}, // no verb of saying
	}
	for _, tc := range tests {
		if got := readNegation(tc.s).pronounSpeaker(); got != tc.want {
			t.Errorf("pronounSpeaker(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestStartsInQuote(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{`We hope, but we cannot confirm.”`, true},
		{`And for each of those years, I have given my all," she posted.`, true},
		{`'I cant speak for the first death, but it looks like a lack of experience, "he told the paper.`, true},
		{`He said: "We are safe.`, false},
		{`"We are safe," he said.`, false},
		{`No quotation here.`, false},
	}
	for _, tc := range tests {
		if got := startsInQuote(tc.s, negTokens(tc.s)); got != tc.want {
			t.Errorf("startsInQuote(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// FuzzReadNegation reads untrusted sentences: scopes must lie inside the
// tokens, and every token must be a piece of the sentence.
func FuzzReadNegation(f *testing.F) {
	for _, s := range []string{"No rowers were not hurt.", `"I can't," he said.”`, "no", "not", "’n't —", "Il n'y a pas 1,5 % de ça.",
		"The guards-two men-were not hurt.", "a-were-is-", "-s-two", "The depot is open after the crane was moved.", "will not stand down"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		r := readNegation(s)
		for _, sc := range append(append([]negScope{}, r.scopes...), r.implicit...) {
			if sc.at < 0 || sc.at >= len(r.toks) || sc.from > sc.to || sc.to > len(r.toks) {
				t.Fatalf("scope %+v outside %d tokens of %q", sc, len(r.toks), s)
			}
		}
		for _, tk := range r.toks {
			if tk.off < 0 || tk.off >= len(s) {
				t.Fatalf("token %q at %d outside %q", tk.low, tk.off, s)
			}
		}
		for i, tk := range r.toks {
			// A mark stands at its offset; a dash read from a hyphen stands at the hyphen.
			if !tk.word && tk.low != "\"" && !strings.HasPrefix(s[tk.off:], tk.low) && !(tk.low == "—" && s[tk.off] == '-') {
				t.Fatalf("mark %d %q is not at its offset %d in %q", i, tk.low, tk.off, s)
			}
		}
		other := readNegation("The crew was rescued.")
		denies(r, other)
		denies(other, r)
		strongDenial(r, other)
		strongDenial(other, r)
		opposedState(r, readNegation("The crew is safe and the depot is closed."))
		deniedOpposites(r.negatedStates(), readNegation("The crew was not unsafe.").negatedStates())
		assertsNegated(r, other)
		assertsNegated(other, r)
		r.pronounSpeaker()
		quotedSpans(r)
	})
}
