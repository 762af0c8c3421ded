package main

import "testing"

func TestReformed(t *testing.T) {
	tests := []struct{ form, lemma, want string }{
		{"beschloß", "beschließen", "beschloss"},
		{"muß", "müssen", "muss"},
		{"mußte", "müssen", "musste"},
		{"wußte", "wissen", "wusste"},
		{"läßt", "lassen", "lässt"},
		{"paßte", "passen", "passte"},
		{"biß", "beißen", "biss"},
		{"vergißt", "vergessen", "vergisst"},
		{"vergeßt", "vergessen", "vergesst"},
		// long vowels and diphthongs keep "ß"
		{"aß", "essen", "aß"},
		{"maß", "messen", "maß"},
		{"saß", "sitzen", "saß"},
		{"ließ", "lassen", "ließ"},
		{"weiß", "wissen", "weiß"},
		{"stößt", "stoßen", "stößt"},
		{"grüßt", "grüßen", "grüßt"},
		{"schießt", "schießen", "schießt"},
		// between vowels the old spelling already wrote "ss"
		{"beschlossen", "beschließen", "beschlossen"},
		{"äße", "essen", "äße"},
	}
	for _, tt := range tests {
		if got := reformed(tt.form, tt.lemma); got != tt.want {
			t.Errorf("reformed(%q, %q) = %q, want %q", tt.form, tt.lemma, got, tt.want)
		}
	}
}
