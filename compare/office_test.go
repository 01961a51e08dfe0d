package compare

import "testing"

func TestRoleConflict(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"chair", "vice-chair", true},
		{"chairman of the committee", "vice chairman", true},
		{"prime minister", "deputy prime minister", true},
		{"first secretary", "second secretary", true},
		{"captain", "coach", true},
		{"team captain", "head coach", true},
		{"sergeant", "inspector", true},
		{"Lt.", "Colonel", true},
		{"Police Inspector", "Police Sergeant", true},
		{"detective sergeant", "detective inspector", true},
		{"police sergeant", "detective inspector", false},
		{"prosecutor", "defense attorney", true},
		{"assistant district attorney", "prosecutor", false},
		// refinements and independent offices
		{"minister", "junior minister", false},
		{"minister", "foreign minister", false},
		{"deputy minister", "foreign minister", false},
		{"inspector", "detective inspector", false},
		{"chief executive", "chairman", false},
		{"chair", "chairwoman", false},
		{"spokesperson", "police spokesperson", false},
		// other times and acting holders
		{"former chair", "vice-chair", false},
		{"then-captain", "coach", false},
		{"ex-coach", "captain", false},
		{"president-elect", "vice president", false},
		{"acting chair", "chair", false},
		{"interim coach", "coach", false},
		{"", "chair", false},
	}
	for _, tc := range tests {
		_, got := roleConflict(tc.a, tc.b)
		if got != tc.want {
			t.Errorf("roleConflict(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if _, rev := roleConflict(tc.b, tc.a); rev != got {
			t.Errorf("roleConflict is not symmetric on %q, %q", tc.a, tc.b)
		}
	}
}
