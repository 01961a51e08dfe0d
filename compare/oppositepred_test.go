package compare

import "testing"

func TestOpposedState(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"open against closed", "Our depot is open until further notice.", "The Harbourne depot is closed until further notice.", true},
		{"remains", "The bridge remains closed to traffic.", "The bridge is open to traffic.", true},
		{"modal chain", "The school will still be open on Monday.", "The school was closed on Monday.", true},
		{"dead against alive", "The driver was alive when crews arrived.", "The driver was dead when crews arrived.", true},
		{"WordNet's cluster", "The lock gate was shut at dawn.", "The lock gate was open at dawn.", true},
		{"WordNet's cluster, a satellite", "The miner was lifeless when crews arrived.", "The miner was alive when crews arrived.", true},
		// not opposites
		{"negated state agrees", "The depot is not open.", "The depot is closed.", false},
		{"other subject", "The road is open again.", "The school is closed.", false},
		{"verbs, not states", "Police opened the road at noon.", "Police closed the road at noon.", false},
		{"conditional", "If the depot is open, staff will return.", "The depot is closed.", false},
		{"same state", "The depot is closed.", "The depot remains closed.", false},
		{"two satellites of one cluster", "The road is hazardous.", "The road is secure.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, got := opposedState(readNegation(tc.a), readNegation(tc.b))
			if got != tc.want {
				t.Errorf("opposedState(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestDeniedOpposites(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"not safe against not dangerous", "The engineer said the pier was not safe.", `The engineer said: "The pier is not dangerous."`, true},
		{"contraction", "The gate wasn't open at noon.", "The gate was not closed at noon.", true},
		{"a negative prefix", "The footbridge is not safe.", "The footbridge is not unsafe.", true},
		{"WordNet's cluster: a satellite against its head's antonym", "The old quarry road is not safe.", "The old quarry road was not hazardous.", true},
		// not opposites
		{"one denied, one asserted", "The depot is not open.", "The depot is closed.", false},
		{"other subject", "The road is not open.", "The school is not closed.", false},
		{"same state", "The gate is not open.", "The gate was not open.", false},
		{"a bound, not a state", "The pier is not more than 40 years old.", "The pier is not less than 40 years old.", false},
		{"conditional", "If the gate is not open, staff wait.", "The gate is not closed.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, got := deniedOpposites(readNegation(tc.a).negatedStates(), readNegation(tc.b).negatedStates())
			if got != tc.want {
				t.Errorf("deniedOpposites(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
