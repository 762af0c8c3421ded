package events

import "testing"

// TestCountedDative: "von" asks the dative of a counted plural; a name or
// a singular stays as it is, and so does a plural that ends in -n or -s.
func TestCountedDative(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"300 Händler", "300 Händlern"},
		{"Tausende", "Tausenden"},
		{"Hunderte", "Hunderten"},
		{"179 Senatoren", "179 Senatoren"},
		{"12 Azubis", "12 Azubis"},
		{"Bürgermeister", "Bürgermeister"},
		{"Polizei", "Polizei"},
	} {
		if got := countedDative(tt.in); got != tt.want {
			t.Errorf("countedDative(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
